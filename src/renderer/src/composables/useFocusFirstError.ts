import { nextTick } from 'vue'

/**
 * After a refused save: move the focus (and the view) to the first field marked invalid, so the clerk
 * lands on the problem instead of on the Save button at the bottom.
 */
export function useFocusFirstError() {
  return async (root: ParentNode = document): Promise<void> => {
    await nextTick()
    const field = root.querySelector<HTMLElement>('[aria-invalid="true"], .p-invalid input, input.p-invalid')
    field?.focus()
    field?.scrollIntoView({ block: 'center' })
  }
}
