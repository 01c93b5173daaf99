import { billingPeriod, type BillingPeriod } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import { addDays } from '../../calendar/dateMath'
import { clientDisplayName, type Client } from '../../model/client'
import type { PeriodName } from '../../model/common'
import type { Invoice, InvoiceLine, PartnerSnapshot, PlanSummary } from '../../model/invoice'
import type { Partner } from '../../model/partner'
import type { Plan } from '../../model/plan'
import type { Settings } from '../../model/settings'
import type { SubscriptionPeriod } from '../../model/subscription'
import { coveredSegments } from '../coverage'
import { DomainRuleError } from '../errors'
import { groupPeriodsByClient } from '../lifecycle/subscriptionPeriods'
import { divideRounded, proRataCents } from '../rounding'
import { compareClientNumbers, compareText } from '../ordering'

/**
 * Monthly invoice per partner (spec rule 7): one line per client per subscription period overlapping the
 * billing period, `fee × billed days / period days` rounded per line half away from zero; the subtotal is the
 * sum of the rounded lines, so the client overview adds up to the invoice exactly.
 */

export function partnerSnapshot(partner: Partner): PartnerSnapshot {
  return {
    name: partner.name,
    shortCode: partner.shortCode,
    invoiceAddress: { ...partner.invoiceAddress },
    invoiceEmail: partner.invoiceEmail,
    debtorReference: partner.debtorReference,
    kvkNumber: partner.kvkNumber,
    oin: partner.oin,
    purchaseOrderReference: partner.purchaseOrderReference,
  }
}

function planOf(plansById: ReadonlyMap<string, Plan>, planId: string): Plan {
  const plan = plansById.get(planId)
  if (!plan) throw new DomainRuleError('onbekend-abonnement', { planId })
  return plan
}

/** The lines of one client in one billing period, in date order. */
export function clientInvoiceLines(
  client: Client,
  periods: readonly SubscriptionPeriod[],
  plansById: ReadonlyMap<string, Plan>,
  billing: BillingPeriod,
): InvoiceLine[] {
  return coveredSegments(periods, billing).map((segment) => {
    const plan = planOf(plansById, segment.subscription.planId)
    return {
      clientId: client.id,
      clientNumber: client.clientNumber,
      clientName: clientDisplayName(client),
      planId: plan.id,
      planCode: plan.code,
      planName: plan.name,
      feeCents: plan.monthlyFeeCents,
      from: segment.from,
      until: segment.until,
      billedDays: segment.days,
      periodDays: billing.days,
      amountCents: proRataCents(plan.monthlyFeeCents, segment.days, billing.days),
    }
  })
}

function compareLines(a: InvoiceLine, b: InvoiceLine): number {
  return compareClientNumbers(a.clientNumber, b.clientNumber) || compareText(a.clientId, b.clientId) || compareText(a.from, b.from)
}

/** Per plan: how many clients were billed on it and for how much, in catalogue order (small → large). */
export function summarisePlans(lines: readonly InvoiceLine[], plansById: ReadonlyMap<string, Plan>): PlanSummary[] {
  const byPlan = new Map<string, { clients: Set<string>; amountCents: number; line: InvoiceLine }>()
  for (const line of lines) {
    const entry = byPlan.get(line.planId) ?? { clients: new Set<string>(), amountCents: 0, line }
    entry.clients.add(line.clientId)
    entry.amountCents += line.amountCents
    byPlan.set(line.planId, entry)
  }
  const order = (planId: string): number => plansById.get(planId)?.sortOrder ?? Number.MAX_SAFE_INTEGER
  return [...byPlan.entries()]
    .sort(([a, x], [b, y]) => order(a) - order(b) || compareText(x.line.planCode, y.line.planCode))
    .map(([planId, entry]) => ({
      planId,
      planCode: entry.line.planCode,
      planName: entry.line.planName,
      clients: entry.clients.size,
      amountCents: entry.amountCents,
    }))
}

