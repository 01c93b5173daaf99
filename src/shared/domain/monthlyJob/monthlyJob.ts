import { billingPeriod, periodsOfQuarter, quarterOfPeriod, type BillingPeriod } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import type { Client } from '../../model/client'
import type { PeriodName, QuarterName } from '../../model/common'
import type { Invoice } from '../../model/invoice'
import type { Partner } from '../../model/partner'
import type { Plan } from '../../model/plan'
import type { Settings } from '../../model/settings'
import type { SubscriptionPeriod } from '../../model/subscription'
import type { Usage } from '../../model/usage'
import { buildInvoices } from '../invoicing/buildInvoice'
import { quarterlyCheck, type QuarterlyCheckRow } from '../quarterlyCheck/quarterlyCheck'
import { quarterStatus, type QuarterStatus } from '../quarterlyCheck/quarterStatus'
import { buildUsageReports, type UsageReport } from '../usage/usageReport'

/**
 * What the monthly job reads. A backup file's data fits as it is (the command line); the app reads the
 * same tables from its database, with only the usage of the periods the job needs (`usagePeriodsFor`).
 */
export interface MonthlyJobData {
  readonly settings: Settings
  readonly partners: readonly Partner[]
  readonly plans: readonly Plan[]
  readonly clients: readonly Client[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
  readonly usage: readonly Usage[]
  /** At least the invoices of the period: a standing final one is reproduced, never recomputed. */
  readonly invoices: readonly Invoice[]
}

/** Everything the monthly job computes for one billing period, before any file is written. */
export interface MonthlyComputation {
  readonly billing: BillingPeriod
  /** The quarter the period closes (periods 03, 06, 09, 12), or null. */
  readonly quarter: QuarterName | null
  /** Partners in the order the run goes over them (the order of the data). */
  readonly partners: readonly Partner[]
  /** One per partner with something to bill: the standing final invoice, otherwise a new concept. */
  readonly invoices: readonly Invoice[]
  /** One per partner, also for partners without clients in the period (their report says so). */
  readonly usageReports: readonly UsageReport[]
  /** Whether the quarter's check is VOORLOPIG; null when the period closes no quarter. */
  readonly checkStatus: QuarterStatus | null
  /** Every client billed in the quarter; null when the period closes no quarter. */
  readonly checkRows: readonly QuarterlyCheckRow[] | null
}

/** The quarter a period closes: `2026-12` → `2026-Q4`; null for periods in the middle of a quarter. */
export function quarterClosedBy(period: PeriodName): QuarterName | null {
  return Number(period.slice(5, 7)) % 3 === 0 ? quarterOfPeriod(period) : null
}

/**
 * Final invoices of the period that still stand, by partner. A re-run of a finalised period reproduces the
 * frozen invoice (spec rule 7) instead of making a concept; the same rule the invoice repository uses when it
 * skips such partners. An invoice is cancelled only when final credit notes took every one of its clients
 * and no correction bills them again; a partial credit leaves it standing. A correction is written on its own,
 * like a credit note, so it never stands in for the monthly invoice.
 */
export function standingFinalInvoices(invoices: readonly Invoice[], period: PeriodName): Map<string, Invoice> {
  const ofPeriod = invoices.filter((i) => i.period === period)
  const finals = ofPeriod.filter((i) => i.status === 'definitief')
  const standing = new Map<string, Invoice>()
  for (const invoice of finals) {
    if (invoice.kind !== 'factuur' || invoice.correctsInvoiceId !== null || isCancelled(invoice, finals, ofPeriod)) continue
    // Two standing finals cannot arise through the app; should a file hold them, the latest number wins.
    const other = standing.get(invoice.partnerId)
    if (!other || (other.number ?? '') < (invoice.number ?? '')) standing.set(invoice.partnerId, invoice)
  }
  return standing
}

function isCancelled(invoice: Invoice, finals: readonly Invoice[], ofPeriod: readonly Invoice[]): boolean {
  const credits = finals.filter((i) => i.kind === 'creditnota' && i.correctsInvoiceId === invoice.id)
  if (credits.length === 0) return false
  const credited = new Set(credits.flatMap((c) => c.lines.map((l) => l.clientId)))
  const corrected = ofPeriod.some((i) => i.kind === 'factuur' && i.correctsInvoiceId === invoice.id)
  return !corrected && invoice.lines.every((l) => credited.has(l.clientId))
}

/** The billing periods whose usage the job reads: the period itself, and the quarter's when it closes one. */
export function usagePeriodsFor(period: PeriodName): PeriodName[] {
  const quarter = quarterClosedBy(period)
  return quarter === null ? [period] : periodsOfQuarter(quarter)
}

/** Id of a concept made by a run; the app replaces it by its own id when it stores the concept. */
export function conceptInvoiceId(partnerId: string, period: PeriodName): string {
  return `concept|${partnerId}|${period}`
}

/**
 * Computes the period's invoices (concept), usage reports and, when the period closes a quarter, the
 * quarterly check, all with the domain engine. `today` is the invoice date. Pure: no files, no clock.
 * The app's invoicing screen and the command line both start here.
 */
export function computeMonthlyJob(data: MonthlyJobData, period: PeriodName, today: CalendarDate): MonthlyComputation {
  const startDay = data.settings.billingPeriodStartDay
  const billing = billingPeriod(period, startDay)
  const quarter = quarterClosedBy(billing.name)
  const finals = standingFinalInvoices(data.invoices, billing.name)
  const concepts = buildInvoices({
    partners: data.partners.filter((p) => !finals.has(p.id)),
    plans: data.plans,
    clients: data.clients,
    subscriptionPeriods: data.subscriptionPeriods,
    settings: data.settings,
    period: billing.name,
    invoiceDate: today,
    invoiceId: (partner) => conceptInvoiceId(partner.id, billing.name),
  })
  const byPartner = new Map<string, Invoice>([...finals, ...concepts.map((i) => [i.partnerId, i] as const)])
  const invoices = data.partners.flatMap((p) => byPartner.get(p.id) ?? [])
  const usageReports = buildUsageReports({
    partnerIds: data.partners.map((p) => p.id),
    plans: data.plans,
    clients: data.clients,
    subscriptionPeriods: data.subscriptionPeriods,
    usage: data.usage,
    period: billing.name,
    startDay,
  })
  const checkRows =
    quarter === null
      ? null
      : quarterlyCheck({
          quarter,
          partners: data.partners,
          plans: data.plans,
          clients: data.clients,
          subscriptionPeriods: data.subscriptionPeriods,
          usage: data.usage,
          startDay,
          tolerancePercent: data.settings.checkTolerancePercent,
        })
  const checkStatus = quarter === null ? null : quarterStatus(quarter, startDay, data.usage, today)
  return { billing, quarter, partners: data.partners, invoices, usageReports, checkRows, checkStatus }
}

/**
 * The invoices a run writes for the period, from what is stored: per partner the standing final invoice,
 * otherwise its concept. Credit invoices and corrections are written on their own when they are finalised.
 */
export function invoicesOfRun(invoices: readonly Invoice[], period: PeriodName): Invoice[] {
  const finals = standingFinalInvoices(invoices, period)
  const concepts = invoices.filter(
    (i) => i.period === period && i.kind === 'factuur' && i.status === 'concept' && i.correctsInvoiceId === null && !finals.has(i.partnerId),
  )
  return [...finals.values(), ...concepts]
}
