import { useConfirm } from 'primevue/useconfirm'
import { useI18n } from 'vue-i18n'

/**
 * A delete confirmation; resolves true when the clerk confirms. "Annuleren" has the focus,
 * so Enter on an accidental delete does nothing and Esc closes it.
 */
export function useConfirmDelete() {
  const confirm = useConfirm()
  const { t } = useI18n()
  return (message: string): Promise<boolean> =>
    new Promise((resolve) => {
      confirm.require({
        header: t('common.confirmDeleteTitle'),
        message,
        icon: 'pi pi-exclamation-triangle',
        acceptLabel: t('common.delete'),
        rejectLabel: t('common.cancel'),
        acceptProps: { severity: 'danger', label: t('common.delete') },
        rejectProps: { severity: 'secondary', outlined: true, label: t('common.cancel') },
        defaultFocus: 'reject',
        accept: () => resolve(true),
        reject: () => resolve(false),
        onHide: () => resolve(false),
      })
    })
}
