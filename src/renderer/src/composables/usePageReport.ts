import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatCount } from '@shared/format'

/**
 * Where a paged table stands: its first row's offset, rows per page (or the rows shown) and the number of
 * rows in all, null while that is still being counted.
 */
export interface PagePosition {
  first: number
  rows: number
  total: number | null
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
    const empty = total === 0 || rows === 0
    const range = { first: formatCount(empty ? 0 : first + 1), last: formatCount(Math.min(first + rows, total ?? Infinity)) }
    return total === null ? t('common.pageReportCounting', range) : t('common.pageReport', { ...range, totalRecords: formatCount(total) })
  })
}
