import type { Invoice } from '../model/invoice'
import { betalingskenmerkForSequence } from '../payment/betalingskenmerk'

/**
 * The betalingskenmerk of a final invoice, or null for a concept or a credit note (those carry none).
 * The invoice number `2026-0001` is unique per operator and never reused, so its digits `20260001`, padded
 * to 15, give a unique reference that a reprint reproduces (spec F2). docs/e-invoice.md.
 */
export function invoicePaymentReference(invoice: Pick<Invoice, 'kind' | 'status' | 'number'>): string | null {
  if (invoice.kind !== 'factuur' || invoice.status !== 'definitief' || invoice.number === null) return null
  const made = betalingskenmerkForSequence(Number(invoice.number.replace('-', '')))
  // The number schema (`\d{4}-\d{4}`) makes 8 digits; a failure here is a programming error.
  if (!made.ok) throw new Error(`No betalingskenmerk for invoice number ${invoice.number}`)
  return made.value
}

/** `5000056789012345` → `5000 0567 8901 2345`, the way banks print a betalingskenmerk. */
export function formatPaymentReference(reference: string): string {
  return reference.replace(/(\d{4})(?=\d)/g, '$1 ')
}
