import Dexie, { type Collection, type InsertType } from 'dexie'
import type { ClientStatus } from '@shared/model'
import { normaliseSearchText } from '../clientRows'
import type { AppDatabase, ClientRow } from '../db'

type ClientCollection = Collection<ClientRow, string, InsertType<ClientRow, 'id'>>

export interface ClientFilter {
  readonly partnerId?: string
  readonly status?: ClientStatus
  readonly planId?: string
  readonly search?: string
}

export interface ClientRowsPage {
  readonly rows: ClientRow[]
  readonly total: number
}

/** Below this many search matches, reading the matching rows beats reading the ordered keys. */
const SMALL_MATCH_SET = 2000

function range(db: AppDatabase, index: string, prefix: string[]): ClientCollection {
  return db.clients.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey])
}

/**
 * The clients in list order (sort name, then id) restricted by status and plan — an index range in
 * every combination, so it is counted and paged by IndexedDB itself without reading rows.
 */
function orderedByFilter(db: AppDatabase, status: ClientStatus | undefined, planId: string | undefined): ClientCollection {
  if (status && planId) return range(db, '[status+currentPlanId+sortName]', [status, planId])
  if (status) return range(db, '[status+sortName]', [status])
  if (planId) return range(db, '[currentPlanId+sortName]', [planId])
  return db.clients.orderBy('sortName')
}

function compareRows(a: ClientRow, b: ClientRow): number {
  return a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function matches(row: ClientRow, filter: ClientFilter, term: string, byNumber: boolean): boolean {
  if (filter.status && row.status !== filter.status) return false
  if (filter.planId && row.currentPlanId !== filter.planId) return false
  if (!term) return true
  return byNumber ? row.searchNumber.startsWith(term) : row.searchKeys.some((key) => key.startsWith(term))
}

/**
 * One page of the client list, always in the same order (last name without prefix, first name), with the
 * total. Designed for 100,000 clients (spec: scale): no filter reads the whole table.
 * - one partner: its index range (at most a few thousand rows), other filters in memory;
 * - status and/or plan: a compound index range, counted and paged by IndexedDB;
 * - a search term (name start, or client number start when it holds a digit): the matching ids through
 *   the search index; few matches → read and sort those rows; many → walk the ordered ids of the
 *   status/plan range (keys only) and keep the matching ones.
 */
export async function clientRowsPage(db: AppDatabase, filter: ClientFilter, offset: number, limit: number, smallMatchSet = SMALL_MATCH_SET): Promise<ClientRowsPage> {
  const term = normaliseSearchText(filter.search ?? '')
  const byNumber = /\d/.test(term)

  if (filter.partnerId) {
    const rows = (await range(db, '[partnerId+sortName]', [filter.partnerId]).toArray()).filter((row) => matches(row, filter, term, byNumber))
    return { rows: rows.slice(offset, offset + limit), total: rows.length }
  }

  const ordered = orderedByFilter(db, filter.status, filter.planId)
  if (!term) {
    const [total, rows] = await Promise.all([ordered.count(), ordered.clone().offset(offset).limit(limit).toArray()])
    return { rows, total }
  }

  const search = byNumber ? db.clients.where('searchNumber').startsWith(term) : db.clients.where('searchKeys').startsWith(term)
  const matchIds = new Set(await search.primaryKeys())
  if (matchIds.size <= smallMatchSet) {
    const rows = (await db.clients.bulkGet([...matchIds])).filter((row): row is ClientRow => row !== undefined && matches(row, filter, '', false)).sort(compareRows)
    return { rows: rows.slice(offset, offset + limit), total: rows.length }
  }
  const ids = (await ordered.primaryKeys()).filter((id) => matchIds.has(id))
  const pageIds = ids.slice(offset, offset + limit)
  const rows = (await db.clients.bulkGet(pageIds)).filter((row): row is ClientRow => row !== undefined)
  return { rows, total: ids.length }
}
