import { addDays } from '../calendar/dateMath'
import { formatDate } from '../format/date'
import type { Invoice } from '../model/invoice'
import type { PartnerSnapshot } from '../model/invoice'
import { invoicePaymentReference } from '../reports/paymentReference'
import { invoiceNote } from '../reports/invoiceReport'
import { buildUblCreditNote, buildUblInvoice, type UblLine, type UblParty } from './ublInvoice'

/**
 * Why an invoice gets no UBL file. `no-buyer-id`: the partner has neither KvK number nor OIN (BR-NL-10 needs
 * one), the invoicing screen lists these partners; `seller-kvk` / `seller-vat`: the operator's KvK number
 * (BR-NL-1) or VAT id (BR-E-02) is missing; `not-exempt`: the file is written for exempt care only (one tax
 * breakdown of category E, BR-E-10), which is what the operator invoices; `concept`: only final documents
 * go out as e-invoices; `exemption-text`: exempt without the exemption text BR-E-10 demands.
 */
/** The note (BT-22) of a demo invoice's e-invoice: it can never pass for a real one. */
export const EXAMPLE_NOTE = 'VOORBEELD – geen echte factuur'

export type UblSkipReason = 'concept' | 'no-buyer-id' | 'seller-kvk' | 'seller-vat' | 'not-exempt' | 'exemption-text'

export type UblDocument = { ok: true; kind: 'Invoice' | 'CreditNote'; xml: string } | { ok: false; reason: UblSkipReason }

/** The buyer's identifier: the OIN when it has one (government bodies receive on their OIN), else the KvK number. */
export function buyerLegalId(partner: Pick<PartnerSnapshot, 'kvkNumber' | 'oin'>): UblParty['legalId'] | null {
  if (partner.oin !== '') return { scheme: '0190', value: partner.oin }
  if (partner.kvkNumber !== '') return { scheme: '0106', value: partner.kvkNumber }
  return null
}

/**
 * The partners whose invoices go out without an e-invoice because their frozen partner data hold neither
 * KvK number nor OIN (the invoicing screen lists them), once each, in the order given.
 */
export function partnersWithoutEInvoice(invoices: readonly Pick<Invoice, 'partnerId' | 'kind' | 'partner'>[]): { partnerId: string; name: string }[] {
  const seen = new Map<string, string>()
  for (const invoice of invoices)
    if (invoice.kind === 'factuur' && buyerLegalId(invoice.partner) === null && !seen.has(invoice.partnerId)) seen.set(invoice.partnerId, invoice.partner.name)
  return [...seen].map(([partnerId, name]) => ({ partnerId, name }))
}

/** BuyerReference (BR-NL-2): "uw kenmerk", else the debtor reference, else the partner's short code. */
export function buyerReference(partner: Pick<PartnerSnapshot, 'purchaseOrderReference' | 'debtorReference' | 'shortCode'>): string {
  return partner.purchaseOrderReference || partner.debtorReference || partner.shortCode
}

/**
 * One UBL line per client line of the overview (client number, plan, days billed; no client name: the
 * e-invoice passes through access points, and the number is what the partner's ECD knows). Quantity 1 at
 * the line's amount, so every line and the total equal the PDF and the workbook to the cent.
 */
function ublLines(invoice: Invoice): UblLine[] {
  return invoice.lines.map((line, index) => {
    const cents = Math.abs(line.amountCents)
    return {
      id: String(index + 1),
      name: `${line.planName}, cliënt ${line.clientNumber}, ${formatDate(line.from)} t/m ${formatDate(addDays(line.until, -1))} (${line.billedDays} van ${line.periodDays} dagen)`,
      quantity: 1,
      unitPriceCents: cents,
      amountCents: cents,
    }
  })
}

/**
 * The SI-UBL 2.0 file of a final invoice (`Invoice`) or credit note (`CreditNote`, positive amounts with a
 * reference to the credited invoice), from the frozen invoice only, or why there is none.
 */
export function invoiceToUbl(invoice: Invoice): UblDocument {
  if (invoice.status !== 'definitief' || invoice.number === null) return { ok: false, reason: 'concept' }
  const buyerId = buyerLegalId(invoice.partner)
  if (buyerId === null) return { ok: false, reason: 'no-buyer-id' }
  const op = invoice.operator
  if (op.kvkNumber === '') return { ok: false, reason: 'seller-kvk' }
  if (op.vatNumber === '') return { ok: false, reason: 'seller-vat' }
  if (invoice.vatRatePercent !== 0) return { ok: false, reason: 'not-exempt' }
  if (invoice.vatExemptionText.trim() === '') return { ok: false, reason: 'exemption-text' }
  const seller = {
    name: op.name,
    street: op.street,
    postcode: op.postcode,
    city: op.city,
    legalId: { scheme: '0106' as const, value: op.kvkNumber },
    vatId: op.vatNumber,
  }
  const address = invoice.partner.invoiceAddress
  const buyer: UblParty = { name: invoice.partner.name, street: address.street, postcode: address.postcode, city: address.city, legalId: buyerId }
  const common = {
    number: invoice.number,
    issueDate: invoice.invoiceDate,
    buyerReference: buyerReference(invoice.partner),
    seller,
    buyer,
    iban: op.iban,
    exemptionText: invoice.vatExemptionText,
    lines: ublLines(invoice),
    // One note at most (PEPPOL-EN16931-R002): a demo's mark and a credit's reason share it.
    note: [invoice.demo ? EXAMPLE_NOTE : '', invoiceNote(invoice)].filter((part) => part !== '').join(' – '),
  }
  if (invoice.kind === 'creditnota') {
    return { ok: true, kind: 'CreditNote', xml: buildUblCreditNote({ ...common, creditedInvoiceNumber: invoice.correctsInvoiceNumber ?? '' }) }
  }
  const paymentId = invoicePaymentReference(invoice) ?? invoice.number
  return { ok: true, kind: 'Invoice', xml: buildUblInvoice({ ...common, dueDate: invoice.dueDate, paymentId }) }
}
