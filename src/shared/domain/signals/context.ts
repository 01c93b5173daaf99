import type { CalendarDate } from '../../calendar/calendarDate'
import { createWorkingCalendar } from '../../calendar/workingDays'
import { clientDisplayName, type Client } from '../../model/client'
import type { PeriodName } from '../../model/common'
import type { Plan } from '../../model/plan'
import type { Usage } from '../../model/usage'
import type { SignalAction } from '../../problems/signals'
import { groupPeriodsByClient, subscriptionOn } from '../lifecycle/subscriptionPeriods'
import { compareClientNumbers, compareText } from '../ordering'
import type { SignalContext, SignalData, SignalListKey, SignalRow } from './types'

export function buildSignalContext(data: SignalData): SignalContext {
  return {
    data,
    today: data.today,
    calendar: createWorkingCalendar(data.settings.extraClosingDays),
    startDay: data.settings.billingPeriodStartDay,
    clientsById: new Map(data.clients.map((c) => [c.id, c])),
    plansById: new Map(data.plans.map((p) => [p.id, p])),
    periodsByClient: groupPeriodsByClient(data.subscriptionPeriods),
    deregisteredClientIds: currentlyDeregistering(data),
    periodsWithUsage: data.periodsWithUsage ?? periodsWithAnyUsage(data.usage),
  }
}

/** The periods for which `usage` holds a record of any client. */
export function periodsWithAnyUsage(usage: readonly Pick<Usage, 'period'>[]): Set<PeriodName> {
  const periods = new Set<PeriodName>()
  for (const u of usage) periods.add(u.period)
  return periods
}

/**
 * Clients whose current registration has a deregistration: an unprocessed one, or a processed one that ends
 * billing after the registration arrived. A re-registered client's earlier deregistration ended billing on or
 * before the new registration, so it no longer counts.
 */
function currentlyDeregistering(data: SignalData): Set<string> {
  const registrationDates = new Map(data.clients.map((c) => [c.id, c.registrationReceivedDate]))
  const ids = new Set<string>()
  for (const d of data.deregistrations) {
    const registered = registrationDates.get(d.clientId)
    if (registered !== undefined && (d.processedDate === null || d.effectiveDate > registered)) ids.add(d.clientId)
  }
  return ids
}

/**
 * A row: the common columns (who, deadline, working days left — negative = overdue — and the action) plus the
 * list's own fields. Built with Object.assign: V8 copies `{ ...base, extra }` through a slow path, which at
 * 100,000 rows costs seconds.
 */
export function signalRow<K extends SignalListKey, E extends object>(
  ctx: SignalContext,
  list: K,
  client: Client,
  deadline: CalendarDate,
  action: SignalAction,
  extra: E,
) {
  const base = {
    list,
    clientId: client.id,
    clientNumber: client.clientNumber,
    clientName: clientDisplayName(client),
    partnerId: client.partnerId,
    deadline,
    workingDaysLeft: ctx.calendar.workingDaysBetween(ctx.today, deadline),
    overdue: ctx.today > deadline,
    action,
  }
  return Object.assign(base, extra)
}

/**
 * "Active" for the lists: a subscription period bills today and no deregistration has been received
 * (a client on its way out needs no intake or contact follow-up). Returns today's plan, or null.
 */
export function activePlanToday(ctx: SignalContext, client: Client): Plan | null {
  if (ctx.deregisteredClientIds.has(client.id) || client.anonymisedDate !== null) return null
  const running = subscriptionOn(ctx.periodsByClient.get(client.id) ?? [], ctx.today)
  return running === null ? null : (ctx.plansById.get(running.planId) ?? null)
}

export function planName(ctx: SignalContext, planId: string): string {
  return ctx.plansById.get(planId)?.name ?? planId
}

/** Most urgent first; ties by client number. */
export function byDeadline(a: SignalRow, b: SignalRow): number {
  return a.deadline < b.deadline
    ? -1
    : a.deadline > b.deadline
      ? 1
      : compareClientNumbers(a.clientNumber, b.clientNumber) || compareText(a.clientId, b.clientId)
}
