import Dexie from 'dexie'
import type { ClientRow, SearchGroupKey } from '../db'
import { ALL_ORDERS, collection, type ClientTable, compareKeys, prefixRange, take, type ClientListKey, type ClientRange } from './clientRanges'

/** A list request in index terms: '' means "no filter". */
export interface ListQuery {
  /** Normalised search text. */
  readonly term: string
  /** The term holds a digit: it is the start of a client number, and the list is in number order. */
  readonly byNumber: boolean
  readonly status: string
  readonly planId: string
  readonly partnerId: string
}

export const nameOrder = (row: ClientRow): string => row.sortName
export const numberOrder = (row: ClientRow): string => row.searchNumber

export function keyOfRow(row: ClientRow, byNumber = false): ClientListKey {
  return { order: byNumber ? row.searchNumber : row.sortName, id: row.id }
}

export function sortRows(rows: ClientRow[], byNumber = false): ClientRow[] {
  return rows.sort((a, b) => compareKeys(keyOfRow(a, byNumber), keyOfRow(b, byNumber)))
}

/** The search semantics: the start of a name form (see `clientSearchKeys`) or of the client number. */
export function matchesTerm(row: ClientRow, q: ListQuery): boolean {
  if (!q.term) return true
  return q.byNumber ? row.searchNumber.startsWith(q.term) : row.searchKeys.some((key) => key.startsWith(q.term))
}

export function matchesFilter(row: ClientRow, q: ListQuery): boolean {
  return (!q.status || row.status === q.status) && (!q.planId || row.currentPlanId === q.planId) && (!q.partnerId || row.partnerId === q.partnerId)
}

/** The whole list under status and plan, in name order: one compound index range. */
export function filterRange(q: ListQuery): ClientRange {
  if (q.status && q.planId) return { index: '[status+currentPlanId+sortName]', prefix: [q.status, q.planId], from: '', to: ALL_ORDERS }
  if (q.status) return { index: '[status+sortName]', prefix: [q.status], from: '', to: ALL_ORDERS }
  if (q.planId) return { index: '[currentPlanId+sortName]', prefix: [q.planId], from: '', to: ALL_ORDERS }
  return { index: 'sortName', prefix: [], from: '', to: ALL_ORDERS }
}

export function partnerRange(q: ListQuery): ClientRange {
  return { index: '[partnerId+sortName]', prefix: [q.partnerId], from: '', to: ALL_ORDERS }
}

/** Number search under status and plan: exact, in number order. */
export function numberRange(q: ListQuery): ClientRange {
  if (!q.status && !q.planId) return prefixRange('searchNumber', [], q.term)
  return prefixRange('searchGroups', [q.status, q.planId, 'n', ''], q.term)
}

function group(status: string, planId: string, kind: SearchGroupKey[2], head: string): ClientRange {
  return { index: 'searchGroups', prefix: [status, planId, kind, head], from: '', to: ALL_ORDERS }
}

/**
 * The heads of `kind` that start with `stem`, in order, found one index key at a time (a plain async
 * function: Dexie's transaction does not follow async generators).
 */
async function headsStartingWith(clients: ClientTable, status: string, planId: string, kind: SearchGroupKey[2], stem: string): Promise<string[]> {
  const heads: string[] = []
  const upper = [status, planId, kind, `${stem}\uffff`]
  let lower: unknown[] = [status, planId, kind, stem]
  for (;;) {
    const keys: unknown[] = await clients.where('searchGroups').between(lower, upper, true, true).limit(1).keys()
    const head: unknown = Array.isArray(keys[0]) ? keys[0][3] : undefined
    if (typeof head !== 'string') return heads
    heads.push(head)
    lower = [status, planId, kind, head, Dexie.maxKey]
  }
}

/** Every place a space splits the term into a head and the rest: "van den b" → ["van", "den b"], ["van den", "b"]. */
function splits(term: string): [head: string, rest: string][] {
  const found: [string, string][] = []
  for (let i = term.indexOf(' '); i > 0; i = term.indexOf(' ', i + 1)) found.push([term.slice(0, i), term.slice(i + 1)])
  return found
}

