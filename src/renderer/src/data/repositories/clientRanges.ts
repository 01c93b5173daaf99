import Dexie from 'dexie'
import type { AppDatabase, ClientRow } from '../db'

export type ClientTable = AppDatabase['clients']

/**
 * The clients table bound to the running transaction. Dexie finds a transaction through a zone that a
 * chain of native async functions can lose; a read that lost it would run in a transaction of its own
 * while this one commits under it. A bound table always uses this transaction.
 */
export function clientsTable(db: AppDatabase): ClientTable {
  const bound: unknown = Dexie.currentTransaction?.table('clients')
  return (bound as ClientTable | undefined) ?? db.clients
}

/**
 * A position in the client list: the row's order value (its sort name, or its client number in a
 * number search) and its id, which breaks ties the way IndexedDB does within one index key.
 */
export interface ClientListKey {
  readonly order: string
  readonly id: string
}

/** Top of an order range that takes every value (Dexie's maxKey sorts after every string). */
export const ALL_ORDERS = Dexie.maxKey as unknown as string

/**
 * An index range whose rows come in list order: index keys `[...prefix, order]` (or `order` alone for
 * a single-field index) with `from <= order <= to`.
 */
export interface ClientRange {
  readonly index: string
  readonly prefix: readonly string[]
  readonly from: string
  readonly to: string
}

export type OrderOf = (row: ClientRow) => string

export function compareKeys(a: ClientListKey, b: ClientListKey): number {
  return a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The order values that start with `stem` ("jans" → from "jans" to "jans\uffff"). */
export function prefixRange(index: string, prefix: readonly string[], stem: string): ClientRange {
  return { index, prefix, from: stem, to: `${stem}\uffff` }
}

/** The index key at `order` in the range (`order` itself for a single-field index). */
export function indexKey(range: ClientRange, order: string): string | string[] {
  return range.prefix.length === 0 ? order : [...range.prefix, order]
}

export function collection(clients: ClientTable, range: ClientRange, from = range.from) {
  return clients.where(range.index).between(indexKey(range, from), indexKey(range, range.to), true, true)
}

/**
 * The rows of `range` after `after`, in list order: at least `n` unless the range ends first (`end`).
 * Reads from the first row with the same order value as `after` and drops the rows up to it; when many
 * rows share that value (the same client number at many partners), it reads again with a larger limit.
 */
export async function readAfter(
  clients: ClientTable,
  range: ClientRange,
  orderOf: OrderOf,
  after: ClientListKey | undefined,
  n: number,
): Promise<{ rows: ClientRow[]; end: boolean }> {
  const from = after && after.order > range.from ? after.order : range.from
  let limit = n
  for (;;) {
    const got = await collection(clients, range, from).limit(limit).toArray()
    const fresh = after ? got.filter((row) => compareKeys({ order: orderOf(row), id: row.id }, after) > 0) : got
    const end = got.length < limit
    if (fresh.length >= n || end) return { rows: fresh, end }
    limit = limit * 2 + n
  }
}

export interface Taken {
  /** The accepted rows, in list order. */
  readonly rows: ClientRow[]
  /** The last row looked at; every row of the range up to it was considered. */
  readonly cursor: ClientListKey | undefined
  /** Nothing of the range is left after `cursor` (or only rows after `bound`). */
  readonly end: boolean
}

export interface TakeOptions {
  /** Stop at rows after this position (they cannot reach the page). */
  readonly bound?: ClientListKey | undefined
  /** Look at no more rows than this. */
  readonly budget?: number
}

/** Reads `range` in growing chunks until `want` rows pass `accept`, the range ends, or a limit is reached. */
export async function take(
  clients: ClientTable,
  range: ClientRange,
  orderOf: OrderOf,
  after: ClientListKey | undefined,
  want: number,
  accept: (row: ClientRow) => boolean,
  options: TakeOptions = {},
): Promise<Taken> {
  const rows: ClientRow[] = []
  let cursor = after
  let chunk = Math.max(want, 10)
  let seen = 0
  const budget = options.budget ?? Number.POSITIVE_INFINITY
  for (;;) {
    const read = await readAfter(clients, range, orderOf, cursor, Math.min(chunk, budget - seen))
    for (const row of read.rows) {
      const key = { order: orderOf(row), id: row.id }
      if (options.bound && compareKeys(key, options.bound) > 0) return { rows, cursor, end: true }
      cursor = key
      seen++
      if (accept(row)) rows.push(row)
      if (rows.length >= want) return { rows, cursor, end: false }
      if (seen >= budget) return { rows, cursor, end: false }
    }
    if (read.end) return { rows, cursor, end: true }
    chunk *= 4
  }
}
