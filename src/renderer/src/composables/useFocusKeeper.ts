import { onBeforeUnmount, onMounted } from 'vue'

const GIVE_UP_MS = 5000
const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Whether an element belongs to a dialog (its own focus goes back to the opener when it closes). */
const inDialog = (el: Element) => el.closest('[role="dialog"], [role="alertdialog"], .p-dialog-mask') !== null

/**
 * Keeps the keyboard focus on the screen when the control that had it goes away. A dialog gives the focus back to
 * the button that opened it, but saving often removes that button ("Activeren" after activating, a row's
 * "Definitief maken" after finalising), and a button that shows it is busy is disabled for a moment, which
 * drops the focus too. The focus then goes back to that button once it works again, or, when it is gone, to
 * the first control in the nearest part of the screen that is still there, instead of to the page, where
 * the next Tab starts over at the top. A dialog that closes after its work moved the focus on (a dialog's own
 * focus trap can take it back meanwhile) hands it to the control that last had it outside the dialog.
 */
export function useFocusKeeper(): void {
  // The focused control outside any dialog and its ancestors, nearest first.
  let trail: Element[] = []
  // The focused control while it is disabled (busy), to give the focus back when it is enabled again.
  let waiting: HTMLElement | null = null
  // When the focused control was found gone.
  let lostAt: number | null = null
  // The control inside a dialog that had the focus last, while the focus is in a dialog.
  let inOpenDialog: Element | null = null
  const forget = () => {
    trail = []
    waiting = null
    lostAt = null
    inOpenDialog = null
  }

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target
    if (!(target instanceof Element)) return
    if (inDialog(target)) {
      inOpenDialog = target
      return
    }
    forget()
    for (let el: Element | null = target; el && el !== document.body; el = el.parentElement) trail.push(el)
  }

  const focusLost = () => document.activeElement === null || document.activeElement === document.body

  const observer = new MutationObserver((mutations) => {
    const last = trail[0]
    if (!last) return
    if (mutations.some((m) => m.type === 'attributes' && m.target === last) && last instanceof HTMLElement && last.matches(':disabled')) waiting = last
    if (!focusLost()) return
    if (last.isConnected) {
      const busy = waiting
      const dialogClosed = inOpenDialog !== null && !inOpenDialog.isConnected
      if ((busy === last || dialogClosed) && last instanceof HTMLElement && last.matches(FOCUSABLE)) {
        waiting = null
        inOpenDialog = null
        last.focus()
      }
      return
    }
    // The part that is still there may show its controls disabled for a moment (busy): try again on the next
    // change, for a short while only, so a later change does not take the focus from wherever the clerk went.
    lostAt ??= Date.now()
    if (Date.now() - lostAt > GIVE_UP_MS) return forget()
    const target = trail.find((el) => el.isConnected)?.querySelector(FOCUSABLE)
    if (!(target instanceof HTMLElement)) return
    forget()
    target.focus()
  })

  onMounted(() => {
    document.addEventListener('focusin', onFocusIn)
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] })
  })
  onBeforeUnmount(() => {
    document.removeEventListener('focusin', onFocusIn)
    observer.disconnect()
  })
}
