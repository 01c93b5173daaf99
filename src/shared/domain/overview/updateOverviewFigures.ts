import { periodNameOf } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import type { Client } from '../../model/client'
import type { PeriodName } from '../../model/common'
import type { Plan } from '../../model/plan'
import type { Deregistration, SubscriptionPeriod } from '../../model/subscription'
import { groupPeriodsByClient, subscriptionOn } from '../lifecycle/subscriptionPeriods'
import { activeClientFigures, activeFigures, clientFlowByPeriod, type ActiveClientFigures, type ClientFlow } from './dashboardFigures'

/** What the dashboard's key figures are computed from. */
export interface FiguresData {
  readonly today: CalendarDate
  readonly startDay: number
  /** The billing periods of the flow figures. */
  readonly periods: readonly PeriodName[]
  readonly plans: readonly Plan[]
  readonly clients: readonly Pick<Client, 'id' | 'partnerId' | 'registrationReceivedDate'>[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
  readonly deregistrations: readonly Pick<Deregistration, 'clientId' | 'effectiveDate'>[]
}

/** Active clients today and the flow of registrations and deregistrations per period. */
export interface OverviewFigures {
  readonly active: ActiveClientFigures
  readonly flow: ClientFlow[]
}

/** A computation of the figures: what it was made from and what it gave. */
export interface ComputedOverviewFigures {
  readonly data: FiguresData
  readonly figures: OverviewFigures
}

export function overviewFigures(data: FiguresData): OverviewFigures {
  return {
    active: activeClientFigures(data.subscriptionPeriods, new Map(data.clients.map((c) => [c.id, c.partnerId])), data.plans, data.today),
    flow: clientFlowByPeriod(data.periods, data.clients, data.deregistrations, data.startDay),
  }
}

/**
 * The figures of `data`, brought up to date from `previous` when only the records of `clientIds` differ (as
 * `updateSignalLists` does for the lists). Each figure is a count over clients, so the named clients' part of
 * it before is taken off and their part now added. Another day, start day, plans or flow periods compute
 * everything again.
 */
export function updateOverviewFigures(previous: ComputedOverviewFigures, data: FiguresData, clientIds: ReadonlySet<string>): OverviewFigures {
  const before = previous.data
  const shared =
    before.today === data.today &&
    before.startDay === data.startDay &&
    before.plans === data.plans &&
    before.periods.length === data.periods.length &&
    before.periods.every((p, i) => p === data.periods[i])
  if (!shared) return overviewFigures(data)
  if (clientIds.size === 0) return previous.figures
  const was = partOf(before, clientIds)
  const now = partOf(data, clientIds)
  const { active, flow } = previous.figures

  const byPlan = new Map(active.byPlan.map((e) => [e.planId, e.count]))
  const byPartner = new Map(active.byPartner.map((e) => [e.partnerId, e.count]))
  for (const [part, sign] of [
    [was, -1],
    [now, 1],
  ] as const)
    for (const { planId, partnerId } of part.active) {
      add(byPlan, planId, sign)
      add(byPartner, partnerId, sign)
    }
  // Only the plans and partners with clients stay; `activeFigures` lists every active plan again.
  for (const counts of [byPlan, byPartner]) for (const [id, count] of counts) if (count === 0) counts.delete(id)

  const registrations = new Map(flow.map((f) => [f.period, f.registrations]))
  const deregistrations = new Map(flow.map((f) => [f.period, f.deregistrations]))
  const counted = (counts: Map<PeriodName, number>, period: PeriodName, sign: number) => {
    if (counts.has(period)) add(counts, period, sign)
  }
  for (const period of was.registered) counted(registrations, period, -1)
  for (const period of now.registered) counted(registrations, period, 1)
  for (const period of was.deregistered) counted(deregistrations, period, -1)
  for (const period of now.deregistered) counted(deregistrations, period, 1)

  return {
    active: activeFigures(active.total - was.active.length + now.active.length, byPlan, byPartner, data.plans),
    flow: flow.map(({ period }) => ({ period, registrations: registrations.get(period) ?? 0, deregistrations: deregistrations.get(period) ?? 0 })),
  }
}

/** What the clients of `clientIds` add to each count in `data`. */
function partOf(data: FiguresData, clientIds: ReadonlySet<string>) {
  const clients = data.clients.filter((c) => clientIds.has(c.id))
  const periodsOf = groupPeriodsByClient(data.subscriptionPeriods.filter((p) => clientIds.has(p.clientId)))
  const active: { planId: string; partnerId: string }[] = []
  for (const client of clients) {
    const running = subscriptionOn(periodsOf.get(client.id) ?? [], data.today)
    if (running !== null) active.push({ planId: running.planId, partnerId: client.partnerId })
  }
  return {
    active,
    registered: clients.map((c) => periodNameOf(c.registrationReceivedDate, data.startDay)),
    deregistered: data.deregistrations.filter((d) => clientIds.has(d.clientId)).map((d) => periodNameOf(d.effectiveDate, data.startDay)),
  }
}

function add<K>(counts: Map<K, number>, key: K, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by)
}
