import type { BillingPeriod } from '../calendar/billingPeriod'
import type { CalendarDate } from '../calendar/calendarDate'
import { daysBetween } from '../calendar/dateMath'
import type { SubscriptionPeriod } from '../model/subscription'
import { intersect } from './intervals'

/** The part of one subscription period that falls in one billing period. `until` is exclusive. */
export interface CoveredSegment {
  readonly subscription: SubscriptionPeriod
  readonly from: CalendarDate
  readonly until: CalendarDate
  readonly days: number
}

/**
 * Each subscription period's overlap with a billing period (spec rules 7–9: invoice lines, pro rata bundle),
 * in date order; periods without billed days are left out.
 */
export function coveredSegments(periods: readonly SubscriptionPeriod[], billing: BillingPeriod): CoveredSegment[] {
  const segments: CoveredSegment[] = []
  for (const subscription of periods) {
    const common = intersect(subscription, billing)
    if (common === null) continue
    const until = common.until ?? billing.until
    segments.push({ subscription, from: common.from, until, days: daysBetween(common.from, until) })
  }
  return segments.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

export function coveredDays(segments: readonly CoveredSegment[]): number {
  return segments.reduce((sum, s) => sum + s.days, 0)
}
