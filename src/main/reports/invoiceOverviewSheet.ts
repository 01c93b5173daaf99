import type { InvoiceOverviewLine } from '@shared/reports/invoiceReport'
import type { Column } from '../excel/columns'

export const OVERVIEW_SHEET = 'Cliëntenoverzicht'

/** Columns of the client overview (spec rule 7): every client billed, with what finance needs to recompute a line. */
export const overviewColumns: readonly Column<InvoiceOverviewLine>[] = [
  { key: 'clientNumber', header: 'Cliëntnummer', kind: 'text', value: (l) => l.clientNumber },
  { key: 'clientName', header: 'Naam', kind: 'text', value: (l) => l.clientName, maxWidth: 32 },
  { key: 'plan', header: 'Abonnement', kind: 'text', value: (l) => l.planLabel, maxWidth: 26 },
  { key: 'from', header: 'Van', kind: 'date', value: (l) => l.from },
  { key: 'lastDay', header: 'Tot en met (laatste dag)', kind: 'date', value: (l) => l.lastDay, minWidth: 15 },
  { key: 'billedDays', header: 'Gefactureerde dagen', kind: 'integer', value: (l) => l.billedDays, minWidth: 12 },
  { key: 'fee', header: 'Tarief per maand', kind: 'money', value: (l) => l.feeCents },
  { key: 'amount', header: 'Bedrag excl. btw', kind: 'money', value: (l) => l.amountCents, total: { kind: 'sum' } },
]
