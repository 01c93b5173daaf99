/**
 * The catalogue of invoice problems: why a stored invoice cannot be written as a workbook because its
 * figures do not add up (src/shared/reports/invoiceReport.ts), by code, with the names of their parameters.
 * Only a damaged record gets here (the domain builds invoices that add up), so they are their own catalogue
 * rather than business rules. The words are in src/shared/i18n/invoice.*.ts; never rename a code.
 */
export const INVOICE_PROBLEMS = {
  'factuur-zonder-regels': [],
  'factuur-bedrag-abonnement': ['plan'],
  'factuur-regels-zonder-abonnement': [],
  'factuur-subtotaal': [],
  'factuur-totaal': [],
} as const satisfies Record<string, readonly string[]>

export type InvoiceProblemCode = keyof typeof INVOICE_PROBLEMS

export function isInvoiceProblemCode(value: unknown): value is InvoiceProblemCode {
  return typeof value === 'string' && Object.hasOwn(INVOICE_PROBLEMS, value)
}
