import { billingPeriod, type BillingPeriod } from '../../calendar/billingPeriod'
import { clientDisplayName, type Client } from '../../model/client'
import type { PeriodName } from '../../model/common'
import type { Plan } from '../../model/plan'
import type { SubscriptionPeriod } from '../../model/subscription'
import type { Usage } from '../../model/usage'
import { coveredDays, coveredSegments } from '../coverage'
import { groupPeriodsByClient } from '../lifecycle/subscriptionPeriods'
import { roundMinutes } from '../rounding'
import { indexUsage, usageMinutes, type UsageIndex } from './aggregate'
import { hundredths, percentOfBundle, proRataBundle } from './bundle'
import { compareClientNumbers, compareText } from '../ordering'

/** One client in the monthly usage report (spec rule 8). Minutes are rounded to hundredths. */
export interface UsageReportRow {
  readonly clientId: string
  readonly clientNumber: string
  readonly clientName: string
  readonly partnerId: string
  /** Plans in the period in date order (usually one). */
  readonly planIds: string[]
  /** `Basis` or, after a change in the period, `Basis → Plus`. */
  readonly planLabel: string
  readonly coveredDays: number
  readonly periodDays: number
  /** The bundle, pro rata for a partly covered period. */
  readonly includedMinutes: number
  readonly callMinutes: number
  readonly registrationMinutes: number
  readonly totalMinutes: number
  /** Total as a percentage of the bundle, one decimal; null without a bundle. */
  readonly percentOfBundle: number | null
  readonly contacts: number
  /** Total above the (pro rata) bundle. */
  readonly outsideBundle: boolean
}

export interface UsageReportTotals {
  readonly clients: number
  readonly includedMinutes: number
  readonly callMinutes: number
  readonly registrationMinutes: number
  readonly totalMinutes: number
  readonly percentOfBundle: number | null
  readonly contacts: number
  readonly clientsOutsideBundle: number
}

export interface UsageReport {
  readonly partnerId: string
  readonly period: PeriodName
  readonly periodFrom: string
  readonly periodTo: string
  readonly rows: UsageReportRow[]
  readonly totals: UsageReportTotals
}

interface Indexes {
  readonly plansById: ReadonlyMap<string, Plan>
  readonly periodsByClient: ReadonlyMap<string, SubscriptionPeriod[]>
  readonly usage: UsageIndex
  readonly billing: BillingPeriod
}

function reportRow(client: Client, ix: Indexes): UsageReportRow | null {
  const segments = coveredSegments(ix.periodsByClient.get(client.id) ?? [], ix.billing)
  const usage = ix.usage.get(client.id, ix.billing.name)
  // A client appears when it was billed in the period or when usage was recorded for it.
  if (segments.length === 0 && usage === undefined) return null
  const planIds = segments.map((s) => s.subscription.planId).filter((id, i, all) => i === 0 || all[i - 1] !== id)
  const includedMinutes = proRataBundle(segments, ix.plansById, ix.billing)
  const totalMinutes = usageMinutes(usage)
  return {
    clientId: client.id,
    clientNumber: client.clientNumber,
    clientName: clientDisplayName(client),
    partnerId: client.partnerId,
    planIds,
    planLabel: planIds.map((id) => ix.plansById.get(id)?.name ?? id).join(' → '),
    coveredDays: coveredDays(segments),
    periodDays: ix.billing.days,
    includedMinutes,
    callMinutes: roundMinutes(usage?.callMinutes ?? 0),
    registrationMinutes: roundMinutes(usage?.registrationMinutes ?? 0),
    totalMinutes,
    percentOfBundle: percentOfBundle(totalMinutes, includedMinutes),
    contacts: usage?.contacts ?? 0,
    outsideBundle: hundredths(totalMinutes) > hundredths(includedMinutes),
  }
}

function totalsOf(rows: readonly UsageReportRow[]): UsageReportTotals {
  const sum = (pick: (r: UsageReportRow) => number): number => roundMinutes(rows.reduce((s, r) => s + pick(r), 0))
  const includedMinutes = sum((r) => r.includedMinutes)
  const totalMinutes = sum((r) => r.totalMinutes)
  return {
    clients: rows.length,
    includedMinutes,
    callMinutes: sum((r) => r.callMinutes),
    registrationMinutes: sum((r) => r.registrationMinutes),
    totalMinutes,
    percentOfBundle: percentOfBundle(totalMinutes, includedMinutes),
    contacts: rows.reduce((s, r) => s + r.contacts, 0),
    clientsOutsideBundle: rows.filter((r) => r.outsideBundle).length,
  }
}

export interface UsageReportData {
  readonly plans: readonly Plan[]
  readonly clients: readonly Client[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
  readonly usage: readonly Usage[]
  readonly period: PeriodName
  readonly startDay: number
}

function indexes(data: UsageReportData): Indexes {
  return {
    plansById: new Map(data.plans.map((p) => [p.id, p])),
    periodsByClient: groupPeriodsByClient(data.subscriptionPeriods),
    usage: indexUsage(data.usage.filter((u) => u.period === data.period)),
    billing: billingPeriod(data.period, data.startDay),
  }
}

function report(partnerId: string, clients: readonly Client[], ix: Indexes): UsageReport {
  const rows = clients
    .map((c) => reportRow(c, ix))
    .filter((r): r is UsageReportRow => r !== null)
    .sort((a, b) => compareClientNumbers(a.clientNumber, b.clientNumber) || compareText(a.clientId, b.clientId))
  return { partnerId, period: ix.billing.name, periodFrom: ix.billing.from, periodTo: ix.billing.last, rows, totals: totalsOf(rows) }
}

/** The monthly usage report of one partner (spec rule 8); `clients` may hold every client. */
export function buildUsageReport(data: UsageReportData & { readonly partnerId: string }): UsageReport {
  return report(
    data.partnerId,
    data.clients.filter((c) => c.partnerId === data.partnerId),
    indexes(data),
  )
}

/** Usage reports for many partners in one pass (the monthly run and the internal overview across partners). */
export function buildUsageReports(data: UsageReportData & { readonly partnerIds: readonly string[] }): UsageReport[] {
  const ix = indexes(data)
  const byPartner = new Map<string, Client[]>()
  for (const c of data.clients) {
    const list = byPartner.get(c.partnerId)
    if (list) list.push(c)
    else byPartner.set(c.partnerId, [c])
  }
  return data.partnerIds.map((id) => report(id, byPartner.get(id) ?? [], ix))
}
