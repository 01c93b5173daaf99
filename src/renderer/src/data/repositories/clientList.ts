import type { ClientStatus } from '@shared/model'
import { normaliseSearchText } from '../clientRows'
import type { AppDatabase, ClientRow } from '../db'
import { clientsTable, collection, indexKey, type ClientTable, readAfter, take, type ClientListKey, type ClientRange, type OrderOf } from './clientRanges'
import {
  countNameSearch,
  filterRange,
  keyOfRow,
  matchesFilter,
  matchesTerm,
  nameOrder,
  nameSearch,
  numberOrder,
  numberRange,
  partnerRange,
  sortRows,
  type ListQuery,
} from './clientSearch'

export type { ClientListKey } from './clientRanges'

export interface ClientFilter {
  readonly partnerId?: string
  readonly status?: ClientStatus
  readonly planId?: string
  readonly search?: string
}

export interface ClientSliceRequest {
  /** Position of the first row wanted. */
  readonly offset: number
  readonly limit: number
  /** A position known from an earlier page: `key` is the row just before `offset`. Reading goes on from there. */
  readonly anchor?: { readonly offset: number; readonly key: ClientListKey } | undefined
  /** The list's length when known: a page near the end of a list without search is then read from the end. */
  readonly total?: number | undefined
}

export interface ClientSlice {
  readonly rows: ClientRow[]
  /** Rows follow after this page. */
  readonly hasMore: boolean
  /** The last row's position, for the next page's anchor. */
  readonly end: ClientListKey | undefined
}

export interface ClientRowsPage {
  readonly rows: ClientRow[]
  readonly total: number
}

function toQuery(filter: ClientFilter): ListQuery {
  const term = normaliseSearchText(filter.search ?? '')
  return { term, byNumber: /\d/.test(term), status: filter.status ?? '', planId: filter.planId ?? '', partnerId: filter.partnerId ?? '' }
}

/** The lists that are one index range with nothing left to check, so IndexedDB can skip and count them. */
function exactRange(q: ListQuery): ClientRange | undefined {
  if (q.partnerId) return !q.term && !q.status && !q.planId ? partnerRange(q) : undefined
  if (!q.term) return filterRange(q)
  return q.byNumber ? numberRange(q) : undefined
}

function slice(rows: ClientRow[], skip: number, limit: number, byNumber: boolean): ClientSlice {
  const page = rows.slice(skip, skip + limit)
  const last = page.at(-1)
  return { rows: page, hasMore: rows.length > skip + limit, end: last ? keyOfRow(last, byNumber) : undefined }
}

/**
 * A page of an exact range from the cheapest known place: the anchor, the start, or — when the total is
 * known — the end, read backwards. IndexedDB skips rows without handing them over.
 */
async function exactSlice(clients: ClientTable, range: ClientRange, orderOf: OrderOf, byNumber: boolean, req: ClientSliceRequest): Promise<ClientSlice> {
  const { offset, limit, anchor, total } = req
  const fromAnchor = anchor && anchor.offset <= offset ? offset - anchor.offset : Number.POSITIVE_INFINITY
  const fromEnd = total !== undefined ? total - offset - limit : Number.POSITIVE_INFINITY
  const fromEndRows = limit + Math.min(0, fromEnd)
  if (fromEnd < Math.min(offset, fromAnchor) && fromEndRows > 0) {
    const rows = (await collection(clients, range).reverse().offset(Math.max(0, fromEnd)).limit(fromEndRows).toArray()).reverse()
    const last = rows.at(-1)
    return { rows, hasMore: fromEnd > 0, end: last ? keyOfRow(last, byNumber) : undefined }
  }
  if (anchor && fromAnchor <= offset) {
    if (fromAnchor === 0) return slice((await readAfter(clients, range, orderOf, anchor.key, limit + 1)).rows, 0, limit, byNumber)
    // Rows that share the anchor's order value and come before it by id are skipped as well.
    const same = await clients.where(range.index).equals(indexKey(range, anchor.key.order)).primaryKeys()
    const before = same.filter((id) => id <= anchor.key.id).length
    const rows = await collection(clients, range, anchor.key.order)
      .offset(before + fromAnchor)
      .limit(limit + 1)
      .toArray()
    return slice(rows, 0, limit, byNumber)
  }
  return slice(
    await collection(clients, range)
      .offset(offset)
      .limit(limit + 1)
      .toArray(),
    0,
    limit,
    byNumber,
  )
}

