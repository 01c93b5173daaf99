import { addDays } from '../calendar/dateMath'
import type { CalendarDate } from '../calendar/calendarDate'
import { formatDate } from '../format/date'
import { formatMoney } from '../format/money'
import type { Invoice, InvoiceLine } from '../model/invoice'
import { formatPaymentReference, invoicePaymentReference } from './paymentReference'

/**
 * The texts and figures of an invoice workbook, derived from the frozen `Invoice` alone (spec F2: a reprint
 * shows the partner and operator data as they were). Pure, so the wording is tested without Excel.
 */
export interface InvoicePlanRow {
  /** Unique within the invoice (case-insensitive), so the workbook can total the client overview per plan. */
  readonly label: string
  readonly clients: number
  /** The plan's monthly fee (unit price) when all its lines share one; null when the fee changed within the period. */
  readonly feeCents: number | null
  readonly amountCents: number
}

export interface InvoiceOverviewLine {
  readonly clientNumber: string
  readonly clientName: string
  readonly planLabel: string
  readonly from: CalendarDate
  /** Last billed day, inclusive: the line's exclusive `until` minus one day. */
  readonly lastDay: CalendarDate
  readonly billedDays: number
  readonly feeCents: number
  readonly amountCents: number
}

export interface InvoiceView {
  readonly isCredit: boolean
  readonly isConcept: boolean
  /** `FACTUUR`, `CREDITNOTA`, `CONCEPTFACTUUR`, `CONCEPT-CREDITNOTA`. */
  readonly documentTitle: string
  /** Demo data: marked VOORBEELD in the title and across every page. */
  readonly isExample: boolean
  /** The number, or `CONCEPT` before finalisation. */
  readonly numberText: string
  readonly planRows: readonly InvoicePlanRow[]
  readonly lines: readonly InvoiceOverviewLine[]
  readonly clientCount: number
  /** Nature and extent of the service (spec F1), ending with `note` when there is one. */
  readonly description: string
  /** `Reden: …` on a credit note made with a reason, `Correctie op factuur …` on a correction; '' otherwise. */
  readonly note: string
  readonly paymentText: string
  /** The 16-digit betalingskenmerk of a final invoice; null for concepts and credit notes. */
  readonly paymentReference: string | null
  /** "Uw kenmerk" as frozen with the invoice; '' when the partner has none. */
  readonly buyerReference: string
  readonly vatLabel: string
  readonly totalLabel: string
}

/** Which check a stored invoice failed. Only a damaged database gets here; main tells the clerk which invoice. */
export type InvoiceCheck = 'no-lines' | 'plan-amount' | 'plan-missing' | 'subtotal' | 'total'

/** A stored invoice that does not add up; `check` names why, the message is for developers. */
export class InconsistentInvoiceError extends Error {
  constructor(
    readonly check: InvoiceCheck,
    detail: string,
  ) {
    super(`Invoice cannot be made: ${detail}`)
    this.name = 'InconsistentInvoiceError'
  }
}

/** `NL91ABNA0417164300` → `NL91 ABNA 0417 1643 00`, the way IBANs are printed. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ')
}

function planLabels(invoice: Invoice): Map<string, string> {
  const nameCount = new Map<string, number>()
  for (const s of invoice.planSummary) nameCount.set(s.planName.toLocaleLowerCase('nl'), (nameCount.get(s.planName.toLocaleLowerCase('nl')) ?? 0) + 1)
  const labels = new Map<string, string>()
  for (const s of invoice.planSummary) {
    const unique = nameCount.get(s.planName.toLocaleLowerCase('nl')) === 1
    labels.set(s.planId, unique ? s.planName : `${s.planName} (${s.planCode})`)
  }
  return labels
}

/**
 * A written invoice must add up: lines → plans → subtotal → total. The domain guarantees it; checking here
 * means a damaged record can never produce a workbook whose formulas disagree with its printed amounts.
 */
function checkTotals(invoice: Invoice): void {
  if (invoice.lines.length === 0) throw new InconsistentInvoiceError('no-lines', 'no client lines')
  const byPlan = new Map<string, number>()
  let subtotal = 0
  for (const line of invoice.lines) {
    byPlan.set(line.planId, (byPlan.get(line.planId) ?? 0) + line.amountCents)
    subtotal += line.amountCents
  }
  for (const s of invoice.planSummary) {
    if ((byPlan.get(s.planId) ?? 0) !== s.amountCents)
      throw new InconsistentInvoiceError('plan-amount', `the amount of plan ${s.planId} differs from its client lines`)
    byPlan.delete(s.planId)
  }
  if (byPlan.size > 0) throw new InconsistentInvoiceError('plan-missing', 'client lines whose plan is missing from the summary')
  if (subtotal !== invoice.subtotalCents) throw new InconsistentInvoiceError('subtotal', 'the subtotal is not the sum of the client lines')
  if (invoice.subtotalCents + invoice.vatCents !== invoice.totalCents) throw new InconsistentInvoiceError('total', 'the total is not subtotal plus VAT')
}

