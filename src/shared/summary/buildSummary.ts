import type { BillingPeriod } from '../calendar/billingPeriod'
import type { CalendarDate } from '../calendar/calendarDate'
import type { QuarterName } from '../model/common'
import type { Invoice } from '../model/invoice'
import type { Partner } from '../model/partner'
import type { Plan } from '../model/plan'
import type { QuarterlyCheckRow } from '../domain/quarterlyCheck/quarterlyCheck'
import type { QuarterStatus } from '../domain/quarterlyCheck/quarterStatus'
import type { UsageReport, UsageReportRow } from '../domain/usage/usageReport'
import { compareClientNumbers, compareText } from '../domain/ordering'
import { roundMinutes } from '../domain/rounding'
import { invoicePaymentReference } from '../reports/paymentReference'
import { SUMMARY_FORMAT, SUMMARY_VERSION, type Summary, type SummaryClient, type SummaryFile, type SummaryPartner } from './schema'

export interface SummaryInput {
  readonly billing: Pick<BillingPeriod, 'name' | 'from' | 'last'>
  readonly quarter: QuarterName | null
  readonly generatedOn: CalendarDate
  readonly backupExportedAt: string
  /** Every partner the run went over, in the order of the run. */
  readonly partners: readonly Partner[]
  readonly plans: readonly Plan[]
  readonly invoices: readonly Invoice[]
  readonly usageReports: readonly UsageReport[]
  /** Null when the period closes no quarter. */
  readonly checkRows: readonly QuarterlyCheckRow[] | null
  /** Null when the period closes no quarter. */
  readonly checkStatus: QuarterStatus | null
  readonly files: readonly SummaryFile[]
  /** The data is demo data (settings.demoData). */
  readonly demoData?: boolean
}

interface ClientFacts {
  clientId: string
  clientNumber: string
  partnerId: string
  plans: string[]
  lastPlanId: string | null
  billedDays: number
  amountCents: number
  usage: UsageReportRow | null
  check: QuarterlyCheckRow | null
}

/**
 * Gathers what the run computed into the shape of `summary.json`: per partner its invoice (or none) and
 * files, per client what was billed, used and checked. Clients are identified by id and number only:
 * the summary is for tools, and names are personal data that need not be in it.
 */
export function buildSummary(input: SummaryInput): Summary {
  const planCode = new Map(input.plans.map((p) => [p.id, p.code]))
  const codeOf = (planId: string): string => planCode.get(planId) ?? planId
  const clients = new Map<string, ClientFacts>()
  const factsOf = (clientId: string, clientNumber: string, partnerId: string): ClientFacts => {
    let facts = clients.get(clientId)
    if (!facts) {
      facts = { clientId, clientNumber, partnerId, plans: [], lastPlanId: null, billedDays: 0, amountCents: 0, usage: null, check: null }
      clients.set(clientId, facts)
    }
    return facts
  }

  for (const invoice of input.invoices) {
    for (const line of [...invoice.lines].sort((a, b) => compareText(a.from, b.from))) {
      const facts = factsOf(line.clientId, line.clientNumber, invoice.partnerId)
      if (facts.plans.at(-1) !== line.planCode) facts.plans.push(line.planCode)
      facts.lastPlanId = line.planId
      facts.billedDays += line.billedDays
      facts.amountCents += line.amountCents
    }
  }
  for (const report of input.usageReports) {
    for (const row of report.rows) factsOf(row.clientId, row.clientNumber, row.partnerId).usage = row
  }
  for (const row of input.checkRows ?? []) factsOf(row.clientId, row.clientNumber, row.partnerId).check = row

  const invoiceOf = new Map(input.invoices.map((i) => [i.partnerId, i]))
  const reportOf = new Map(input.usageReports.map((r) => [r.partnerId, r]))
  const partners: SummaryPartner[] = input.partners.map((partner) => {
    const invoice = invoiceOf.get(partner.id)
    const report = reportOf.get(partner.id)
    return {
      partnerId: partner.id,
      name: partner.name,
      shortCode: partner.shortCode,
      invoice: invoice
        ? {
            status: invoice.status,
            number: invoice.number,
            paymentReference: invoicePaymentReference(invoice),
            buyerReference: invoice.partner.purchaseOrderReference,
            subtotalCents: invoice.subtotalCents,
            vatCents: invoice.vatCents,
            totalCents: invoice.totalCents,
            lines: invoice.lines.map((l) => ({
              clientId: l.clientId,
              clientNumber: l.clientNumber,
              planCode: l.planCode,
              from: l.from,
              until: l.until,
              billedDays: l.billedDays,
              amountCents: l.amountCents,
            })),
          }
        : null,
      usageClients: report?.rows.length ?? 0,
      usageMinutes: report?.totals.totalMinutes ?? 0,
      files: input.files.filter((f) => f.partnerId === partner.id).map((f) => f.fileName),
    }
  })

  const partnerOrder = new Map(input.partners.map((p, i) => [p.id, i]))
  const summaryClients: SummaryClient[] = [...clients.values()]
    .sort(
      (a, b) =>
        (partnerOrder.get(a.partnerId) ?? Infinity) - (partnerOrder.get(b.partnerId) ?? Infinity) ||
        compareText(a.partnerId, b.partnerId) ||
        compareClientNumbers(a.clientNumber, b.clientNumber) ||
        compareText(a.clientId, b.clientId),
    )
    .map((f) => {
      const plans = f.plans.length > 0 ? f.plans : (f.usage?.planIds.map(codeOf) ?? [])
      const lastPlanId = f.lastPlanId ?? f.usage?.planIds.at(-1) ?? f.check?.currentPlanId ?? null
      return {
        clientId: f.clientId,
        clientNumber: f.clientNumber,
        partnerId: f.partnerId,
        plan: lastPlanId === null ? null : codeOf(lastPlanId),
        plans,
        billedDays: f.billedDays,
        amountCents: f.amountCents,
        includedMinutes: f.usage?.includedMinutes ?? 0,
        usageMinutes: f.usage?.totalMinutes ?? 0,
        checkOutcome: f.check?.outcome ?? null,
        recommendedPlan: f.check?.recommendedPlanId == null ? null : codeOf(f.check.recommendedPlanId),
      }
    })

  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    period: input.billing.name,
    periodFrom: input.billing.from,
    periodTo: input.billing.last,
    quarter: input.quarter,
    quarterlyCheck:
      input.checkStatus === null
        ? null
        : {
            quarter: input.checkStatus.quarter,
            provisional: input.checkStatus.provisional,
            lastPeriodRunning: input.checkStatus.running,
            periodsWithoutUsage: [...input.checkStatus.periodsWithoutUsage],
          },
    generatedOn: input.generatedOn,
    backupExportedAt: input.backupExportedAt,
    ...(input.demoData ? { demoData: true as const } : {}),
    totals: {
      partners: partners.length,
      invoices: input.invoices.length,
      invoiceTotalCents: input.invoices.reduce((sum, i) => sum + i.totalCents, 0),
      clients: summaryClients.length,
      usageMinutes: roundMinutes(input.usageReports.reduce((sum, r) => sum + r.totals.totalMinutes, 0)),
      files: input.files.length,
    },
    files: [...input.files],
    partners,
    clients: summaryClients,
  }
}
