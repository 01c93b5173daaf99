import type { AnySignalList, SignalListKey, SignalRow } from './types'

/**
 * The start page's filters: one partner and/or the clerk who last handled the client (null = all). Who handled
 * a client comes from the audit trail, so it is passed in as a look-up (docs/work-screens.md, "Werklijsten als
 * takenlijst").
 */
export interface SignalFilter {
  readonly partnerId: string | null
  readonly clerk: string | null
}

export const NO_SIGNAL_FILTER: SignalFilter = { partnerId: null, clerk: null }

/** Client id → the name of the clerk who last handled the client; a client without a recorded clerk is absent. */
export type HandledBy = ReadonlyMap<string, string>

/** One line of the summary above the lists: how many rows a list has, and how many of them are overdue. */
export interface SignalListSummary {
  readonly key: SignalListKey
  readonly count: number
  readonly overdue: number
}

export function isFiltered(filter: SignalFilter): boolean {
  return filter.partnerId !== null || filter.clerk !== null
}

export function rowMatches(row: SignalRow, filter: SignalFilter, handledBy: HandledBy): boolean {
  if (filter.partnerId !== null && row.partnerId !== filter.partnerId) return false
  return filter.clerk === null || handledBy.get(row.clientId) === filter.clerk
}

/** Each list with only the rows the filter keeps, in the same order; without a filter the lists themselves. */
export function filterSignalLists(lists: readonly AnySignalList[], filter: SignalFilter, handledBy: HandledBy): AnySignalList[] {
  if (!isFiltered(filter)) return [...lists]
  // The rows keep their list's type: filtering never moves a row to another list.
  return lists.map((list) => ({ ...list, rows: list.rows.filter((row: SignalRow) => rowMatches(row, filter, handledBy)) }) as AnySignalList)
}

/**
 * The summary of the (filtered) lists: only lists with rows (spec rule 10), those with overdue rows first,
 * otherwise in the lists' own order.
 */
export function summariseSignalLists(lists: readonly AnySignalList[]): SignalListSummary[] {
  const lines: SignalListSummary[] = []
  for (const list of lists) {
    if (list.rows.length === 0) continue
    let overdue = 0
    for (const row of list.rows) if (row.overdue) overdue++
    lines.push({ key: list.key, count: list.rows.length, overdue })
  }
  // Array.prototype.sort is stable: within each group the lists' own order stays.
  return lines.sort((a, b) => Number(b.overdue > 0) - Number(a.overdue > 0))
}

/** Lists open when the page first shows them: those with overdue work; the rest start collapsed. */
export function listsOpenByDefault(summary: readonly SignalListSummary[]): SignalListKey[] {
  return summary.filter((line) => line.overdue > 0).map((line) => line.key)
}
