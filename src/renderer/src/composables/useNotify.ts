import { useToast } from 'primevue/usetoast'
import { useI18n } from 'vue-i18n'

/** Success and error toasts with the app's conventions: success fades, an error stays until read. */
export function useNotify() {
  const toast = useToast()
  const { t } = useI18n()
  return {
    success(detail: string) {
      toast.add({ severity: 'success', summary: t('common.saved'), detail, life: 3500 })
    },
    error(detail: string) {
      toast.add({ severity: 'error', summary: t('common.error'), detail })
    },
    /** Something stopped on request (a cancelled run): worth reading, not an error. */
    notice(detail: string) {
      toast.add({ severity: 'warn', summary: t('common.notice'), detail, life: 6000 })
    },
  }
}
