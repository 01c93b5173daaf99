import { onActivated, onDeactivated } from 'vue'

/**
 * Runs `read` each time a kept-alive view is shown again after another screen (see `KEPT_VIEWS`): the
 * view and its filters stay as the clerk left them, but what it lists may have changed meanwhile.
 * Its first showing is the view's own mount, which reads anyway.
 */
export function useShownAgain(read: () => void): void {
  let hidden = false
  onDeactivated(() => (hidden = true))
  onActivated(() => {
    if (!hidden) return
    hidden = false
    read()
  })
}