export interface InvoiceTotals {
  readonly subtotalCents: number
  readonly vatRatePercent: number
  readonly vatCents: number
  readonly totalCents: number
  readonly vatExemptionText: string
}

/** VAT over the subtotal per settings; at 0% the exemption text is printed instead (spec F1). */
export function invoiceTotals(lines: readonly InvoiceLine[], settings: Pick<Settings, 'vatRatePercent' | 'vatExemptionText'>): InvoiceTotals {
  const subtotalCents = lines.reduce((sum, l) => sum + l.amountCents, 0)
  const vatCents = divideRounded(subtotalCents * settings.vatRatePercent, 100)
  return {
    subtotalCents,
    vatRatePercent: settings.vatRatePercent,
    vatCents,
    totalCents: subtotalCents + vatCents,
    vatExemptionText: settings.vatRatePercent === 0 ? settings.vatExemptionText : '',
  }
}

export interface InvoiceData {
  readonly plans: readonly Plan[]
  readonly clients: readonly Client[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
  readonly settings: Settings
  readonly period: PeriodName
  readonly invoiceDate: CalendarDate
}

interface PreparedData {
  readonly plansById: ReadonlyMap<string, Plan>
  readonly periodsByClient: ReadonlyMap<string, SubscriptionPeriod[]>
  readonly billing: BillingPeriod
}

function prepare(data: InvoiceData): PreparedData {
  return {
    plansById: new Map(data.plans.map((p) => [p.id, p])),
    periodsByClient: groupPeriodsByClient(data.subscriptionPeriods),
    billing: billingPeriod(data.period, data.settings.billingPeriodStartDay),
  }
}

function assemble(id: string, partner: Partner, clients: readonly Client[], data: InvoiceData, prepared: PreparedData): Invoice | null {
  const lines = clients.flatMap((c) => clientInvoiceLines(c, prepared.periodsByClient.get(c.id) ?? [], prepared.plansById, prepared.billing)).sort(compareLines)
  // A partner with nothing to bill gets no invoice (spec rule 7).
  if (lines.length === 0) return null
  return {
    id,
    partnerId: partner.id,
    period: prepared.billing.name,
    periodFrom: prepared.billing.from,
    periodTo: prepared.billing.last,
    kind: 'factuur',
    status: 'concept',
    number: null,
    invoiceDate: data.invoiceDate,
    dueDate: addDays(data.invoiceDate, data.settings.paymentTermDays),
    correctsInvoiceId: null,
    correctsInvoiceNumber: null,
    operator: { ...data.settings.operator },
    partner: partnerSnapshot(partner),
    lines,
    planSummary: summarisePlans(lines, prepared.plansById),
    ...invoiceTotals(lines, data.settings),
    finalisedDate: null,
    ...(data.settings.demoData ? { demo: true as const } : {}),
  }
}

/**
 * The concept invoice of one partner for one billing period, or null when there is nothing to bill.
 * `clients` may hold every client; only the partner's own are billed.
 */
export function buildInvoice(input: InvoiceData & { readonly id: string; readonly partner: Partner }): Invoice | null {
  const clients = input.clients.filter((c) => c.partnerId === input.partner.id)
  return assemble(input.id, input.partner, clients, input, prepare(input))
}

/**
 * Concept invoices for many partners in one pass over the data (the monthly run). Partners with nothing to
 * bill are left out. `invoiceId` names each new invoice.
 */
export function buildInvoices(input: InvoiceData & { readonly partners: readonly Partner[]; readonly invoiceId: (partner: Partner) => string }): Invoice[] {
  const prepared = prepare(input)
  const clientsByPartner = new Map<string, Client[]>()
  for (const c of input.clients) {
    const list = clientsByPartner.get(c.partnerId)
    if (list) list.push(c)
    else clientsByPartner.set(c.partnerId, [c])
  }
  const invoices: Invoice[] = []
  for (const partner of input.partners) {
    const invoice = assemble(input.invoiceId(partner), partner, clientsByPartner.get(partner.id) ?? [], input, prepared)
    if (invoice) invoices.push(invoice)
  }
  return invoices
}
