import { useRoute } from 'vue-router'
import { fitsToast, useResultsStore, type ResultReport } from '../stores/results'
import { useNotify } from './useNotify'

/**
 * Reports what an action produced: a short result as a toast (success fades, a stop stays a notice), a long one
 * (many invoice numbers or files, a long path) in the result panel at the top of the screen.
 */
export function useResult() {
  const notify = useNotify()
  const results = useResultsStore()
  const route = useRoute()
  return function report(result: ResultReport): void {
    // A newer result replaces an older one, so the panel never describes the action before.
    results.dismiss()
    if (fitsToast(result)) {
      const text = result.toast ?? [result.summary, ...result.items].join(' ')
      if (result.tone === 'success') notify.success(text)
      else notify.notice(text)
      return
    }
    results.show(result, String(route.name ?? route.path))
  }
}
