import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import { addDays } from '@shared/calendar/dateMath'
import { parseDutchDate } from '@shared/format'
import { clientDisplayName, type AuditAction, type AuditEntity, type AuditEntry } from '@shared/model'
import { repositories, type AuditFilter } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { amsterdamDayStart } from '../composables/today'
import { errorMessage } from './outcome'

/** A client picked for the filter: its id filters, the rest is shown. */
export interface AuditClientPick {
  readonly id: string
  readonly clientNumber: string
  readonly name: string
  readonly partnerId: string
}

interface AuditFilterState {
  entity: AuditEntity | null
  recordId: string
  action: AuditAction | null
  clerk: string | null
  client: AuditClientPick | null
  /** Dutch dates as typed (`dd-mm-jjjj`), both inclusive. */
  from: string
  until: string
  first: number
  rows: number
}

/** Client suggestions while typing: a search narrows with the next letter, it does not page. */
const CLIENT_HITS = 10

/** The audit trail (spec L1): newest first, filtered by record, clerk, client, action and Amsterdam calendar days. */
export const useAuditStore = defineStore('audit', () => {
  const rows = ref<AuditEntry[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const fieldErrors = ref<FieldErrors>({})
  const query = reactive<AuditFilterState>({ entity: null, recordId: '', action: null, clerk: null, client: null, from: '', until: '', first: 0, rows: 25 })
  /** The clerks list's names and every other name the trail holds (a clerk of a restored backup, the old name setting). */
  const clerkNames = ref<string[]>([])
  const clientHits = ref<AuditClientPick[]>([])
  let request = 0
  let clientRequest = 0

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

  /** The filters as the repository takes them; null (with field errors) when a date cannot be read. */
  function filter(): AuditFilter | null {
    const range = instants()
    if (!range) return null
    return {
      ...(query.entity ? { entity: query.entity } : {}),
      ...(query.entity && query.recordId.trim() ? { recordId: query.recordId.trim() } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.clerk ? { clerk: query.clerk } : {}),
      ...(query.client ? { clientId: query.client.id } : {}),
      ...range,
    }
  }

  async function loadPage(): Promise<void> {
    const criteria = filter()
    if (!criteria) return
    const mine = ++request
    loading.value = true
    try {
      const page = await repositories().audit.list({ ...criteria, offset: query.first, limit: query.rows })
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

  async function loadClerkNames(): Promise<void> {
    try {
      const [clerks, inTrail] = await Promise.all([repositories().clerks.list(), repositories().audit.clerkNames()])
      clerkNames.value = [...new Set([...clerks.map((c) => c.name), ...inTrail])].sort((a, b) => a.localeCompare(b, 'nl'))
    } catch (error) {
      loadError.value = errorMessage(error)
    }
  }

  /** Clients whose number or name starts with `text` (the client list's indexed search). */
  async function findClients(text: string): Promise<void> {
    const mine = ++clientRequest
    if (!text.trim()) {
      clientHits.value = []
      return
    }
    try {
      const page = await repositories().clients.page({ search: text, offset: 0, limit: CLIENT_HITS })
      if (mine !== clientRequest) return
      clientHits.value = page.items.map((c) => ({ id: c.id, clientNumber: c.clientNumber, name: clientDisplayName(c), partnerId: c.partnerId }))
    } catch (error) {
      if (mine === clientRequest) loadError.value = errorMessage(error)
    }
  }

  /** The client of a `?client=<id>` link, shown by its number and name. */
  async function pickClient(id: string): Promise<void> {
    const client = await repositories().clients.get(id)
    query.client = client ? { id: client.id, clientNumber: client.clientNumber, name: clientDisplayName(client), partnerId: client.partnerId } : null
  }

  function resetFilters() {
    Object.assign(query, { entity: null, recordId: '', action: null, clerk: null, client: null, from: '', until: '', first: 0 })
    fieldErrors.value = {}
  }

  return {
    rows,
    total,
    loading,
    loadError,
    fieldErrors,
    query,
    clerkNames,
    clientHits,
    filter,
    loadPage,
    loadClerkNames,
    findClients,
    pickClient,
    resetFilters,
  }
})
