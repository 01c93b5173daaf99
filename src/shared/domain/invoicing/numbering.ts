import type { CalendarDate } from '../../calendar/calendarDate'
import { addDays, dateParts } from '../../calendar/dateMath'
import type { Invoice } from '../../model/invoice'
import { DomainRuleError } from '../errors'

/**
 * Gapless invoice numbers per year, `2026-0001` (spec rule 7, F1). Invoices and credit invoices share one
 * series. `existingNumbers` may hold numbers of other years; they are ignored. If the year's numbers are not
 * exactly 1…n the series is damaged and no number is handed out, so a gap can never be papered over.
 *
 * `issuedBefore` continues a series an earlier system started this year (settings `invoiceNumbering`): the
 * year's numbers are then `issuedBefore` + 1…n, and a stored number at or below it would be issued twice.
 */
export function nextInvoiceNumber(existingNumbers: readonly string[], year: number, issuedBefore = 0): string {
  const prefix = `${String(year).padStart(4, '0')}-`
  const seen = new Set<number>()
  for (const number of existingNumbers) {
    if (!number.startsWith(prefix)) continue
    const sequence = Number(number.slice(prefix.length))
    if (!/^\d{4}$/.test(number.slice(prefix.length)) || sequence === 0) {
      throw new DomainRuleError('ongeldig-factuurnummer', { number })
    }
    if (seen.has(sequence) || sequence <= issuedBefore) throw new DomainRuleError('dubbel-factuurnummer', { number })
    seen.add(sequence)
  }
  for (let i = issuedBefore + 1; i <= issuedBefore + seen.size; i++) {
    if (!seen.has(i)) {
      throw new DomainRuleError('gat-in-nummering', { year, number: `${prefix}${String(i).padStart(4, '0')}` })
    }
  }
  const next = issuedBefore + seen.size + 1
  if (next > 9999) throw new DomainRuleError('nummering-vol', { year })
  return `${prefix}${String(next).padStart(4, '0')}`
}

/** The last number an earlier system issued in `year`, as the settings record it; 0 when none. */
export function numbersIssuedBefore(numbering: { readonly year: number; readonly lastNumber: number } | undefined, year: number): number {
  return numbering?.year === year ? numbering.lastNumber : 0
}

/**
 * Finalising (spec rule 7): the invoice gets the next number of its year and is frozen. The invoice date is
 * the day it is finalised, so numbers rise with the invoice dates; the due date follows from it.
 */
export function finaliseInvoice(
  invoice: Invoice,
  input: {
    readonly existingNumbers: readonly string[]
    readonly finalisedDate: CalendarDate
    readonly paymentTermDays: number
    /** See `nextInvoiceNumber`; 0 when the year's series starts here. */
    readonly issuedBefore?: number
  },
): Invoice {
  if (invoice.status !== 'concept') {
    throw new DomainRuleError('al-definitief', { number: invoice.number ?? invoice.id })
  }
  return {
    ...invoice,
    status: 'definitief',
    number: nextInvoiceNumber(input.existingNumbers, dateParts(input.finalisedDate).year, input.issuedBefore ?? 0),
    invoiceDate: input.finalisedDate,
    dueDate: addDays(input.finalisedDate, input.paymentTermDays),
    finalisedDate: input.finalisedDate,
  }
}
