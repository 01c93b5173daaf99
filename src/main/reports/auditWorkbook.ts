import type { AuditExportColumn, AuditExportLabels, AuditExportRow } from '@shared/ipc/channels/audit'
import type { Column } from '../excel/columns'
import { writeTableSheet } from '../excel/tableSheet'
import { writeWorkbookFile } from '../excel/workbookFile'
import type { WriteReportOptions, WrittenReport } from './reportContext'

const WIDTHS: Record<AuditExportColumn, { kind: Column<AuditExportRow>['kind']; maxWidth: number }> = {
  at: { kind: 'text', maxWidth: 20 },
  clerk: { kind: 'text', maxWidth: 24 },
  action: { kind: 'text', maxWidth: 16 },
  entity: { kind: 'text', maxWidth: 22 },
  record: { kind: 'text', maxWidth: 38 },
  event: { kind: 'longText', maxWidth: 50 },
  changes: { kind: 'longText', maxWidth: 60 },
  outcome: { kind: 'text', maxWidth: 12 },
}

function columnsFor(labels: AuditExportLabels): Column<AuditExportRow>[] {
  return (Object.keys(WIDTHS) as AuditExportColumn[]).map((key) => ({
    key,
    header: labels.headers[key],
    ...WIDTHS[key],
    value: (row: AuditExportRow) => row[key] || null,
    ...(key === 'clerk' ? { total: { kind: 'count' as const } } : {}),
  }))
}

/**
 * The audit screen's export (docs/audit-trail.md): the entries that match its filters, newest first, as the
 * screen words them in the UI language; one line per field change. The filters are under the title, the
 * number of entries in the totals row. Every cell passes the report's text guard (no formulas from data).
 */
export async function writeAuditWorkbook(
  targetPath: string,
  rows: readonly AuditExportRow[],
  labels: AuditExportLabels,
  options: WriteReportOptions = {},
): Promise<WrittenReport> {
  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title: labels.title, subject: labels.title, creator: labels.operatorName, generatedOn: labels.generatedOn },
    (workbook, checkpoint) =>
      writeTableSheet(
        workbook,
        {
          name: labels.sheetName,
          title: labels.title,
          subtitle: labels.subtitle,
          columns: columnsFor(labels),
          rows,
          totalsLabel: labels.totalsLabel,
          emptyText: labels.emptyText,
          page: { title: labels.title, organisation: labels.operatorName, generatedOn: labels.generatedOn },
        },
        checkpoint,
      ),
    options,
  )
  return { path, rows: result.rows, totals: {} }
}
