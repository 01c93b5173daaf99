import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatCount } from '@shared/format'

/** Where a paged table stands: its first row's offset, rows per page and the number of rows in all. */
export interface PagePosition {
  first: number
  rows: number
  total: number
}

/**
 * The paginator's report, "1–25 van 12.345", in the UI language with Dutch digit grouping. Written out
 * here because PrimeVue fills its own placeholders with bare numbers ("van 12345"); the text has no
 * braces left for PrimeVue to fill, so the table must say where it stands (`first`, `rows`).
 */
export function usePageReport(position: () => PagePosition) {
  const { t } = useI18n()
  return computed(() => {
    const { first, rows, total } = position()
    const shownFirst = total === 0 ? 0 : first + 1
    return t('common.pageReport', { first: formatCount(shownFirst), last: formatCount(Math.min(first + rows, total)), totalRecords: formatCount(total) })
  })
}
