import { billingPeriod, periodsOfQuarter } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import type { PeriodName, QuarterName } from '../../model/common'
import type { Usage } from '../../model/usage'

/** Whether a quarter's check is final or provisional (`VOORLOPIG`), and why. */
export interface QuarterStatus {
  readonly quarter: QuarterName
  /** True when the last period has not ended on `today`, or a period has no usage imported at all. */
  readonly provisional: boolean
  /** The quarter's last period ends after `today` (its last day is today or later). */
  readonly running: boolean
  /** The quarter's periods for which no usage at all has been imported, in order. */
  readonly periodsWithoutUsage: PeriodName[]
}

/** The quarter's periods for which at least one usage record exists: only those are judged and averaged. */
export function periodsWithUsage(quarter: QuarterName, usage: readonly Pick<Usage, 'period'>[]): Set<PeriodName> {
  const quarterPeriods = new Set<PeriodName>(periodsOfQuarter(quarter))
  const found = new Set<PeriodName>()
  for (const u of usage) if (quarterPeriods.has(u.period)) found.add(u.period)
  return found
}

/**
 * A check run before the quarter's last period ended (a run of `2026-12` on 05-12-2026), or over a period
 * without any imported usage, is provisional: its figures may still change, so every page says so.
 */
export function quarterStatus(quarter: QuarterName, startDay: number, usage: readonly Pick<Usage, 'period'>[], today: CalendarDate): QuarterStatus {
  const periods = periodsOfQuarter(quarter)
  const withUsage = periodsWithUsage(quarter, usage)
  const last = billingPeriod(periods[2], startDay).last
  // ISO dates compare as text.
  const running = today <= last
  const periodsWithoutUsage = periods.filter((p) => !withUsage.has(p))
  return { quarter, provisional: running || periodsWithoutUsage.length > 0, running, periodsWithoutUsage }
}
