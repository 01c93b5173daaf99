import { billingPeriod, periodNameOf } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import type { Client } from '../../model/client'
import type { PeriodName } from '../../model/common'
import type { Plan } from '../../model/plan'
import type { Deregistration, SubscriptionPeriod } from '../../model/subscription'
import { coveredSegments } from '../coverage'
import { groupPeriodsByClient, subscriptionOn } from '../lifecycle/subscriptionPeriods'
import { roundMinutes } from '../rounding'
import { proRataBundle } from '../usage/bundle'
import { usageMinutes } from '../usage/aggregate'
import { activePlansBySize } from '../quarterlyCheck/quarterlyCheck'
import { compareText } from '../ordering'

/**
 * Management figures for the dashboard (seed 001: monthly overview of usage and subscriptions). "Active"
 * here means billed today: a subscription period runs on `today` — the same test the invoice uses.
 */
export interface ActiveClientFigures {
  readonly total: number
  /** Every plan that has active clients, plus every active plan (with 0), small → large. */
  readonly byPlan: readonly { readonly planId: string; readonly count: number }[]
  /** Partners with active clients, most clients first. */
  readonly byPartner: readonly { readonly partnerId: string; readonly count: number }[]
}

export function activeClientFigures(
  subscriptionPeriods: readonly SubscriptionPeriod[],
  partnerOf: ReadonlyMap<string, string>,
  plans: readonly Plan[],
  today: CalendarDate,
): ActiveClientFigures {
  const byPlan = new Map<string, number>()
  const byPartner = new Map<string, number>()
  let total = 0
  for (const [clientId, periods] of groupPeriodsByClient(subscriptionPeriods)) {
    const running = subscriptionOn(periods, today)
    const partnerId = partnerOf.get(clientId)
    if (running === null || partnerId === undefined) continue
    total++
    byPlan.set(running.planId, (byPlan.get(running.planId) ?? 0) + 1)
    byPartner.set(partnerId, (byPartner.get(partnerId) ?? 0) + 1)
  }
  return activeFigures(total, byPlan, byPartner, plans)
}

/** The figures from the counts: every active plan listed (with 0 when it has no clients), both lists sorted. */
export function activeFigures(total: number, byPlan: Map<string, number>, byPartner: ReadonlyMap<string, number>, plans: readonly Plan[]): ActiveClientFigures {
  const order = new Map(plans.map((p) => [p.id, p.sortOrder]))
  for (const plan of activePlansBySize(plans)) if (!byPlan.has(plan.id)) byPlan.set(plan.id, 0)
  return {
    total,
    byPlan: [...byPlan]
      .map(([planId, count]) => ({ planId, count }))
      .sort((a, b) => (order.get(a.planId) ?? Infinity) - (order.get(b.planId) ?? Infinity) || compareText(a.planId, b.planId)),
    byPartner: [...byPartner].map(([partnerId, count]) => ({ partnerId, count })).sort((a, b) => b.count - a.count || compareText(a.partnerId, b.partnerId)),
  }
}

/** Registrations received and deregistrations taking effect, per billing period. */
export interface ClientFlow {
  readonly period: PeriodName
  readonly registrations: number
  readonly deregistrations: number
}

/**
 * Per billing period in `periods`: registrations by the day they were received, deregistrations by their
 * effective date (the first day no longer billed). A re-registered client counts with its latest registration.
 */
export function clientFlowByPeriod(
  periods: readonly PeriodName[],
  clients: readonly Pick<Client, 'registrationReceivedDate'>[],
  deregistrations: readonly Pick<Deregistration, 'effectiveDate'>[],
  startDay: number,
): ClientFlow[] {
  const registrations = new Map<PeriodName, number>()
  const deregs = new Map<PeriodName, number>()
  for (const c of clients) {
    const period = periodNameOf(c.registrationReceivedDate, startDay)
    registrations.set(period, (registrations.get(period) ?? 0) + 1)
  }
  for (const d of deregistrations) {
    const period = periodNameOf(d.effectiveDate, startDay)
    deregs.set(period, (deregs.get(period) ?? 0) + 1)
  }
  return periods.map((period) => ({ period, registrations: registrations.get(period) ?? 0, deregistrations: deregs.get(period) ?? 0 }))
}

/** One billing period of the usage chart: what was used against what the subscriptions included. */
export interface UsageAgainstBundle {
  readonly period: PeriodName
  /** Σ per client of its plan's bundle pro rata for the days billed (spec rule 8). */
  readonly bundleMinutes: number
  /** Call plus registration minutes (registration counts towards the subscription). */
  readonly usageMinutes: number
  readonly billedClients: number
  readonly clientsWithUsage: number
}

export interface PeriodUsageTotals {
  readonly period: PeriodName
  readonly callMinutes: number
  readonly registrationMinutes: number
  readonly clients: number
}

export function usageAgainstBundles(
  periods: readonly PeriodName[],
  plans: readonly Plan[],
  subscriptionPeriods: readonly SubscriptionPeriod[],
  usageTotals: readonly PeriodUsageTotals[],
  startDay: number,
): UsageAgainstBundle[] {
  const plansById = new Map(plans.map((p) => [p.id, p]))
  const byClient = [...groupPeriodsByClient(subscriptionPeriods).values()]
  const totals = new Map(usageTotals.map((t) => [t.period, t]))
  return periods.map((period) => {
    const billing = billingPeriod(period, startDay)
    let bundle = 0
    let billed = 0
    for (const periodsOfClient of byClient) {
      const segments = coveredSegments(periodsOfClient, billing)
      if (segments.length === 0) continue
      billed++
      bundle += proRataBundle(segments, plansById, billing)
    }
    const used = totals.get(period)
    return {
      period,
      bundleMinutes: roundMinutes(bundle),
      usageMinutes: usageMinutes(used),
      billedClients: billed,
      clientsWithUsage: used?.clients ?? 0,
    }
  })
}
