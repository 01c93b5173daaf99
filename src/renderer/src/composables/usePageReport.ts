import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** PrimeVue paginator report ("1–25 van 5000") in the UI language; PrimeVue fills in the braces. */
export function usePageReport() {
  const { t } = useI18n()
  return computed(() => t('common.pageReport', { first: '{first}', last: '{last}', totalRecords: '{totalRecords}' }))
}
