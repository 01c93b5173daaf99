import type { BillingPeriod } from '../../calendar/billingPeriod'
import type { Plan } from '../../model/plan'
import type { CoveredSegment } from '../coverage'
import { DomainRuleError } from '../errors'
import { roundMinutes } from '../rounding'

/**
 * Included minutes for a (partly) covered billing period (spec rules 8, 9): each plan's monthly bundle
 * pro rata for the days it covered, `minutes × days / period days`, rounded to hundredths.
 */
export function proRataBundle(segments: readonly CoveredSegment[], plansById: ReadonlyMap<string, Plan>, billing: BillingPeriod): number {
  let minutes = 0
  for (const s of segments) {
    const plan = plansById.get(s.subscription.planId)
    if (!plan) throw new DomainRuleError('onbekend-abonnement', { planId: s.subscription.planId })
    minutes += (plan.includedMinutes * s.days) / billing.days
  }
  return roundMinutes(minutes)
}

/** Minutes as integer hundredths, so comparisons of bundle and usage are exact. */
export function hundredths(minutes: number): number {
  return Math.round(minutes * 100)
}

/** Usage as a percentage of the bundle, one decimal; null when there is no bundle. */
export function percentOfBundle(usedMinutes: number, bundleMinutes: number): number | null {
  if (hundredths(bundleMinutes) === 0) return null
  return Math.round((hundredths(usedMinutes) * 1000) / hundredths(bundleMinutes)) / 10
}
