import type { Invoice } from '@shared/model/invoice'
import { InconsistentInvoiceError, invoiceView, type InvoiceView } from '@shared/reports/invoiceReport'
import { formatDate } from '@shared/format/date'
import { AppError } from '../appError'
import { tableHeaderRow, writeTableSheet } from '../excel/tableSheet'
import { writeWorkbookFile } from '../excel/workbookFile'
import { OVERVIEW_SHEET, overviewColumns } from './invoiceOverviewSheet'
import { writeInvoiceSheet } from './invoiceSheet'
import type { ReportContext, WriteReportOptions, WrittenReport } from './reportContext'

export type InvoiceTotals = { subtotalCents: number; vatCents: number; totalCents: number; lines: number }

/**
 * The invoice workbook of one partner (spec rule 7, F1, F2): sheet `Factuur` (the invoice itself) and sheet
 * `Cliëntenoverzicht` (every client billed). Everything comes from the frozen `Invoice`, so re-running a
 * finalised period writes the same content. The invoice has no BSN field, so none can be printed.
 */
export async function writeInvoiceWorkbook(
  targetPath: string,
  invoice: Invoice,
  context: Pick<ReportContext, 'generatedOn'>,
  options: WriteReportOptions = {},
): Promise<WrittenReport<InvoiceTotals>> {
  const view = viewOf(invoice)
  const kind = view.isCredit ? 'Creditnota' : 'Factuur'
  const title = `${kind} ${view.numberText} ${invoice.partner.name} ${invoice.period}`
  const page = { title, organisation: invoice.operator.name, generatedOn: context.generatedOn }
  const subtitle = [
    `${invoice.partner.name} · ${kind.toLowerCase()} ${view.numberText} · facturatieperiode ${invoice.period}: ${formatDate(invoice.periodFrom)} t/m ${formatDate(invoice.periodTo)} (${invoice.lines[0]?.periodDays ?? ''} dagen)`,
    'Bedrag = tarief per maand × gefactureerde dagen ÷ dagen in de periode, per regel afgerond op hele centen. "Tot en met" is de laatste gefactureerde dag.',
  ]
  const firstRow = tableHeaderRow(subtitle.length) + 1
  const { path, result } = await writeWorkbookFile(
    targetPath,
    {
      title,
      subject: `${kind} ${invoice.period} ${invoice.partner.name}`,
      creator: invoice.operator.name,
      generatedOn: context.generatedOn,
      keywords: [kind.toLowerCase(), invoice.period, view.numberText].join(', '),
    },
    async (workbook, checkpoint) => {
      writeInvoiceSheet(workbook, invoice, view, { firstRow, lastRow: firstRow + view.lines.length - 1 }, page)
      return writeTableSheet(
        workbook,
        {
          name: OVERVIEW_SHEET,
          title: `Cliëntenoverzicht bij ${kind.toLowerCase()} ${view.numberText}`,
          subtitle,
          columns: overviewColumns,
          rows: view.lines,
          totalsLabel: 'Totaal excl. btw',
          // Printed, the total stays with the last clients: never a page holding only the total or one row.
          keepTotalsWith: 2,
          page,
        },
        checkpoint,
      )
    },
    options,
  )
  return {
    path,
    rows: result.rows,
    totals: { subtotalCents: invoice.subtotalCents, vatCents: invoice.vatCents, totalCents: invoice.totalCents, lines: result.rows },
  }
}

/** A damaged invoice is refused as a failure the clerk can read. */
export function viewOf(invoice: Invoice): InvoiceView {
  try {
    return invoiceView(invoice)
  } catch (error) {
    if (error instanceof InconsistentInvoiceError) {
      const params = { partner: invoice.partner.name, period: invoice.period }
      throw new AppError(error.check === 'no-lines' ? 'invoice-without-lines' : 'invoice-inconsistent', params, { cause: error })
    }
    throw error
  }
}
