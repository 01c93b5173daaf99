import { useConfirm } from 'primevue/useconfirm'
import { useI18n } from 'vue-i18n'

/**
 * A confirmation before a step that cannot be undone (finalising, crediting); resolves true when the clerk
 * confirms. "Annuleren" has the focus, so an accidental Enter does nothing.
 */
export function useConfirmAction() {
  const confirm = useConfirm()
  const { t } = useI18n()
  return (options: { header: string; message: string; acceptLabel: string; danger?: boolean }): Promise<boolean> =>
    new Promise((resolve) => {
      confirm.require({
        header: options.header,
        message: options.message,
        icon: 'pi pi-exclamation-triangle',
        acceptProps: { severity: options.danger ? 'danger' : 'primary', label: options.acceptLabel },
        rejectProps: { severity: 'secondary', outlined: true, label: t('common.cancel') },
        defaultFocus: 'reject',
        accept: () => resolve(true),
        reject: () => resolve(false),
        onHide: () => resolve(false),
      })
    })
}
