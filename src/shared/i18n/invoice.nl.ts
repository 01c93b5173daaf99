import type { InvoiceProblemCode } from '../problems/invoice'

/** Dutch words for every invoice problem (vue-i18n message syntax: `{name}` is a parameter). */
export const invoiceNl: Record<InvoiceProblemCode, string> = {
  'factuur-zonder-regels': 'Factuur kan niet worden gemaakt: een factuur zonder cliëntregels wordt niet gemaakt.',
  'factuur-bedrag-abonnement': 'Factuur kan niet worden gemaakt: het bedrag van {plan} wijkt af van de cliëntregels.',
  'factuur-regels-zonder-abonnement': 'Factuur kan niet worden gemaakt: er zijn cliëntregels zonder abonnementsvorm in de samenvatting.',
  'factuur-subtotaal': 'Factuur kan niet worden gemaakt: het subtotaal is niet de som van de cliëntregels.',
  'factuur-totaal': 'Factuur kan niet worden gemaakt: het totaal is niet subtotaal plus btw.',
}
