import type { CheckSheetRow, QuarterlyCheckReport } from '@shared/reports/quarterlyCheckReport'
import { contactText, OUTCOME_LABEL, OUTCOME_ORDER } from '@shared/reports/quarterlyCheckReport'
import { compareClientNumbers } from '@shared/domain/ordering'
import { columnRange, sheetPrefix } from '../excel/cellRefs'
import type { Column } from '../excel/columns'
import { widthUnitsFor, type FixedScale } from '../excel/printSetup'
import { tableHeaderRow, writeTableSheet } from '../excel/tableSheet'
import { writeWorkbookFile } from '../excel/workbookFile'
import type { ReportContext, WriteReportOptions, WrittenReport } from './reportContext'

export type CheckTotals = { boven: number; onder: number; binnen: number; teKortActief: number }

function criteria(report: QuarterlyCheckReport): string {
  const t = report.tolerancePercent
  return (
    `Boven: verbruik meer dan ${t}% boven de bundel in minstens 2 periodes en over het kwartaal. ` +
    'Onder: in elke actieve periode niet meer dan de bundel van het eerstvolgende kleinere abonnement. ' +
    'Te kort actief: minder dan 2 volledige periodes met geïmporteerd verbruik, niet beoordeeld. Bundel naar rato van de actieve dagen; verbruik = bel- plus registratieminuten. ' +
    '"–": nog geen verbruik geïmporteerd voor die periode; die telt niet mee (niet als nul verbruik). Advies alleen bij boven of onder.'
  )
}

/**
 * Printed for managers who write on it (spec "Outputs"): at 82%, the body's 11 points print as 9; each
 * follow-up box is 4 cm wide on paper (27 width units at 82%; 21.6 at 100%: 4 cm = 151 px at 96 dpi, 7 px
 * per unit of Calibri 11) and each row 30 pt = 24.6 pt printed (≥ 0.8 cm = 22.7 pt). The columns are narrow
 * enough to fit landscape A4 at that scale (tested).
 */
export const CHECK_PRINT: FixedScale = { scale: 82 }
export const FOLLOW_UP_CM = 4
const FOLLOW_UP_WIDTH = widthUnitsFor(FOLLOW_UP_CM, CHECK_PRINT.scale)
// Room to write by hand, and for the two-line contact cells: 30 pt × 82% = 24.6 pt ≥ 0.8 cm (22.7 pt).
export const ROW_HEIGHT = 30

export const PROVISIONAL = 'VOORLOPIG'

const MINUTES = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

/** A period as one cell, `412 / 300` (usage / bundle); `– / 300` before its usage is imported; empty when not active. */
function periodCell(row: CheckSheetRow, i: number): string | null {
  const p = row.periods[i]
  if (!p || p.coveredDays === 0) return null
  const usage = p.usageImported === false ? '–' : MINUTES.format(p.usageMinutes)
  return `${usage} / ${MINUTES.format(p.bundleMinutes)}`
}

function titleOf(report: QuarterlyCheckReport, title: string): string {
  return report.provisional === true ? `${title} — ${PROVISIONAL}` : title
}

function byOutcome(a: CheckSheetRow, b: CheckSheetRow): number {
  return OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || compareClientNumbers(a.clientNumber, b.clientNumber)
}

function advice(row: CheckSheetRow): string {
  // Spec rule 9: only a deviating client is advised; binnen and te kort actief show none.
  if (row.recommendedPlanName === null || (row.outcome !== 'boven' && row.outcome !== 'onder')) return ''
  return row.recommendationDiffers ? row.recommendedPlanName : 'geen wijziging'
}

function planAndAdvice(row: CheckSheetRow): string {
  const text = advice(row)
  return text === '' ? row.currentPlanName : `${row.currentPlanName}\n→ ${text}`
}

/** `Bea Begeleider` and the phone number on two lines, so the column stays narrow on paper. */
function personCell(person: CheckSheetRow['begeleider'] | null): string {
  return contactText(person).replace(', ', '\n')
}

