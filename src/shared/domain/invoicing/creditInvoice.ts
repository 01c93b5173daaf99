import type { CalendarDate } from '../../calendar/calendarDate'
import { addDays } from '../../calendar/dateMath'
import type { Invoice } from '../../model/invoice'
import { DomainRuleError } from '../errors'

const negate = (cents: number): number => 0 - cents

/**
 * A credit invoice that exactly negates a final invoice (spec rule 7: a final invoice never changes; a
 * correction is a credit invoice plus a new invoice). Every line, plan amount and total is the original's
 * with the sign reversed; days and fees stay as they were, and the partner and operator data are the
 * frozen copies from the original (spec F2). It starts as a concept and is numbered when finalised.
 */
export function creditInvoice(
  original: Invoice,
  input: { readonly id: string; readonly invoiceDate: CalendarDate; readonly paymentTermDays: number },
): Invoice {
  if (original.kind !== 'factuur' || original.status !== 'definitief' || original.number === null) {
    throw new DomainRuleError('niet-crediteerbaar')
  }
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
    operator: { ...original.operator },
    partner: { ...original.partner, invoiceAddress: { ...original.partner.invoiceAddress } },
    lines: original.lines.map((line) => ({ ...line, amountCents: negate(line.amountCents) })),
    planSummary: original.planSummary.map((s) => ({ ...s, amountCents: negate(s.amountCents) })),
    subtotalCents: negate(original.subtotalCents),
    vatCents: negate(original.vatCents),
    totalCents: negate(original.totalCents),
    finalisedDate: null,
  }
}
