import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import type { Column } from '../../../../src/main/excel/columns'
import { writeTableSheet } from '../../../../src/main/excel/tableSheet'
import { writeWorkbookFile } from '../../../../src/main/excel/workbookFile'
import { formulaOf, readWorkbook, rowValues, sheet, useTempFolder, utcDate } from './readBack'

interface Row {
  name: string
  from: string | null
  amountCents: number
  minutes: number
  contacts: number
  outside: boolean
  note: string
}

const columns: Column<Row>[] = [
  { key: 'name', header: 'Naam', kind: 'text', value: (r) => r.name },
  { key: 'from', header: 'Van', kind: 'date', value: (r) => r.from },
  { key: 'amount', header: 'Bedrag', kind: 'money', value: (r) => r.amountCents, total: { kind: 'sum' } },
  { key: 'minutes', header: 'Minuten', kind: 'minutes', value: (r) => r.minutes, total: { kind: 'sum' } },
  { key: 'bundle', header: 'Bundel', kind: 'minutes', value: () => 100, total: { kind: 'sum' } },
  {
    key: 'percent',
    header: '% van bundel',
    kind: 'percent',
    value: (r) => r.minutes / 100,
    total: { kind: 'ratio', numerator: 'minutes', denominator: 'bundle' },
  },
  { key: 'contacts', header: 'Contacten', kind: 'integer', value: (r) => r.contacts, total: { kind: 'count' } },
  { key: 'outside', header: 'Buiten bundel', kind: 'flag', value: (r) => r.outside, total: { kind: 'countFlag' } },
  { key: 'note', header: 'Opmerking', kind: 'longText', value: (r) => r.note },
  { key: 'followUp', header: 'Besluit', kind: 'followUp' },
]

const rows: Row[] = [
  { name: 'Jansen', from: '2026-11-10', amountCents: 5161, minutes: 0.1, contacts: 2, outside: false, note: 'kort' },
  { name: '=HYPERLINK("http://example.com","klik")', from: '2026-10-26', amountCents: 10_000, minutes: 0.2, contacts: 0, outside: true, note: '@SUM(A1)' },
  {
    name: '-2',
    from: null,
    amountCents: -1,
    minutes: 120.25,
    contacts: 1,
    outside: true,
    note: 'Een lange opmerking die zeker niet op één regel past, want ze is veel breder dan de kolom mag worden.',
  },
]
const page = { title: 'Test & co 2026-11', organisation: 'Zorg op Afstand', generatedOn: parseCalendarDate('2026-12-01') }
const temp = useTempFolder('table')

async function write(tableRows: readonly Row[], extra: Partial<Parameters<typeof writeTableSheet<Row>>[1]> = {}) {
  const { path, result } = await writeWorkbookFile(
    join(temp(), 'tabel.xlsx'),
    { title: 'Test', subject: 'Onderwerp', creator: 'Zorg op Afstand', generatedOn: page.generatedOn },
    (wb, checkpoint) =>
      writeTableSheet(wb, { name: 'Lijst', title: 'Titel', subtitle: ['Regel een', 'Regel twee'], columns, rows: tableRows, page, ...extra }, checkpoint),
  )
  return { path, result, ws: sheet(await readWorkbook(path), 'Lijst') }
}

