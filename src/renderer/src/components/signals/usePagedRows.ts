import { computed, ref, watch, type Ref } from 'vue'
import type { DataTablePageEvent } from 'primevue/datatable'

/**
 * One page of a long in-memory list for a PrimeVue DataTable in `lazy` mode: the table renders and processes
 * only the rows it shows. Left to itself a DataTable works through its whole `value` on every render, which
 * with tens of thousands of rows (a 100,000-row import, the check over 100,000 clients) stalls the window.
 */
export function usePagedRows<T>(all: () => readonly T[], pageSize = 25) {
  const first = ref(0)
  const rows = ref(pageSize)
  const total = computed(() => all().length)
  const page = computed(() => all().slice(first.value, first.value + rows.value)) as Ref<T[]>
  // A new list (another filter, a new file) starts at its first page.
  watch(all, () => (first.value = 0))
  /** A DataTable's or a Paginator's page event: both carry the first row and the page size. */
  function onPage(event: Pick<DataTablePageEvent, 'first' | 'rows'>): void {
    first.value = event.first
    rows.value = event.rows
  }
  return { first, rows, total, page, onPage }
}
