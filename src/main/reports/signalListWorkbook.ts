import type { SignalListReport, SignalSheetRow } from '@shared/reports/signalListReport'
import { formatDate } from '@shared/format/date'
import type { Column } from '../excel/columns'
import { writeTableSheet } from '../excel/tableSheet'
import { writeWorkbookFile } from '../excel/workbookFile'
import type { ReportContext, WriteReportOptions, WrittenReport } from './reportContext'

export type SignalTotals = { rows: number; overdue: number }

function columnsFor(report: SignalListReport): Column<SignalSheetRow>[] {
  const extra = report.extraColumns.map((column, i): Column<SignalSheetRow> => ({
    key: `extra${i}`,
    header: column.header,
    kind: column.kind,
    value: (r) => r.extra[i] ?? null,
    maxWidth: 30,
  }))
  return [
    { key: 'partner', header: 'Partner', kind: 'text', value: (r) => r.partnerName, maxWidth: 24 },
    { key: 'clientNumber', header: 'Cliënt-\nnummer', kind: 'text', value: (r) => r.clientNumber, maxWidth: 14, total: { kind: 'count' } },
    { key: 'clientName', header: 'Naam', kind: 'text', value: (r) => r.clientName, maxWidth: 26 },
    { key: 'deadline', header: 'Uiterlijk', kind: 'date', value: (r) => r.deadline },
    { key: 'workingDaysLeft', header: 'Werkdagen over', kind: 'integer', value: (r) => r.workingDaysLeft, minWidth: 10 },
    { key: 'overdue', header: 'Te laat', kind: 'flag', value: (r) => r.overdue, total: { kind: 'countFlag' } },
    ...extra,
    { key: 'action', header: 'Actie', kind: 'longText', value: (r) => r.action, maxWidth: 55 },
  ]
}

/**
 * One signal list (werklijst, spec rule 10): the rows as the domain ordered them (most urgent first), overdue
 * rows shaded and marked `ja` under `Te laat` so they also stand out on a black-and-white print.
 */
export async function writeSignalListWorkbook(
  targetPath: string,
  report: SignalListReport,
  context: ReportContext,
  options: WriteReportOptions = {},
): Promise<WrittenReport<SignalTotals>> {
  const title = `Werklijst ${report.title} ${formatDate(report.today)}`
  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title, subject: `Werklijst ${report.title}`, creator: context.operatorName, generatedOn: context.generatedOn },
    (workbook, checkpoint) =>
      writeTableSheet(
        workbook,
        {
          name: 'Werklijst',
          title: report.title,
          subtitle: [`Peildatum ${formatDate(report.today)}. Werkdagen over: negatief = termijn verstreken.`, report.description],
          columns: columnsFor(report),
          rows: report.rows,
          totalsLabel: 'Aantal',
          highlight: (r) => (r.overdue ? 'overdue' : null),
          emptyText: 'Geen cliënten op deze lijst.',
          page: { title, organisation: context.operatorName, generatedOn: context.generatedOn },
        },
        checkpoint,
      ),
    options,
  )
  return { path, rows: result.rows, totals: { rows: result.rows, overdue: result.totals.overdue ?? 0 } }
}
