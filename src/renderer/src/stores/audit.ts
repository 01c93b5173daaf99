import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import { addDays } from '@shared/calendar/dateMath'
import { parseDutchDate } from '@shared/format'
import type { AuditEntity, AuditEntry } from '@shared/model'
import { repositories } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { amsterdamDayStart } from '../composables/today'
import { errorMessage } from './outcome'

interface AuditFilter {
  entity: AuditEntity | null
  recordId: string
  /** Dutch dates as typed (`dd-mm-jjjj`), both inclusive. */
  from: string
  until: string
  first: number
  rows: number
}

/** The audit trail (spec L1): newest first, filtered by record and by Amsterdam calendar days. */
export const useAuditStore = defineStore('audit', () => {
  const rows = ref<AuditEntry[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const fieldErrors = ref<FieldErrors>({})
  const query = reactive<AuditFilter>({ entity: null, recordId: '', from: '', until: '', first: 0, rows: 25 })
  let request = 0

  /** Day filters → ISO instants (both days inclusive); null, with field errors, when a date cannot be read. */
  function instants(): { fromAt?: string; toAt?: string } | null {
    const errors: FieldErrors = {}
    const range: { fromAt?: string; toAt?: string } = {}
    if (query.from.trim()) {
      const day = parseDutchDate(query.from)
      if (day) range.fromAt = amsterdamDayStart(day).toISOString()
      else errors.from = translate('validation.date')
    }
    if (query.until.trim()) {
      const day = parseDutchDate(query.until)
      // The last millisecond before the next day starts in Amsterdam.
      if (day) range.toAt = new Date(amsterdamDayStart(addDays(day, 1)).getTime() - 1).toISOString()
      else errors.until = translate('validation.date')
    }
    fieldErrors.value = errors
    return Object.keys(errors).length > 0 ? null : range
  }

  async function loadPage(): Promise<void> {
    const range = instants()
    if (!range) return
    const mine = ++request
    loading.value = true
    try {
      const page = await repositories().audit.list({
        entity: query.entity ?? undefined,
        recordId: query.recordId.trim() || undefined,
        ...range,
        offset: query.first,
        limit: query.rows,
      })
      if (mine !== request) return
      rows.value = page.items
      total.value = page.total
      loadError.value = null
    } catch (error) {
      if (mine === request) loadError.value = errorMessage(error)
    } finally {
      if (mine === request) loading.value = false
    }
  }

  function resetFilters() {
    Object.assign(query, { entity: null, recordId: '', from: '', until: '', first: 0 })
    fieldErrors.value = {}
  }

  return { rows, total, loading, loadError, fieldErrors, query, loadPage, resetFilters }
})