describe('writeTableSheet', () => {
  it('puts title, subtitle and the header row above the data, and reports where', async () => {
    const { ws, result } = await write(rows)
    expect(ws.getCell('A1').value).toBe('Titel')
    expect(ws.getCell('A2').value).toBe('Regel een')
    expect(ws.getCell('A3').value).toBe('Regel twee')
    expect(result).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 8, totalsRow: 9, rows: 3 })
    expect(rowValues(ws, 5, 10)).toEqual(columns.map((c) => c.header))
    expect(ws.getCell('A5').font).toMatchObject({ bold: true })
  })

  it('writes typed cells with Dutch number formats', async () => {
    const { ws } = await write(rows)
    expect(ws.getCell('B6').value).toEqual(utcDate('2026-11-10'))
    expect(ws.getCell('B6').numFmt).toBe('dd-mm-yyyy')
    expect(ws.getCell('C6').value).toBe(51.61)
    expect(ws.getCell('C6').numFmt).toBe('"€" #,##0.00;"€" -#,##0.00')
    expect(ws.getCell('C8').value).toBe(-0.01)
    expect(ws.getCell('D8').value).toBe(120.25)
    expect(ws.getCell('D8').numFmt).toBe('#,##0.0')
    expect(ws.getCell('F8').numFmt).toBe('0.0%')
    expect(ws.getCell('H7').value).toBe('ja')
    expect(ws.getCell('H6').value).toBeNull()
    expect(ws.getCell('B8').value).toBeNull()
    expect(ws.getCell('J6').value).toBeNull()
  })

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Amsterdam'])('writes the same calendar date whatever the time zone (%s)', async (zone) => {
    const before = process.env.TZ
    process.env.TZ = zone
    try {
      const { ws } = await write(rows)
      expect(ws.getCell('B6').value).toEqual(utcDate('2026-11-10'))
      expect(ws.getCell('B7').value).toEqual(utcDate('2026-10-26'))
    } finally {
      process.env.TZ = before
    }
  })

  it('keeps text that looks like a formula as text (spec X1)', async () => {
    const { ws } = await write(rows)
    expect(ws.getCell('A7').value).toBe(`'=HYPERLINK("http://example.com","klik")`)
    expect(ws.getCell('A7').type).toBe(3) // ValueType.String
    expect(ws.getCell('A8').value).toBe(`'-2`)
    expect(ws.getCell('I7').value).toBe(`'@SUM(A1)`)
  })

  it('writes totals as formulas whose cached results are exact', async () => {
    const { ws, result } = await write(rows)
    expect(ws.getCell('A9').value).toBe('Totaal')
    expect(formulaOf(ws, 'C9')).toEqual({ formula: 'SUM(C6:C8)', result: 151.6 })
    // 0.1 + 0.2 + 120.25 in floating point is 120.55000000000001; the cached total is exact.
    expect(formulaOf(ws, 'D9')).toEqual({ formula: 'SUM(D6:D8)', result: 120.55 })
    expect(formulaOf(ws, 'F9')).toEqual({ formula: 'IF(E9=0,"",D9/E9)', result: 120.55 / 300 })
    expect(formulaOf(ws, 'G9')).toEqual({ formula: 'COUNTA(G6:G8)', result: 3 })
    expect(formulaOf(ws, 'H9')).toEqual({ formula: 'COUNTIF(H6:H8,"ja")', result: 2 })
    expect(result.totals).toMatchObject({ amount: 151.6, minutes: 120.55, bundle: 300, contacts: 3, outside: 2 })
  })

  it('freezes the rows down to the header, filters the table and repeats the header on every printed page', async () => {
    const { ws } = await write(rows)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, topLeftCell: 'A6' })
    expect(ws.autoFilter).toBe('A5:J8')
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' })
    expect(ws.headerFooter.oddFooter).toBe('&L&8Test && co 2026-11&C&8Pagina &P van &N&R&8Aangemaakt op 01-12-2026')
  })

  it('sizes columns to their content and wraps long text with a taller row', async () => {
    const { ws } = await write(rows)
    const width = (letter: string) => ws.getColumn(letter).width ?? 0
    // The longest name is 41 characters; text columns stop at 36 and wrap.
    expect(width('A')).toBe(36)
    expect(width('B')).toBe(12)
    expect(width('C')).toBeGreaterThanOrEqual(12)
    expect(width('I')).toBeLessThanOrEqual(60)
    expect(ws.getCell('I8').alignment).toMatchObject({ wrapText: true })
    expect(ws.getRow(8).height).toBeGreaterThan(15)
  })

  it('highlights rows and gives rows a minimum height when asked', async () => {
    const { ws } = await write(rows, { highlight: (r) => (r.outside ? 'attention' : null), rowHeight: 28 })
    expect(ws.getCell('A7').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCEBD0' } })
    expect(ws.getCell('A6').fill).toEqual({ type: 'pattern', pattern: 'none' })
    expect(ws.getRow(6).height).toBe(28)
  })

  it('writes a note instead of rows and no totals when there is nothing to list', async () => {
    const { ws, result } = await write([], { emptyText: 'Niets te melden.' })
    expect(ws.getCell('A6').value).toBe('Niets te melden.')
    expect(result.totalsRow).toBeNull()
    expect(ws.autoFilter).toBe('A5:J5')
  })

  it('chooses landscape for a wide table unless told otherwise', async () => {
    expect((await write(rows)).ws.pageSetup.orientation).toBe('landscape')
    expect((await write(rows, { orientation: 'portrait' })).ws.pageSetup.orientation).toBe('portrait')
  })
})