function checkColumns(report: QuarterlyCheckReport, withPartner: boolean, rowsInOrder: readonly CheckSheetRow[] = []): Column<CheckSheetRow>[] {
  // Usage and bundle of a period share one cell, so the list fits landscape A4 at 9 pt with 4 cm follow-up boxes.
  const perPeriod = report.periods.map((period, i): Column<CheckSheetRow> => ({
    key: `period${i}`,
    header: `${period}\nverbr. / bundel`,
    kind: 'text',
    value: (r) => periodCell(r, i),
    minWidth: 9,
    maxWidth: 9,
  }))
  return [
    // In the overall list the partner's contact person shares the partner's cell on the partner's first row, which
    // starts a page (page break per partner); on every row they would make each row seven lines tall.
    ...(withPartner
      ? [
          {
            key: 'partner',
            header: 'Partner, contact-\npersoon',
            kind: 'text',
            value: (r, i) =>
              i === 0 || rowsInOrder[i - 1]?.partnerId !== r.partnerId
                ? [r.partnerName, personCell(r.partnerContact)].filter((t) => t !== '').join('\n')
                : r.partnerName,
            maxWidth: 10,
          } satisfies Column<CheckSheetRow>,
        ]
      : []),
    { key: 'clientNumber', header: 'Cliënt-\nnummer', kind: 'text', value: (r) => r.clientNumber, maxWidth: 8 },
    { key: 'clientName', header: 'Naam', kind: 'text', value: (r) => r.clientName, maxWidth: withPartner ? 11 : 14 },
    // The advice shares the plan's cell (`Plus` / `→ Intensief`): one column less to fit the page.
    { key: 'plan', header: 'Abonne-\nment, advies', kind: 'text', value: planAndAdvice, minWidth: 11, maxWidth: 11, total: { kind: 'count' } },
    { key: 'outcome', header: 'Uit-\nkomst', kind: 'text', value: (r) => OUTCOME_LABEL[r.outcome], maxWidth: 8 },
    ...perPeriod,
    { key: 'average', header: 'Gem. per maand', kind: 'minutes', value: (r) => r.averageMonthlyUsage, minWidth: 8, maxWidth: 8 },
    { key: 'begeleider', header: 'Begeleider', kind: 'text', value: (r) => personCell(r.begeleider), maxWidth: withPartner ? 12 : 13 },
    { key: 'discussedWith', header: 'Besproken met', kind: 'followUp', minWidth: FOLLOW_UP_WIDTH },
    { key: 'date', header: 'Datum', kind: 'followUp', minWidth: FOLLOW_UP_WIDTH },
    { key: 'decision', header: 'Besluit', kind: 'followUp', minWidth: FOLLOW_UP_WIDTH },
  ]
}

/**
 * Header and footer of every page, at 11 points (9 printed), with VOORLOPIG in the header when provisional. The
 * page texts take the title without it: the status has the header's right-hand side to itself, so nothing overlaps.
 */
function pageLabels(report: QuarterlyCheckReport, title: string, context: ReportContext) {
  return {
    title,
    organisation: context.operatorName,
    generatedOn: context.generatedOn,
    size: 11,
    ...(report.provisional === true ? { status: PROVISIONAL } : {}),
  }
}

function countOutcomes(rows: readonly CheckSheetRow[]): CheckTotals {
  const count = (outcome: CheckSheetRow['outcome']) => rows.filter((r) => r.outcome === outcome).length
  return { boven: count('boven'), onder: count('onder'), binnen: count('binnen'), teKortActief: count('te kort actief') }
}

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
  const plainTitle = `Abonnementscheck ${report.partnerName} ${report.quarter}`
  const title = titleOf(report, plainTitle)
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
          title: titleOf(report, `Abonnementscheck ${report.quarter} — ${report.partnerName}`),
          subtitle: [`Periodes ${report.periods.join(', ')}${contact ? ` · Contactpersoon partner: ${contact}` : ''}`, criteria(report)],
          columns: checkColumns(report, false),
          rows,
          totalsLabel: 'Aantal cliënten',
          highlight: (r) => (r.outcome === 'boven' || r.outcome === 'onder' ? 'attention' : null),
          rowHeight: ROW_HEIGHT,
          emptyText: 'Geen cliënten met een abonnement in dit kwartaal.',
          orientation: 'landscape',
          fixedScale: CHECK_PRINT,
          page: pageLabels(report, plainTitle, context),
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
  const plainTitle = `Abonnementscheck alle partners ${report.quarter}`
  const title = titleOf(report, plainTitle)
  const byPartner = new Map<string, CheckSheetRow[]>()
  for (const row of report.rows) {
    const list = byPartner.get(row.partnerId)
    if (list) list.push(row)
    else byPartner.set(row.partnerId, [row])
  }
  const groups = [...byPartner.values()].sort((a, b) => (a[0]?.partnerName ?? '').localeCompare(b[0]?.partnerName ?? '', 'nl'))
  const detailSubtitle = [`Periodes ${report.periods.join(', ')}`, criteria(report)]
  // Filled below in print order; the partner column reads it to name the contact on each partner's first row.
  const rows: CheckSheetRow[] = []
  const detailColumns = checkColumns(report, true, rows)
  const outcomeColumn = 1 + detailColumns.findIndex((c) => c.key === 'outcome')
  let nextRow = tableHeaderRow(detailSubtitle.length) + 1
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
  const page = pageLabels(report, plainTitle, context)
  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title, subject: `Abonnementscheck ${report.quarter}, alle partners`, creator: context.operatorName, generatedOn: context.generatedOn },
    async (workbook, checkpoint) => {
      const summary = await writeTableSheet(
        workbook,
        {
          name: 'Per partner',
          title: titleOf(report, `Abonnementscheck ${report.quarter} per partner (intern)`),
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
          title: titleOf(report, `Abonnementscheck ${report.quarter} — alle partners (intern)`),
          subtitle: detailSubtitle,
          columns: detailColumns,
          rows,
          totalsLabel: 'Aantal cliënten',
          highlight: (r) => (r.outcome === 'boven' || r.outcome === 'onder' ? 'attention' : null),
          rowHeight: ROW_HEIGHT,
          emptyText: 'Geen cliënten met een abonnement in dit kwartaal.',
          orientation: 'landscape',
          fixedScale: CHECK_PRINT,
          // Each partner starts a new page: the pages go to different partners.
          pageBreakBefore: (r, i) => rows[i - 1]?.partnerId !== r.partnerId,
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
