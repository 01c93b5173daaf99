import type { PeriodName, Usage } from '../model'

/** One stored usage row an import replaces: its minutes before and after (call plus registration minutes). */
export interface UsageReplacement {
  readonly id: string
  readonly clientId: string
  readonly period: PeriodName
  readonly before: number
  readonly after: number
}

export interface UsageReplacements {
  /** By period, then client id. */
  readonly rows: UsageReplacement[]
  /** Stored minutes of the replaced rows. */
  readonly minutesBefore: number
  /** The file's minutes for those rows. */
  readonly minutesAfter: number
  /** What the import changes the stored total by: new rows count in full, replaced rows by their difference. */
  readonly totalChange: number
}

/** Registration minutes count towards the subscription, so "minutes" is both together (spec: Usage). */
export const usageMinutes = (u: Pick<Usage, 'callMinutes' | 'registrationMinutes'>): number => u.callMinutes + u.registrationMinutes

/**
 * What importing `imported` over `stored` replaces: the clerk sees old → new
 * per client before confirming. Minutes are summed in hundredths, so fractions add up without drift.
 */
export function usageReplacements(stored: readonly Usage[], imported: readonly Usage[]): UsageReplacements {
  const byId = new Map(stored.map((u) => [u.id, u]))
  const rows: UsageReplacement[] = []
  let added = 0
  for (const u of imported) {
    const old = byId.get(u.id)
    if (old === undefined) added += hundredths(usageMinutes(u))
    else rows.push({ id: u.id, clientId: u.clientId, period: u.period, before: usageMinutes(old), after: usageMinutes(u) })
  }
  rows.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0))
  const before = rows.reduce((sum, r) => sum + hundredths(r.before), 0)
  const after = rows.reduce((sum, r) => sum + hundredths(r.after), 0)
  return { rows, minutesBefore: before / 100, minutesAfter: after / 100, totalChange: (after - before + added) / 100 }
}

const hundredths = (minutes: number): number => Math.round(minutes * 100)
