import { computed, nextTick, reactive, ref, type Ref } from 'vue'
import type { ClientStatus } from '@shared/model'
import { repositories, type ClientListItem, type ClientListKey, type ClientListQuery } from '../data'
import { errorMessage } from './outcome'
import { usePartnersStore } from './partners'
import { usePlansStore } from './plans'

/** One line of the client list: the client with the names the table shows beside it. */
export interface ClientRow {
  client: ClientListItem
  partnerName: string
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
 * (bench/renderer): `clients:list` is one page load from request to patched DOM, `clients:query` the
 * data layer's part of it, `clients:count` the count that follows once the page is on screen.
 */
export const CLIENT_LIST_MEASURE = 'clients:list'
export const CLIENT_QUERY_MEASURE = 'clients:query'
export const CLIENT_COUNT_MEASURE = 'clients:count'

/**
 * After a new search text the count waits this long after its page is on screen, and is dropped when the
 * query changes first: a clerk typing a name would otherwise start a count of every match of each prefix,
 * and IndexedDB would work through those while the next page waits.
 */
const COUNT_DELAY_MS = 250

/** What the list shares with the rest of the clients store: one busy flag and one load error on screen. */
export interface ClientListShared {
  readonly loading: Ref<boolean>
  readonly loadError: Ref<string | null>
}

/**
 * The client list pages through the data layer's indexes (100,000 clients never leave IndexedDB at
 * once): a page is shown as soon as it is read, and the number of matches — which takes IndexedDB longer
 * to read than a page — follows. Each page remembers where it ended, so the next one starts there.
 * Its own file: the paging and counting are the list's alone; the store adds reading and saving one client.
 */
export function clientList({ loading, loadError }: ClientListShared) {
  const partners = usePartnersStore()
  const plans = usePlansStore()

  const items = ref<ClientListItem[]>([])
  /** Number of matches; null while it is being counted. */
  const total = ref<number | null>(null)
  /** More matches follow the shown page (known before the total). */
  const hasMore = ref(false)
  const query = reactive<ClientQuery>({ search: '', partnerId: null, status: null, planId: null, first: 0, rows: 25 })
  let request = 0
  /** The filters the anchors and the total belong to, and a number that changes whenever they are reset. */
  let listedFilter = ''
  let generation = 0
  /** The `generation` whose list `total` counts. */
  let totalGeneration = -1
  /** Offset → position of the row just before it, learnt from pages read under `listedFilter`. */
  let anchors = new Map<number, ClientListKey>()
  let countTimer: ReturnType<typeof setTimeout> | undefined

  const rows = computed<ClientRow[]>(() =>
    items.value.map((client) => ({
      client,
      partnerName: partners.byId.get(client.partnerId)?.name ?? '',
      planName: plans.byId.get(client.currentPlanId)?.name ?? '',
    })),
  )
  const hasFilters = computed(() => query.search.trim() !== '' || query.partnerId !== null || query.status !== null || query.planId !== null)

  function currentFilter(): ClientListQuery {
    return {
      search: query.search.trim() || undefined,
      partnerId: query.partnerId ?? undefined,
      status: query.status ?? undefined,
      planId: query.planId ?? undefined,
    }
  }

  function nearestAnchor(offset: number): { offset: number; key: ClientListKey } | undefined {
    let best: { offset: number; key: ClientListKey } | undefined
    for (const [at, key] of anchors) if (at <= offset && (!best || at > best.offset)) best = { offset: at, key }
    return best
  }

  /**
   * Reads the list anew from the database (on opening it): forgets the positions, the count and the rows
   * of the last visit, which may be out of date and would only be rendered to be replaced.
   */
  function refresh(): Promise<void> {
    listedFilter = ''
    items.value = []
    return loadPage()
  }

  /**
   * Reads the shown page again (the list is shown again after another screen): the rows stay until the
   * new ones replace them, but positions and count are forgotten, as clients may have changed meanwhile.
   */
  function reread(): Promise<void> {
    listedFilter = ''
    return loadPage()
  }

  /** Only the newest request may fill the table: a slow answer to an older search must not overwrite it. */
  async function loadPage(): Promise<void> {
    const mine = ++request
    const start = performance.now()
    const filter = currentFilter()
    const filterKey = JSON.stringify(filter)
    const typed = filterKey !== listedFilter && listedFilter !== '' && (JSON.parse(listedFilter) as ClientListQuery).search !== filter.search
    if (filterKey !== listedFilter) {
      listedFilter = filterKey
      generation++
      anchors = new Map()
    }
    clearTimeout(countTimer)
    loading.value = true
    try {
      const known = totalGeneration === generation ? (total.value ?? undefined) : undefined
      const page = await repositories().clients.page({ ...filter, offset: query.first, limit: query.rows, anchor: nearestAnchor(query.first), total: known })
      const queried = performance.now()
      if (mine !== request) return
      // The old total stays on screen until the new page replaces the rows: one render instead of two.
      // A count read before (and still right) comes with the page.
      if (totalGeneration !== generation) {
        const known = repositories().clients.knownCount(filter)
        total.value = known ?? null
        if (known !== undefined) totalGeneration = generation
      }
      items.value = page.items
      hasMore.value = page.hasMore
      if (page.end) anchors.set(query.first + page.items.length, page.end)
      loadError.value = null
      await nextTick()
      const detail = { search: query.search }
      performance.measure(CLIENT_QUERY_MEASURE, { start, end: queried, detail })
      performance.measure(CLIENT_LIST_MEASURE, { start, end: performance.now(), detail })
      const counting = generation
      if (totalGeneration !== generation) countTimer = setTimeout(() => void count(counting, filter), typed ? COUNT_DELAY_MS : 0)
    } catch (error) {
      if (mine === request) loadError.value = errorMessage(error)
    } finally {
      if (mine === request) loading.value = false
    }
  }

  /** The total for the list of `counting`; dropped when the filters changed meanwhile. */
  async function count(counting: number, filter: ClientListQuery): Promise<void> {
    const start = performance.now()
    try {
      const counted = await repositories().clients.count(filter)
      if (counting !== generation) return
      total.value = counted
      totalGeneration = counting
      performance.measure(CLIENT_COUNT_MEASURE, { start, end: performance.now(), detail: { search: filter.search ?? '' } })
    } catch (error) {
      if (counting === generation) loadError.value = errorMessage(error)
    }
  }

  function resetFilters() {
    query.search = ''
    query.partnerId = null
    query.status = null
    query.planId = null
    query.first = 0
  }

  return { rows, total, hasMore, query, hasFilters, currentFilter, refresh, reread, loadPage, resetFilters }
}
