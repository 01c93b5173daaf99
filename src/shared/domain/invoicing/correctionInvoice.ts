import type { Invoice } from '../../model/invoice'
import type { Partner } from '../../model/partner'
import { DomainRuleError } from '../errors'
import { buildInvoice, type InvoiceData } from './buildInvoice'
import { isCreditable } from './partialCredit'

/**
 * The invoice that follows a partial credit (spec rule 7: "a correction is a credit invoice plus a new
 * invoice"): the credited clients billed again for the original's period from the current data, with the
 * same billing rule the monthly run uses, as a concept marked as correcting the original. Null when the
 * current data bills those clients nothing (the credit alone is the correction).
 */
export function correctionInvoice(
  original: Invoice,
  input: Omit<InvoiceData, 'period'> & { readonly id: string; readonly partner: Partner; readonly clientIds: readonly string[] },
): Invoice | null {
  if (!isCreditable(original)) throw new DomainRuleError('niet-crediteerbaar')
  if (input.partner.id !== original.partnerId) throw new DomainRuleError('niet-crediteerbaar')
  const chosen = new Set(input.clientIds)
  const invoice = buildInvoice({ ...input, period: original.period, clients: input.clients.filter((c) => chosen.has(c.id)) })
  if (invoice === null) return null
  return { ...invoice, correctsInvoiceId: original.id, correctsInvoiceNumber: original.number }
}
