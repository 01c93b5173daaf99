import { useToast } from 'primevue/usetoast'
import { useI18n } from 'vue-i18n'
import type { Outcome } from '../stores/outcome'

/** Success and error toasts with the app's conventions: success fades, an error stays until read. */
export function useNotify() {
  const toast = useToast()
  const { t } = useI18n()
  const error = (detail: string) => toast.add({ severity: 'error', summary: t('common.error'), detail })
  return {
    success(detail: string) {
      toast.add({ severity: 'success', summary: t('common.saved'), detail, life: 3500 })
    },
    error,
    /**
     * True when the store action failed, after showing its message; a failure without one has its errors
     * at the form's fields already. `if (notify.failed(outcome)) return` leaves the successful outcome.
     */
    failed<T>(outcome: Outcome<T>): outcome is Extract<Outcome<T>, { ok: false }> {
      if (outcome.ok) return false
      if (outcome.message) error(outcome.message)
      return true
    },
    /** Something stopped on request (a cancelled run): worth reading, not an error. */
    notice(detail: string) {
      toast.add({ severity: 'warn', summary: t('common.notice'), detail, life: 6000 })
    },
  }
}
