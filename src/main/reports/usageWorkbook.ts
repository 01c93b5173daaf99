import type { PartnerUsageReport, UsageSheetRow } from '@shared/reports/usageReport'
import { bundleFraction } from '@shared/reports/usageReport'
import { formatDate } from '@shared/format/date'
import { columnRange, sheetPrefix } from '../excel/cellRefs'
import type { Column } from '../excel/columns'
import { tableHeaderRow, writeTableSheet } from '../excel/tableSheet'
import { writeWorkbookFile } from '../excel/workbookFile'
import type { ReportContext, WriteReportOptions, WrittenReport } from './reportContext'
import { usageColumns } from './usageColumns'

export type UsageTotals = {
  includedMinutes: number | null
  callMinutes: number | null
  registrationMinutes: number | null
  totalMinutes: number | null
  contacts: number | null
  outsideBundle: number | null
}

const EXPLANATION =
  'Inbegrepen minuten naar rato van de dagen dat het abonnement liep. Registratietijd telt mee voor het abonnement. "Buiten bundel": totaal boven de inbegrepen minuten.'

function periodLine(report: Pick<PartnerUsageReport, 'period' | 'periodFrom' | 'periodTo'>): string {
  return `Facturatieperiode ${report.period}: ${formatDate(report.periodFrom)} t/m ${formatDate(report.periodTo)}`
}

function pickTotals(totals: Readonly<Record<string, number | null>>): UsageTotals {
  return {
    includedMinutes: totals.includedMinutes ?? null,
    callMinutes: totals.callMinutes ?? null,
    registrationMinutes: totals.registrationMinutes ?? null,
    totalMinutes: totals.totalMinutes ?? null,
    contacts: totals.contacts ?? null,
    outsideBundle: totals.outsideBundle ?? null,
  }
}

/** Monthly usage report of one partner (spec rule 8): one row per client, partner totals as formulas. */
export async function writePartnerUsageWorkbook(
  targetPath: string,
  report: PartnerUsageReport,
  context: ReportContext,
  options: WriteReportOptions = {},
): Promise<WrittenReport<UsageTotals>> {
  const title = `Verbruik ${report.partnerName} ${report.period}`
  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title, subject: `Maandelijks verbruiksoverzicht ${report.period}`, creator: context.operatorName, generatedOn: context.generatedOn },
    (workbook, checkpoint) =>
      writeTableSheet(
        workbook,
        {
          name: 'Verbruik',
          title: `Verbruiksoverzicht ${report.partnerName}`,
          subtitle: [periodLine(report), EXPLANATION],
          columns: usageColumns<UsageSheetRow>(),
          rows: report.rows,
          totalsLabel: 'Totaal partner',
          highlight: (r) => (r.outsideBundle ? 'attention' : null),
          emptyText: 'Geen cliënten met een abonnement of verbruik in deze periode.',
          page: { title, organisation: context.operatorName, generatedOn: context.generatedOn },
        },
        checkpoint,
      ),
    options,
  )
  return { path, rows: result.rows, totals: pickTotals(result.totals) }
}

interface PartnerBlock {
  readonly partnerName: string
  readonly clients: number
  readonly firstRow: number
  readonly lastRow: number
  readonly sums: Omit<UsageTotals, 'outsideBundle'> & { readonly outsideBundle: number }
}

const DETAIL_SHEET = 'Per cliënt'

function sumExact(rows: readonly UsageSheetRow[], pick: (r: UsageSheetRow) => number): number {
  return rows.reduce((s, r) => s + Math.round(pick(r) * 100), 0) / 100
}

/**
 * The internal overview across partners: sheet `Per partner` with each partner's totals as formulas over
 * its block of rows on sheet `Per cliënt` (the rows are grouped by partner, so each block is one range and
 * finance can trace every total), then the clients themselves. Partners without rows are left out.
 */
