import type { InvoiceProblemCode } from '../problems/invoice'

/** English words for every invoice problem (vue-i18n message syntax: `{name}` is a parameter). */
export const invoiceEn: Record<InvoiceProblemCode, string> = {
  'factuur-zonder-regels': 'The invoice cannot be made: an invoice without client lines is not made.',
  'factuur-bedrag-abonnement': 'The invoice cannot be made: the amount of {plan} differs from the client lines.',
  'factuur-regels-zonder-abonnement': 'The invoice cannot be made: there are client lines without a plan in the summary.',
  'factuur-subtotaal': 'The invoice cannot be made: the subtotal is not the sum of the client lines.',
  'factuur-totaal': 'The invoice cannot be made: the total is not the subtotal plus VAT.',
}
