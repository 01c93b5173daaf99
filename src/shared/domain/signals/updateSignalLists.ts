import { byDeadline, periodsWithAnyUsage } from './context'
import { computeSignalLists, inDisplayOrder } from './signalLists'
import type { AnySignalList, SignalData, SignalListKey, SignalRow, SignalRowOf } from './types'

/** A computation of the lists: what it was made from and what it gave. */
export interface ComputedSignalLists {
  readonly data: SignalData
  readonly lists: readonly AnySignalList[]
}

/**
 * The lists of `data`, brought up to date from `previous` when only the records of `clientIds` differ between
 * `previous.data` and `data` (clients, their subscription periods, change requests, deregistrations and usage,
 * added, changed or removed). Every row belongs to one client and depends only on that client's records and on
 * what all clients share: today, the settings, the partners, the plans and which periods have usage at all.
 * So the rows of `clientIds` are computed again and merged with the others' in the lists' order, which gives
 * exactly what `computeSignalLists(data)` gives. When anything shared differs, all is computed again.
 */
export function updateSignalLists(previous: ComputedSignalLists, data: SignalData, clientIds: ReadonlySet<string>): AnySignalList[] {
  const before = previous.data
  const periodsWithUsage = data.periodsWithUsage ?? periodsWithAnyUsage(data.usage)
  const shared =
    before.today === data.today &&
    before.partners === data.partners &&
    before.plans === data.plans &&
    sameSettings(before.settings, data.settings) &&
    sameSet(before.periodsWithUsage ?? periodsWithAnyUsage(before.usage), periodsWithUsage)
  if (!shared) return computeSignalLists(data)
  if (clientIds.size === 0) return [...previous.lists]
  const ofClients = <T extends { readonly clientId: string }>(records: readonly T[]) => records.filter((r) => clientIds.has(r.clientId))
  const fresh = computeSignalLists({
    ...data,
    clients: data.clients.filter((c) => clientIds.has(c.id)),
    subscriptionPeriods: ofClients(data.subscriptionPeriods),
    changeRequests: ofClients(data.changeRequests),
    deregistrations: ofClients(data.deregistrations),
    usage: ofClients(data.usage),
    periodsWithUsage,
  })
  return inDisplayOrder((key) => ({ key, rows: mergeByDeadline(keptRows(previous.lists, key, clientIds), rowsOf(fresh, key)) }))
}

function isRowOf<K extends SignalListKey>(row: SignalRow, key: K): row is SignalRowOf<K> {
  return row.list === key
}

/** The rows of list `key`. */
function rowsOf<K extends SignalListKey>(lists: readonly AnySignalList[], key: K): SignalRowOf<K>[] {
  return keptRows(lists, key, new Set())
}

/** The rows of list `key` that belong to none of `clientIds`, in their order. */
function keptRows<K extends SignalListKey>(lists: readonly AnySignalList[], key: K, clientIds: ReadonlySet<string>): SignalRowOf<K>[] {
  const kept: SignalRowOf<K>[] = []
  for (const list of lists) if (list.key === key) for (const row of list.rows) if (isRowOf(row, key) && !clientIds.has(row.clientId)) kept.push(row)
  return kept
}

/**
 * Two lists sorted by `byDeadline` as one. Rows of different clients never tie (the order ends with the
 * client's id) and all rows of a client come from the same side, so this is what sorting them together gives.
 */
function mergeByDeadline<R extends SignalRow>(a: readonly R[], b: readonly R[]): R[] {
  const merged: R[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) merged.push(byDeadline(b[j] as R, a[i] as R) < 0 ? (b[j++] as R) : (a[i++] as R))
  while (i < a.length) merged.push(a[i++] as R)
  while (j < b.length) merged.push(b[j++] as R)
  return merged
}

function sameSettings(a: SignalData['settings'], b: SignalData['settings']): boolean {
  return (
    a.billingPeriodStartDay === b.billingPeriodStartDay &&
    a.checkTolerancePercent === b.checkTolerancePercent &&
    JSON.stringify(a.extraClosingDays) === JSON.stringify(b.extraClosingDays)
  )
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x))
}