/**
 * One page of the client list, in list order: by sort name (last name without prefix words, first name,
 * id), or by client number when the search holds a digit. Designed for 100,000 clients (spec: scale): a
 * page reads only index ranges near it, never the whole table or every match.
 * - no search (under status/plan, or one partner): one compound index range;
 * - number search: the number index (under status/plan: their `searchGroups` entries);
 * - name search: see `nameSearch`;
 * - one partner with a search or filter: that partner's range (a few thousand rows at most), checked row by row.
 */
export async function clientRowsSlice(db: AppDatabase, filter: ClientFilter, req: ClientSliceRequest): Promise<ClientSlice> {
  const clients = clientsTable(db)
  const q = toQuery(filter)
  const orderOf = q.byNumber ? numberOrder : nameOrder
  const range = exactRange(q)
  if (range) return exactSlice(clients, range, orderOf, q.byNumber, req)

  const anchor = req.anchor && req.anchor.offset <= req.offset ? req.anchor : undefined
  const skip = req.offset - (anchor?.offset ?? 0)
  const want = skip + req.limit + 1
  const accept = (row: ClientRow) => matchesFilter(row, q) && matchesTerm(row, q)
  if (q.partnerId && q.byNumber) {
    const rows = sortRows((await collection(clients, partnerRange(q)).toArray()).filter(accept), true)
    const start = anchor ? rows.findIndex((row) => row.searchNumber > anchor.key.order || (row.searchNumber === anchor.key.order && row.id > anchor.key.id)) : 0
    return slice(start < 0 ? [] : rows.slice(start), skip, req.limit, true)
  }
  if (q.partnerId) return slice((await take(clients, partnerRange(q), nameOrder, anchor?.key, want, accept)).rows, skip, req.limit, false)
  return slice(await nameSearch(clients, q, anchor?.key, want), skip, req.limit, false)
}

/** The number of clients in the list; exact, and read from index keys where the list is an index range. */
export async function countClientRows(db: AppDatabase, filter: ClientFilter): Promise<number> {
  const clients = clientsTable(db)
  const q = toQuery(filter)
  if (!q.partnerId && !q.term && !q.status && !q.planId) return clients.count()
  const range = exactRange(q)
  if (range) return collection(clients, range).count()
  if (q.partnerId) return (await collection(clients, partnerRange(q)).toArray()).filter((row) => matchesFilter(row, q) && matchesTerm(row, q)).length
  return countNameSearch(clients, q)
}

const counted = new WeakMap<AppDatabase, { writes: number; counts: Map<string, number> }>()

/**
 * `read` (a count of `filter`), or the same count read earlier when no client was written since: the
 * count of a large list takes IndexedDB far longer than a page, and a clerk returns to the same lists.
 * The write counter is read before the count's transaction starts, so a write that the count may not
 * have seen always changes it.
 */
export async function cachedClientCount(db: AppDatabase, filter: ClientFilter, read: () => Promise<number>): Promise<number> {
  const hit = knownClientCount(db, filter)
  if (hit !== undefined) return hit
  const writes = db.clientWrites
  const total = await read()
  if (db.clientWrites === writes) {
    const known = counted.get(db)
    const entry = known?.writes === writes ? known : { writes, counts: new Map<string, number>() }
    entry.counts.set(JSON.stringify(toQuery(filter)), total)
    counted.set(db, entry)
  }
  return total
}

/** The count of `filter` when it is known and no client was written since, without reading anything. */
export function knownClientCount(db: AppDatabase, filter: ClientFilter): number | undefined {
  const known = counted.get(db)
  return known?.writes === db.clientWrites ? known.counts.get(JSON.stringify(toQuery(filter))) : undefined
}

/** A page with its total (the repository's `list`). */
export async function clientRowsPage(db: AppDatabase, filter: ClientFilter, offset: number, limit: number): Promise<ClientRowsPage> {
  const [page, total] = await Promise.all([clientRowsSlice(db, filter, { offset, limit }), countClientRows(db, filter)])
  return { rows: page.rows, total }
}
