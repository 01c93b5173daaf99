import type { CalendarDate } from '../calendar/calendarDate'
import { formatDate } from '../format/date'
import { onboardingProblem, type OnboardingProblem } from '../problems/onboarding'

/** One row of a client's plan history as the file gives it; `from`/`until` empty when the file leaves them out. */
export interface PlanRow {
  readonly line: number
  readonly planId: string
  readonly from: CalendarDate | null
  readonly until: CalendarDate | null
}

/** A subscription period built from a row: half-open `[from, until)`, `until` null while it runs. */
export interface BuiltPeriod {
  readonly line: number
  readonly planId: string
  readonly from: CalendarDate
  readonly until: CalendarDate | null
}

export type PeriodsResult =
  | { readonly ok: true; readonly periods: readonly BuiltPeriod[] }
  | { readonly ok: false; readonly line: number; readonly field: 'planFrom' | 'planUntil'; readonly problem: OnboardingProblem }

const refuse = (line: number, field: 'planFrom' | 'planUntil', problem: OnboardingProblem): PeriodsResult => ({ ok: false, line, field, problem })

/**
 * Turns a client's plan rows into subscription periods that neither overlap nor leave a gap between the
 * activation date (`start`) and the end (the deregistration's effective date, or `null` while active), or
 * names the first row that makes that impossible (spec: Subscription period).
 *
 * Filling in what the file leaves out: a row without `from` starts where the row above it in the file ends
 * (the first row: on the activation date); the rows are then taken in date order; a row without `until`
 * runs until the next row starts, the last one until the end. A row whose `until` is before or on its
 * `from`, a gap or an overlap between two rows, a first period not starting on the activation date and a
 * last one not ending at the end are refused at the row where they show.
 */
export function buildPeriods(rows: readonly PlanRow[], start: CalendarDate, end: CalendarDate | null): PeriodsResult {
  const filled: { line: number; planId: string; from: CalendarDate; until: CalendarDate | null; order: number }[] = []
  for (const [i, row] of rows.entries()) {
    const from = row.from ?? (i === 0 ? start : rows[i - 1]!.until)
    if (from === null) return refuse(row.line, 'planFrom', onboardingProblem('onboarding.periodFromMissing'))
    if (row.until !== null && row.until <= from) {
      return refuse(row.line, 'planUntil', onboardingProblem('onboarding.periodUntilNotAfterFrom', { from: formatDate(from), until: formatDate(row.until) }))
    }
    filled.push({ line: row.line, planId: row.planId, from, until: row.until, order: i })
  }
  filled.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.order - b.order))
  const first = filled[0]
  if (first === undefined) return { ok: true, periods: [] }
  if (first.from !== start)
    return refuse(
      first.line,
      'planFrom',
      onboardingProblem('onboarding.periodStartNotActivation', { from: formatDate(first.from), activation: formatDate(start) }),
    )

  const periods: BuiltPeriod[] = []
  for (const [i, row] of filled.entries()) {
    const next = filled[i + 1]
    if (end !== null && row.from >= end)
      return refuse(row.line, 'planFrom', onboardingProblem('onboarding.periodAfterEnd', { from: formatDate(row.from), effective: formatDate(end) }))
    if (next !== undefined) {
      const until = row.until ?? next.from
      const params = { from: formatDate(next.from), previousUntil: formatDate(until), previousLine: row.line }
      if (until < next.from) return refuse(next.line, 'planFrom', onboardingProblem('onboarding.periodGap', params))
      if (until > next.from) return refuse(next.line, 'planFrom', onboardingProblem('onboarding.periodOverlap', params))
      periods.push({ line: row.line, planId: row.planId, from: row.from, until })
      continue
    }
    if (row.until !== null && end === null)
      return refuse(row.line, 'planUntil', onboardingProblem('onboarding.periodEndsWhileActive', { until: formatDate(row.until) }))
    if (row.until !== null && end !== null && row.until !== end) {
      return refuse(
        row.line,
        'planUntil',
        onboardingProblem('onboarding.periodEndNotDeregistration', { until: formatDate(row.until), effective: formatDate(end) }),
      )
    }
    periods.push({ line: row.line, planId: row.planId, from: row.from, until: end })
  }
  return { ok: true, periods }
}

/** The rows a set of periods is written as (one per period, both dates filled in): the export side of the round trip. */
export function periodsToRows(periods: readonly Omit<BuiltPeriod, 'line'>[], firstLine = 2): PlanRow[] {
  return periods.map((p, i) => ({ line: firstLine + i, planId: p.planId, from: p.from, until: p.until }))
}
