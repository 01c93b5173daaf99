import type { CheckSheetRow, QuarterlyCheckReport } from '@shared/reports/quarterlyCheckReport'
import { contactText, OUTCOME_LABEL, OUTCOME_ORDER } from '@shared/reports/quarterlyCheckReport'
import { compareClientNumbers } from '@shared/domain/ordering'
import { columnRange, sheetPrefix } from '../excel/cellRefs'
import type { Column } from '../excel/columns'
import { tableHeaderRow, writeTableSheet } from '../excel/tableSheet'
import { writeWorkbookFile } from '../excel/workbookFile'
import type { ReportContext, WriteReportOptions, WrittenReport } from './reportContext'

export type CheckTotals = { boven: number; onder: number; binnen: number; teKortActief: number }

function criteria(report: QuarterlyCheckReport): string {
  const t = report.tolerancePercent
  return (
    `Boven: verbruik meer dan ${t}% boven de bundel in minstens 2 periodes en over het kwartaal. ` +
    'Onder: in elke actieve periode niet meer dan de bundel van het eerstvolgende kleinere abonnement. ' +
    'Te kort actief: minder dan 2 volledige periodes, niet beoordeeld. Bundel naar rato van de actieve dagen; verbruik = bel- plus registratieminuten.'
  )
}

function byOutcome(a: CheckSheetRow, b: CheckSheetRow): number {
  return OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || compareClientNumbers(a.clientNumber, b.clientNumber)
}

function advice(row: CheckSheetRow): string {
  if (row.recommendedPlanName === null) return ''
  return row.recommendationDiffers ? row.recommendedPlanName : 'geen wijziging'
}

/** `Bea Begeleider` and the phone number on two lines, so the column stays narrow on paper. */
function personCell(person: CheckSheetRow['begeleider'] | null): string {
  return contactText(person).replace(', ', '\n')
}

function checkColumns(report: QuarterlyCheckReport, withPartner: boolean): Column<CheckSheetRow>[] {
  const perPeriod = report.periods.flatMap((period, i): Column<CheckSheetRow>[] => {
    const active = (r: CheckSheetRow) => (r.periods[i]?.coveredDays ?? 0) > 0
    return [
      { key: `usage${i}`, header: `Verbruik ${period}`, kind: 'minutes', value: (r) => (active(r) ? (r.periods[i]?.usageMinutes ?? null) : null), minWidth: 9 },
      { key: `bundle${i}`, header: `Bundel ${period}`, kind: 'minutes', value: (r) => (active(r) ? (r.periods[i]?.bundleMinutes ?? null) : null), minWidth: 9 },
    ]
  })
  return [
    ...(withPartner ? [{ key: 'partner', header: 'Partner', kind: 'text', value: (r) => r.partnerName, maxWidth: 22 } satisfies Column<CheckSheetRow>] : []),
    { key: 'clientNumber', header: 'Cliënt-\nnummer', kind: 'text', value: (r) => r.clientNumber, maxWidth: 14 },
    { key: 'clientName', header: 'Naam', kind: 'text', value: (r) => r.clientName, maxWidth: 24 },
    { key: 'plan', header: 'Abonnement', kind: 'text', value: (r) => r.currentPlanName, maxWidth: 14, total: { kind: 'count' } },
    { key: 'outcome', header: 'Uitkomst', kind: 'text', value: (r) => OUTCOME_LABEL[r.outcome], maxWidth: 14 },
    ...perPeriod,
    { key: 'average', header: 'Gem. per maand', kind: 'minutes', value: (r) => r.averageMonthlyUsage, minWidth: 10 },
    { key: 'advice', header: 'Advies', kind: 'text', value: advice, maxWidth: 14 },
    { key: 'begeleider', header: 'Begeleider', kind: 'text', value: (r) => personCell(r.begeleider), maxWidth: 20 },
    ...(withPartner
      ? [{ key: 'contact', header: 'Contactpersoon partner', kind: 'text', value: (r) => personCell(r.partnerContact), maxWidth: 20 } satisfies Column<CheckSheetRow>]
      : []),
    { key: 'discussedWith', header: 'Besproken met', kind: 'followUp', minWidth: 16 },
    { key: 'date', header: 'Datum', kind: 'followUp', minWidth: 11 },
    { key: 'decision', header: 'Besluit', kind: 'followUp', minWidth: 24 },
  ]
}

function countOutcomes(rows: readonly CheckSheetRow[]): CheckTotals {
  const count = (outcome: CheckSheetRow['outcome']) => rows.filter((r) => r.outcome === outcome).length
  return { boven: count('boven'), onder: count('onder'), binnen: count('binnen'), teKortActief: count('te kort actief') }
}

// Room to write by hand, and for the two-line contact cells.
const ROW_HEIGHT = 30

/**
 * The quarterly check list of one partner (spec rule 9), deviations first, with empty columns `Besproken
 * met`, `Datum`, `Besluit` that managers fill in on paper. The partner's contact person is the same for
 * every row, so it is printed once above the table.
 */
