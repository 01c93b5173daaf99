import { defineStore } from 'pinia'
import { computed, nextTick, reactive, ref } from 'vue'
import type { CalendarDate, Client, ClientStatus, Partner } from '@shared/model'
import { repositories, type ClientListItem } from '../data'
import { checkClientDraft, type ClientDraft } from '../forms/clientForm'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { attempt, errorMessage, failure, type Done, type Outcome } from './outcome'
import { usePartnersStore } from './partners'
import { usePlansStore } from './plans'

/** One line of the client list: the client with the names the table shows beside it. */
export interface ClientRow {
  client: ClientListItem
  partnerName: string
  planName: string
}

export interface ClientDetail {
  client: Client
  partner: Partner | null
  planName: string
}

interface ClientQuery {
  search: string
  partnerId: string | null
  status: ClientStatus | null
  planId: string | null
  first: number
  rows: number
}

/**
 * Named in the browser's performance timeline so a slow list can be seen in DevTools and measured
 * (bench/renderer): `clients:list` is one list load from request to patched DOM, `clients:query` the
 * data layer's part of it.
 */
export const CLIENT_LIST_MEASURE = 'clients:list'
export const CLIENT_QUERY_MEASURE = 'clients:query'

/**
 * The client list pages through the data layer's indexes (100,000 clients never leave IndexedDB at
 * once); the form check runs before anything is written.
 */
export const useClientsStore = defineStore('clients', () => {
  const partners = usePartnersStore()
  const plans = usePlansStore()

  const items = ref<ClientListItem[]>([])
  const total = ref(0)
  const loading = ref(false)
  const saving = ref(false)
  const loadError = ref<string | null>(null)
  const current = ref<ClientDetail | null>(null)
  const fieldErrors = ref<FieldErrors>({})
  const query = reactive<ClientQuery>({ search: '', partnerId: null, status: null, planId: null, first: 0, rows: 25 })
  let request = 0

  const rows = computed<ClientRow[]>(() =>
    items.value.map((client) => ({
      client,
      partnerName: partners.byId.get(client.partnerId)?.name ?? '',
      planName: plans.byId.get(client.currentPlanId)?.name ?? '',
    })),
  )
  const hasFilters = computed(() => query.search.trim() !== '' || query.partnerId !== null || query.status !== null || query.planId !== null)

  /** Only the newest request may fill the table: a slow answer to an older search must not overwrite it. */
  async function loadPage(): Promise<void> {
    const mine = ++request
    const start = performance.now()
    loading.value = true
    try {
      const page = await repositories().clients.list({
        search: query.search.trim() || undefined,
        partnerId: query.partnerId ?? undefined,
        status: query.status ?? undefined,
        planId: query.planId ?? undefined,
        offset: query.first,
        limit: query.rows,
      })
      const queried = performance.now()
      if (mine !== request) return
      items.value = page.items
      total.value = page.total
      loadError.value = null
      await nextTick()
      const detail = { search: query.search, total: page.total }
      performance.measure(CLIENT_QUERY_MEASURE, { start, end: queried, detail })
      performance.measure(CLIENT_LIST_MEASURE, { start, end: performance.now(), detail })
    } catch (error) {
      if (mine === request) loadError.value = errorMessage(error)
    } finally {
      if (mine === request) loading.value = false
    }
  }

  function resetFilters() {
    query.search = ''
    query.partnerId = null
    query.status = null
    query.planId = null
    query.first = 0
  }

  async function loadOne(id: string): Promise<ClientDetail | null> {
    loading.value = true
    try {
      await Promise.all([partners.loadOptions(), plans.plans.length === 0 ? plans.load() : Promise.resolve()])
      const client = await repositories().clients.get(id)
      current.value = client
        ? { client, partner: partners.byId.get(client.partnerId) ?? null, planName: plans.byId.get(client.registrationPlanId)?.name ?? '' }
        : null
      return current.value
    } catch (error) {
      loadError.value = errorMessage(error)
      return null
    } finally {
      loading.value = false
    }
  }

  function clearErrors() {
    fieldErrors.value = {}
  }

  /**
   * Create or update. The partner's ECD mode decides which fields are asked (see checkClientDraft);
   * when the draft is wrong nothing is written, so no audit entry appears either.
   */
  async function save(id: string | null, draft: ClientDraft, today: CalendarDate): Promise<Outcome<Client>> {
    await partners.loadOptions()
    const ecdMode = partners.byId.get(draft.partnerId)?.ecdMode ?? null
    const checked = checkClientDraft(draft, { ecdMode, isNew: id === null, today })
    if (!checked.ok) {
      fieldErrors.value = checked.errors
      return { ok: false, message: null }
    }
    saving.value = true
    try {
      const repo = repositories().clients
      let saved: Client
      if (id) {
        const stored = await repo.get(id)
        if (!stored) return { ok: false, message: translate('common.notFoundText') }
        saved = await repo.update({ ...stored, ...checked.value })
      } else {
        saved = await repo.create(checked.value)
      }
      fieldErrors.value = {}
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  async function remove(id: string): Promise<Done> {
    const done = await attempt(() => repositories().clients.remove(id))
    if (done.ok && current.value?.client.id === id) current.value = null
    return done
  }

  return { rows, total, query, hasFilters, loading, saving, loadError, current, fieldErrors, loadPage, resetFilters, loadOne, clearErrors, save, remove }
})