export async function writeUsageOverviewWorkbook(
  targetPath: string,
  overview: {
    readonly period: PartnerUsageReport['period']
    readonly periodFrom: string
    readonly periodTo: string
    readonly reports: readonly PartnerUsageReport[]
  },
  context: ReportContext,
  options: WriteReportOptions = {},
): Promise<WrittenReport<UsageTotals & { partners: number }>> {
  const title = `Verbruik alle partners ${overview.period}`
  const reports = overview.reports.filter((r) => r.rows.length > 0)
  const detailSubtitle = [periodLine(overview), EXPLANATION]
  let nextRow = tableHeaderRow(detailSubtitle.length) + 1
  const blocks: PartnerBlock[] = reports.map((r) => {
    const firstRow = nextRow
    nextRow += r.rows.length
    return {
      partnerName: r.partnerName,
      clients: r.rows.length,
      firstRow,
      lastRow: nextRow - 1,
      sums: {
        includedMinutes: sumExact(r.rows, (x) => x.includedMinutes),
        callMinutes: sumExact(r.rows, (x) => x.callMinutes),
        registrationMinutes: sumExact(r.rows, (x) => x.registrationMinutes),
        totalMinutes: sumExact(r.rows, (x) => x.totalMinutes),
        contacts: r.rows.reduce((s, x) => s + x.contacts, 0),
        outsideBundle: r.rows.filter((x) => x.outsideBundle).length,
      },
    }
  })

  const detail = usageColumns<UsageSheetRow>()
  const at = (key: string) => 1 + detail.findIndex((c) => c.key === key) + 1 // +1: the partner column comes first
  const over = (b: PartnerBlock, key: string) => `${sheetPrefix(DETAIL_SHEET)}${columnRange(at(key), b.firstRow, b.lastRow)}`
  const sumOf = (key: keyof PartnerBlock['sums']): Column<PartnerBlock> => ({
    key,
    header: detail.find((c) => c.key === key)?.header ?? key,
    kind: key === 'contacts' ? 'integer' : 'minutes',
    value: (b) => b.sums[key],
    formula: (b) => `SUM(${over(b, key)})`,
    total: { kind: 'sum' },
  })
  const summaryColumns: Column<PartnerBlock>[] = [
    { key: 'partner', header: 'Partner', kind: 'text', value: (b) => b.partnerName, maxWidth: 40 },
    {
      key: 'clients',
      header: 'Cliënten',
      kind: 'integer',
      value: (b) => b.clients,
      formula: (b) => `ROWS(${over(b, 'clientNumber')})`,
      total: { kind: 'sum' },
    },
    sumOf('includedMinutes'),
    sumOf('callMinutes'),
    sumOf('registrationMinutes'),
    sumOf('totalMinutes'),
    {
      key: 'percent',
      header: '% van bundel',
      kind: 'percent',
      value: (b) => bundleFraction(b.sums.totalMinutes ?? 0, b.sums.includedMinutes ?? 0),
      formula: (_b, ref) => `IF(${ref('includedMinutes')}=0,"",${ref('totalMinutes')}/${ref('includedMinutes')})`,
      total: { kind: 'ratio', numerator: 'totalMinutes', denominator: 'includedMinutes' },
    },
    sumOf('contacts'),
    {
      key: 'outsideBundle',
      header: 'Cliënten buiten bundel',
      kind: 'integer',
      value: (b) => b.sums.outsideBundle,
      formula: (b) => `COUNTIF(${over(b, 'outsideBundle')},"ja")`,
      total: { kind: 'sum' },
    },
  ]

  const page = { title, organisation: context.operatorName, generatedOn: context.generatedOn }
  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title, subject: `Intern verbruiksoverzicht alle partners ${overview.period}`, creator: context.operatorName, generatedOn: context.generatedOn },
    async (workbook, checkpoint) => {
      // The summary sheet comes first in the file, so it is written first (streaming writes sheets in order).
      const summary = await writeTableSheet(
        workbook,
        {
          name: 'Per partner',
          title: 'Verbruik per partner (intern)',
          subtitle: [periodLine(overview), `Totalen per partner over het tabblad "${DETAIL_SHEET}".`],
          columns: summaryColumns,
          rows: blocks,
          totalsLabel: 'Totaal alle partners',
          emptyText: 'Geen verbruik of abonnementen in deze periode.',
          page,
        },
        checkpoint,
      )
      // The clients as they are, grouped by partner; each row's partner beside them, not copied into 100,000 rows.
      const rows: UsageSheetRow[] = []
      const partnerOfRow: string[] = []
      for (const report of reports) {
        for (const row of report.rows) {
          rows.push(row)
          partnerOfRow.push(report.partnerName)
        }
      }
      const details = await writeTableSheet(
        workbook,
        {
          name: DETAIL_SHEET,
          title: 'Verbruik per cliënt, alle partners (intern)',
          subtitle: detailSubtitle,
          columns: [{ key: 'partner', header: 'Partner', kind: 'text', value: (_r, i) => partnerOfRow[i], maxWidth: 30 }, ...detail],
          rows,
          totalsLabel: 'Totaal',
          highlight: (r) => (r.outsideBundle ? 'attention' : null),
          emptyText: 'Geen cliënten in deze periode.',
          page,
        },
        checkpoint,
      )
      return { summary, details }
    },
    options,
  )
  return { path, rows: result.details.rows, totals: { ...pickTotals(result.details.totals), partners: result.summary.rows } }
}