export async function writePartnerCheckWorkbook(
  targetPath: string,
  report: QuarterlyCheckReport & { readonly partnerName: string },
  context: ReportContext,
  options: WriteReportOptions = {},
): Promise<WrittenReport<CheckTotals>> {
  const title = `Abonnementscheck ${report.partnerName} ${report.quarter}`
  const rows = [...report.rows].sort(byOutcome)
  const contact = contactText(rows.find((r) => r.partnerContact !== null)?.partnerContact ?? null)
  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title, subject: `Abonnementscheck ${report.quarter}`, creator: context.operatorName, generatedOn: context.generatedOn },
    (workbook, checkpoint) =>
      writeTableSheet(
        workbook,
        {
          name: 'Abonnementscheck',
          title: `Abonnementscheck ${report.quarter} — ${report.partnerName}`,
          subtitle: [
            `Periodes ${report.periods.join(', ')}${contact ? ` · Contactpersoon partner: ${contact}` : ''}`,
            criteria(report),
          ],
          columns: checkColumns(report, false),
          rows,
          totalsLabel: 'Aantal cliënten',
          highlight: (r) => (r.outcome === 'boven' || r.outcome === 'onder' ? 'attention' : null),
          rowHeight: ROW_HEIGHT,
          emptyText: 'Geen cliënten met een abonnement in dit kwartaal.',
          orientation: 'landscape',
          page: { title, organisation: context.operatorName, generatedOn: context.generatedOn },
        },
        checkpoint,
      ),
    options,
  )
  return { path, rows: result.rows, totals: countOutcomes(rows) }
}

const DETAIL_SHEET = 'Per cliënt'

interface PartnerCounts {
  readonly partnerName: string
  readonly firstRow: number
  readonly lastRow: number
  readonly counts: CheckTotals
  readonly clients: number
}

/**
 * The overall quarterly check list: sheet `Per partner` counts the outcomes per partner with formulas over
 * that partner's block on sheet `Per cliënt`, which lists every client grouped by partner, deviations first.
 */
export async function writeOverallCheckWorkbook(
  targetPath: string,
  report: QuarterlyCheckReport,
  context: ReportContext,
  options: WriteReportOptions = {},
): Promise<WrittenReport<CheckTotals & { partners: number }>> {
  const title = `Abonnementscheck alle partners ${report.quarter}`
  const byPartner = new Map<string, CheckSheetRow[]>()
  for (const row of report.rows) {
    const list = byPartner.get(row.partnerId)
    if (list) list.push(row)
    else byPartner.set(row.partnerId, [row])
  }
  const groups = [...byPartner.values()].sort((a, b) => (a[0]?.partnerName ?? '').localeCompare(b[0]?.partnerName ?? '', 'nl'))
  const detailSubtitle = [`Periodes ${report.periods.join(', ')}`, criteria(report)]
  const detailColumns = checkColumns(report, true)
  const outcomeColumn = 1 + detailColumns.findIndex((c) => c.key === 'outcome')
  let nextRow = tableHeaderRow(detailSubtitle.length) + 1
  const rows: CheckSheetRow[] = []
  const blocks: PartnerCounts[] = groups.map((group) => {
    const partnerRows = [...group].sort(byOutcome)
    for (const row of partnerRows) rows.push(row)
    const firstRow = nextRow
    nextRow += partnerRows.length
    return { partnerName: partnerRows[0]?.partnerName ?? '', firstRow, lastRow: nextRow - 1, counts: countOutcomes(partnerRows), clients: partnerRows.length }
  })
  const range = (b: PartnerCounts) => `${sheetPrefix(DETAIL_SHEET)}${columnRange(outcomeColumn, b.firstRow, b.lastRow)}`
  const countColumn = (key: keyof CheckTotals, outcome: CheckSheetRow['outcome']): Column<PartnerCounts> => ({
    key,
    header: OUTCOME_LABEL[outcome],
    kind: 'integer',
    value: (b) => b.counts[key],
    formula: (b) => `COUNTIF(${range(b)},"${OUTCOME_LABEL[outcome]}")`,
    total: { kind: 'sum' },
  })
  const summaryColumns: Column<PartnerCounts>[] = [
    { key: 'partner', header: 'Partner', kind: 'text', value: (b) => b.partnerName, maxWidth: 40 },
    { key: 'clients', header: 'Cliënten', kind: 'integer', value: (b) => b.clients, formula: (b) => `ROWS(${range(b)})`, total: { kind: 'sum' } },
    countColumn('boven', 'boven'),
    countColumn('onder', 'onder'),
    countColumn('binnen', 'binnen'),
    countColumn('teKortActief', 'te kort actief'),
  ]
  const page = { title, organisation: context.operatorName, generatedOn: context.generatedOn }
  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title, subject: `Abonnementscheck ${report.quarter}, alle partners`, creator: context.operatorName, generatedOn: context.generatedOn },
    async (workbook, checkpoint) => {
      const summary = await writeTableSheet(
        workbook,
        {
          name: 'Per partner',
          title: `Abonnementscheck ${report.quarter} per partner (intern)`,
          subtitle: [`Periodes ${report.periods.join(', ')} · aantallen over het tabblad "${DETAIL_SHEET}"`],
          columns: summaryColumns,
          rows: blocks,
          totalsLabel: 'Totaal',
          emptyText: 'Geen cliënten met een abonnement in dit kwartaal.',
          page,
        },
        checkpoint,
      )
      const details = await writeTableSheet(
        workbook,
        {
          name: DETAIL_SHEET,
          title: `Abonnementscheck ${report.quarter} — alle partners (intern)`,
          subtitle: detailSubtitle,
          columns: detailColumns,
          rows,
          totalsLabel: 'Aantal cliënten',
          highlight: (r) => (r.outcome === 'boven' || r.outcome === 'onder' ? 'attention' : null),
          rowHeight: ROW_HEIGHT,
          emptyText: 'Geen cliënten met een abonnement in dit kwartaal.',
          orientation: 'landscape',
          page,
        },
        checkpoint,
      )
      return { summary, details }
    },
    options,
  )
  return { path, rows: result.details.rows, totals: { ...countOutcomes(rows), partners: result.summary.rows } }
}
