import type { CalendarDate } from '@shared/calendar/calendarDate'
import type { Invoice } from '@shared/model/invoice'
import { safeFileName } from '../files/fileNames'

/** Demo data's documents say so in their name, on every page and in their title: they are no real invoices. */
export const EXAMPLE_MARK = 'VOORBEELD'

/**
 * File names that say what a file is, sortable and valid on Windows and macOS (characters those refuse
 * are replaced by safeFileName): `Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx`.
 */
export function invoiceFileName(
  invoice: Pick<Invoice, 'kind' | 'number' | 'status' | 'period' | 'demo'> & { partner: { name: string } },
  extension: InvoiceFileExtension = 'xlsx',
): string {
  const kind = invoice.kind === 'creditnota' ? 'Creditnota' : 'Factuur'
  const number = invoice.status === 'concept' || invoice.number === null ? 'CONCEPT' : invoice.number
  return safeFileName(`${invoice.demo ? `${EXAMPLE_MARK} ` : ''}${kind} ${number} ${invoice.partner.name} ${invoice.period}.${extension}`)
}

/** The workbook, the PDF, the e-invoice (SI-UBL 2.0, `.xml`) and the e-mail draft of one invoice share one name. */
export type InvoiceFileExtension = 'xlsx' | 'pdf' | 'xml' | 'eml'

export function partnerUsageFileName(partnerName: string, period: string): string {
  return safeFileName(`Verbruik ${partnerName} ${period}.xlsx`)
}

export function usageOverviewFileName(period: string): string {
  return safeFileName(`Verbruik alle partners ${period}.xlsx`)
}

export function partnerCheckFileName(partnerName: string, quarter: string): string {
  return safeFileName(`Abonnementscheck ${partnerName} ${quarter}.xlsx`)
}

export function overallCheckFileName(quarter: string): string {
  return safeFileName(`Abonnementscheck alle partners ${quarter}.xlsx`)
}

/** `Werklijst Afmeldingen te verwerken 2026-11-10.xlsx`: the date in ISO order so the files sort by day. */
export function signalListFileName(title: string, today: CalendarDate): string {
  return safeFileName(`Werklijst ${title} ${today}.xlsx`)
}

/** `Inzage cliënt 000123 Zorggroep Noord 2026-11-10.xlsx`: the client by number, never by name. */
export function inspectionFileName(clientNumber: string, partnerName: string, generatedOn: string): string {
  return safeFileName(`Inzage cliënt ${clientNumber} ${partnerName} ${generatedOn}.xlsx`)
}