function overviewLine(line: InvoiceLine, labels: ReadonlyMap<string, string>): InvoiceOverviewLine {
  return {
    clientNumber: line.clientNumber,
    clientName: line.clientName,
    planLabel: labels.get(line.planId) ?? line.planName,
    from: line.from,
    lastDay: addDays(line.until, -1),
    billedDays: line.billedDays,
    feeCents: line.feeCents,
    amountCents: line.amountCents,
  }
}

function planFee(invoice: Invoice, planId: string): number | null {
  const fees = new Set(invoice.lines.filter((l) => l.planId === planId).map((l) => l.feeCents))
  return fees.size === 1 ? [...fees][0]! : null
}

/** What a correction says about itself: the reason of a credit note, the invoice a new invoice corrects. */
export function invoiceNote(invoice: Pick<Invoice, 'kind' | 'correctsInvoiceNumber' | 'creditReason'>): string {
  if (invoice.kind === 'creditnota') return invoice.creditReason ? `Reden: ${invoice.creditReason}` : ''
  return invoice.correctsInvoiceNumber ? `Correctie op factuur ${invoice.correctsInvoiceNumber}.` : ''
}

export function invoiceView(invoice: Invoice): InvoiceView {
  checkTotals(invoice)
  const isCredit = invoice.kind === 'creditnota'
  const isConcept = invoice.status === 'concept' || invoice.number === null
  const labels = planLabels(invoice)
  const clientCount = new Set(invoice.lines.map((l) => l.clientId)).size
  const period = `facturatieperiode ${invoice.period} (${formatDate(invoice.periodFrom)} t/m ${formatDate(invoice.periodTo)})`
  const note = invoiceNote(invoice)
  const service = isCredit
    ? `Creditering van factuur ${invoice.correctsInvoiceNumber ?? ''}: begeleiding op afstand (24x7, telefonisch en via beeldbellen) op abonnementsbasis voor ${clientCount} cliënt${clientCount === 1 ? '' : 'en'}, ${period}.`
    : `Begeleiding op afstand (24x7, telefonisch en via beeldbellen) op abonnementsbasis voor ${clientCount} cliënt${clientCount === 1 ? '' : 'en'}, ${period}. Per cliënt naar rato van de gefactureerde dagen; specificatie op het tabblad Cliëntenoverzicht.`
  const description = note === '' ? service : `${service} ${note}`
  const paymentReference = invoicePaymentReference(invoice)
  const reference =
    paymentReference === null
      ? isConcept
        ? 'het factuurnummer'
        : `factuurnummer ${invoice.number}`
      : `betalingskenmerk ${formatPaymentReference(paymentReference)}`
  const iban = invoice.operator.iban === '' ? '' : ` op rekening ${formatIban(invoice.operator.iban)}`
  const paymentText = isCredit
    ? `Het bedrag van deze creditnota (${formatMoney(Math.abs(invoice.totalCents))}) wordt verrekend of aan u terugbetaald.`
    : `Wij verzoeken u het totaalbedrag van ${formatMoney(invoice.totalCents)} uiterlijk ${formatDate(invoice.dueDate)} over te maken${iban} ten name van ${invoice.operator.name}, onder vermelding van ${reference}.`
  return {
    isCredit,
    isConcept,
    documentTitle: `${invoice.demo ? 'VOORBEELD ' : ''}${isConcept ? (isCredit ? 'CONCEPT-CREDITNOTA' : 'CONCEPTFACTUUR') : isCredit ? 'CREDITNOTA' : 'FACTUUR'}`,
    isExample: invoice.demo === true,
    numberText: isConcept ? 'CONCEPT' : (invoice.number ?? 'CONCEPT'),
    planRows: invoice.planSummary.map((s) => ({
      label: labels.get(s.planId) ?? s.planName,
      clients: s.clients,
      feeCents: planFee(invoice, s.planId),
      amountCents: s.amountCents,
    })),
    lines: invoice.lines.map((l) => overviewLine(l, labels)),
    clientCount,
    description,
    note,
    paymentText,
    paymentReference,
    buyerReference: invoice.partner.purchaseOrderReference,
    vatLabel: invoice.vatRatePercent === 0 ? 'Btw' : `Btw ${invoice.vatRatePercent}%`,
    totalLabel: isCredit ? 'Totaal te crediteren' : 'Totaal te betalen',
  }
}