/**
 * Ranges in name order that together hold every client the term matches (and a few it does not, which
 * `matchesTerm` drops). With K a name form (clientSearchKeys) that starts with the term:
 * - K = sort name: the term's range of the sort-name index under the filter;
 * - K = prefix words + " " + sort name ("van den berg jan"), K = first name + " " + last name: either the
 *   term is the start of a head (prefix words, first name; with a space also "first name + prefix words"),
 *   one range per head; or the term is a head, a space and the start of the sort name: one range per split.
 * The `h` entries carry no filter, so under a filter their rows are checked against it.
 */
export async function termRanges(clients: ClientTable, q: ListQuery): Promise<ClientRange[]> {
  const { term, status, planId } = q
  const sortRange = filterRange(q)
  const ranges = [prefixRange(sortRange.index, sortRange.prefix, term)]
  for (const kind of ['p', 'f'] as const) {
    for (const head of await headsStartingWith(clients, status, planId, kind, term)) ranges.push(group(status, planId, kind, head))
  }
  if (term.includes(' ')) {
    for (const head of await headsStartingWith(clients, '', '', 'h', term)) ranges.push(group('', '', 'h', head))
  }
  for (const [head, rest] of splits(term)) {
    ranges.push(prefixRange('searchGroups', [status, planId, 'p', head], rest))
    ranges.push(prefixRange('searchGroups', [status, planId, 'f', head], rest))
    ranges.push(prefixRange('searchGroups', ['', '', 'h', head], rest))
  }
  return ranges
}

/** A name search walks the list itself first when the term is this short: its matches are many and spread. */
const WALK_TERM_LENGTH = 2
const WALK_ROWS = 150

/**
 * Up to `want` clients after `after` that the name term matches, in name order. Each range of
 * `termRanges` is read only as far as it can still reach the page: once `want` candidates are known, the
 * last of them bounds every further range.
 */
export async function nameSearch(
  clients: ClientTable,
  q: ListQuery,
  after: ClientListKey | undefined,
  want: number,
  walkTermLength = WALK_TERM_LENGTH,
): Promise<ClientRow[]> {
  const accept = (row: ClientRow) => matchesFilter(row, q) && matchesTerm(row, q)
  let walked: ClientRow[] = []
  let from = after
  if (q.term.length <= walkTermLength) {
    const walk = await take(clients, filterRange(q), nameOrder, after, want, accept, { budget: WALK_ROWS })
    if (walk.rows.length >= want || walk.end) return walk.rows
    walked = walk.rows
    from = walk.cursor
  }
  const need = want - walked.length
  const best = new Map<string, ClientRow>()
  let bound: ClientListKey | undefined
  for (const range of await termRanges(clients, q)) {
    const got = await take(clients, range, nameOrder, from, need, accept, { bound })
    for (const row of got.rows) best.set(row.id, row)
    if (best.size >= need) bound = keyOfRow(sortRows([...best.values()])[need - 1]!)
  }
  return [...walked, ...sortRows([...best.values()]).slice(0, need)]
}

/** The number of clients the name term matches: exact ranges by their keys, the others row by row. */
export async function countNameSearch(clients: ClientTable, q: ListQuery): Promise<number> {
  const ids = new Set<string>()
  const byKeys = async (range: ReturnType<typeof collection>) => (await range.primaryKeys()).forEach((id) => ids.add(id))
  const byRows = async (range: ReturnType<typeof collection>) =>
    (await range.toArray()).forEach((row) => matchesFilter(row, q) && matchesTerm(row, q) && ids.add(row.id))
  const { term, status, planId } = q
  const filtered = status !== '' || planId !== ''
  const heads = (s: string, p: string, kind: SearchGroupKey[2]) =>
    clients.where('searchGroups').between([s, p, kind, term], [s, p, kind, `${term}\uffff`], true, true)
  const sortRange = filterRange(q)
  const work: Promise<void>[] = [
    byKeys(collection(clients, prefixRange(sortRange.index, sortRange.prefix, term))),
    byKeys(heads(status, planId, 'p')),
    byKeys(heads(status, planId, 'f')),
  ]
  if (term.includes(' ')) work.push(filtered ? byRows(heads('', '', 'h')) : byKeys(heads('', '', 'h')))
  for (const [head, rest] of splits(term)) {
    work.push(byKeys(collection(clients, prefixRange('searchGroups', [status, planId, 'p', head], rest))))
    work.push(byRows(collection(clients, prefixRange('searchGroups', [status, planId, 'f', head], rest))))
    work.push(byRows(collection(clients, prefixRange('searchGroups', ['', '', 'h', head], rest))))
  }
  await Promise.all(work)
  return ids.size
}
