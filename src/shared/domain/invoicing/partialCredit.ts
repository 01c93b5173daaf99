import type { CalendarDate } from '../../calendar/calendarDate'
import { addDays } from '../../calendar/dateMath'
import type { Invoice, InvoiceLine, PlanSummary } from '../../model/invoice'
import { DomainRuleError } from '../errors'
import { compareClientNumbers } from '../ordering'
import { invoiceTotals } from './buildInvoice'

/**
 * Partial credit (spec rule 7: "a correction can credit some client lines of a final invoice"). The unit of
 * selection is the client: all of a client's lines go together, because the correction bills that client
 * again from the current data, and crediting one of two lines would bill the other twice.
 */

const negate = (cents: number): number => 0 - cents

/** Whether `invoice` is a final invoice (an original or a correction) whose lines can be credited. */
export function isCreditable(invoice: Invoice): boolean {
  return invoice.kind === 'factuur' && invoice.status === 'definitief' && invoice.number !== null
}

/** Clients of `original` already credited by a credit note (concept or final) among `invoices`. */
export function creditedClientIds(original: Invoice, invoices: readonly Invoice[]): Set<string> {
  return new Set(invoices.filter((i) => i.kind === 'creditnota' && i.correctsInvoiceId === original.id).flatMap((i) => i.lines.map((l) => l.clientId)))
}

/** One row of the credit dialog: a client of the invoice with all its lines, and whether it was credited before. */
export interface CreditableClient {
  readonly clientId: string
  readonly clientNumber: string
  readonly clientName: string
  readonly lines: readonly InvoiceLine[]
  readonly amountCents: number
  readonly credited: boolean
}

/** The invoice's clients in client-number order, each with its lines, marked when a credit note already took them. */
export function creditableClients(original: Invoice, invoices: readonly Invoice[]): CreditableClient[] {
  const credited = creditedClientIds(original, invoices)
  const byClient = new Map<string, InvoiceLine[]>()
  for (const line of original.lines) byClient.set(line.clientId, [...(byClient.get(line.clientId) ?? []), line])
  return [...byClient.entries()]
    .map(([clientId, lines]) => ({
      clientId,
      clientNumber: lines[0]?.clientNumber ?? '',
      clientName: lines[0]?.clientName ?? '',
      lines,
      amountCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
      credited: credited.has(clientId),
    }))
    .sort((a, b) => compareClientNumbers(a.clientNumber, b.clientNumber))
}

/** Ids of final invoices among `invoices` that still have a client no credit note has taken. */
export function invoicesWithCreditableLines(invoices: readonly Invoice[]): Set<string> {
  return new Set(invoices.filter((i) => isCreditable(i) && creditableClients(i, invoices).some((c) => !c.credited)).map((i) => i.id))
}

/** The plan summary of some of an invoice's lines, in the order the original summary has them. */
function summaryOf(lines: readonly InvoiceLine[], order: readonly PlanSummary[]): PlanSummary[] {
  return order.flatMap((s) => {
    const ofPlan = lines.filter((l) => l.planId === s.planId)
    if (ofPlan.length === 0) return []
    return [{ ...s, clients: new Set(ofPlan.map((l) => l.clientId)).size, amountCents: ofPlan.reduce((sum, l) => sum + l.amountCents, 0) }]
  })
}

export interface PartialCreditInput {
  readonly id: string
  readonly invoiceDate: CalendarDate
  readonly paymentTermDays: number
  /** The clients whose lines are credited; every client of the invoice credits it whole. */
  readonly clientIds: readonly string[]
  readonly reason: string
}

/**
 * A concept credit invoice for the chosen clients' lines of a final invoice: those lines negated, the plan
 * summary and totals recomputed over them (VAT as `invoiceTotals` computes it, at the original's rate), the
 * frozen partner and operator data of the original (spec F2), and the reason. `invoices` are the other
 * invoices of the partner and period: a client an earlier credit note took is refused.
 */
export function partialCreditInvoice(original: Invoice, invoices: readonly Invoice[], input: PartialCreditInput): Invoice {
  if (!isCreditable(original)) throw new DomainRuleError('niet-crediteerbaar')
  const reason = input.reason.trim()
  if (reason === '') throw new DomainRuleError('creditreden-ontbreekt')
  const chosen = new Set(input.clientIds)
  if (chosen.size === 0) throw new DomainRuleError('geen-regels-gekozen')
  const clients = creditableClients(original, invoices)
  const unknown = [...chosen].filter((id) => !clients.some((c) => c.clientId === id))
  if (unknown.length > 0) throw new DomainRuleError('regel-niet-op-factuur', { number: original.number ?? '' })
  const again = clients.filter((c) => c.credited && chosen.has(c.clientId))
  if (again.length > 0)
    throw new DomainRuleError('regel-al-gecrediteerd', { number: original.number ?? '', clients: again.map((c) => c.clientNumber).join(', ') })

  const lines = original.lines.filter((l) => chosen.has(l.clientId)).map((l) => ({ ...l, amountCents: negate(l.amountCents) }))
  return {
    ...original,
    id: input.id,
    kind: 'creditnota',
    status: 'concept',
    number: null,
    invoiceDate: input.invoiceDate,
    dueDate: addDays(input.invoiceDate, input.paymentTermDays),
    correctsInvoiceId: original.id,
    correctsInvoiceNumber: original.number,
    creditReason: reason,
    operator: { ...original.operator },
    partner: { ...original.partner, invoiceAddress: { ...original.partner.invoiceAddress } },
    lines,
    planSummary: summaryOf(lines, original.planSummary),
    ...invoiceTotals(lines, { vatRatePercent: original.vatRatePercent, vatExemptionText: original.vatExemptionText }),
    finalisedDate: null,
  }
}
