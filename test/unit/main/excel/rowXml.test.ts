import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import fc from 'fast-check'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import type { Column } from '../../../../src/main/excel/columns'
import { RowXmlWriter } from '../../../../src/main/excel/rowXml'
import { xmlText } from '../../../../src/main/excel/xmlText'
import { StreamingWorkbook } from '../../../../src/main/excel/streamingWorkbook'
import { writeTableSheet, type TableSheet } from '../../../../src/main/excel/tableSheet'
import { writeWorkbookFile } from '../../../../src/main/excel/workbookFile'
import { useTempFolder } from './readBack'

// exceljs's own XML encoder, to hold ours against (not part of its typed API).
const { xmlEncode } = createRequire(import.meta.url)('exceljs/lib/utils/utils') as { xmlEncode: (text: string) => string }

interface Row {
  readonly name: string | null
  readonly plan: string
  readonly from: string | null
  readonly cents: number
  readonly minutes: number | null
  readonly flag: boolean
  readonly note: string
}

const columns: Column<Row>[] = [
  { key: 'name', header: 'Naam', kind: 'text', value: (r) => r.name },
  { key: 'plan', header: 'Abonnement', kind: 'text', value: (r) => r.plan, total: { kind: 'count' } },
  { key: 'from', header: 'Van', kind: 'date', value: (r) => r.from },
  { key: 'amount', header: 'Bedrag', kind: 'money', value: (r) => r.cents, total: { kind: 'sum' } },
  { key: 'minutes', header: 'Minuten', kind: 'minutes', value: (r) => r.minutes, total: { kind: 'sum' } },
  { key: 'bundle', header: 'Bundel', kind: 'minutes', value: () => 90, total: { kind: 'sum' } },
  { key: 'percent', header: '%', kind: 'percent', value: (r) => (r.minutes ?? 0) / 90, total: { kind: 'ratio', numerator: 'minutes', denominator: 'bundle' } },
  { key: 'twice', header: 'Dubbel', kind: 'money', value: (r) => 2 * r.cents, formula: (_r, ref) => `2*${ref('amount')}` },
  { key: 'label', header: 'Label', kind: 'text', value: (r) => (r.flag ? 'boven' : null), formula: (_r, ref) => `IF(${ref('flag')}="ja","boven","")` },
  { key: 'elsewhere', header: 'Elders', kind: 'integer', value: (r) => r.cents % 7, formula: (_r, ref) => `ROWS('Per cliënt'!${ref('amount')}:D9)` },
  { key: 'flag', header: 'Buiten', kind: 'flag', value: (r) => r.flag, total: { kind: 'countFlag' } },
  { key: 'note', header: 'Opmerking', kind: 'longText', value: (r) => r.note },
  { key: 'box', header: 'Besluit', kind: 'followUp' },
]

const rows: Row[] = Array.from({ length: 400 }, (_, i) => ({
  name: i % 37 === 0 ? null : i % 11 === 0 ? `=HYPERLINK("x","${i}")` : `Cliënt <${i}> & 'zoon' "jr"`,
  plan: ['Basis', 'Plus', 'Plus & extra'][i % 3]!,
  from: i % 5 === 0 ? null : '2026-11-10',
  cents: i * 1234 - 50_000,
  minutes: i % 7 === 0 ? null : i / 4,
  flag: i % 4 === 0,
  note: i % 9 === 0 ? 'Bea Begeleider\n06 12345678' : i % 13 === 0 ? 'een opmerking die zeker langer is dan de kolom breed mag zijn, dus die loopt door' : '',
}))

const temp = useTempFolder('rowxml')
const page = { title: 'Test', organisation: 'Zorg op Afstand', generatedOn: parseCalendarDate('2026-12-01') }

async function write(name: string, extra: Partial<TableSheet<Row>>): Promise<string> {
  const { path } = await writeWorkbookFile(
    join(temp(), name),
    { title: 'Test', subject: 'Rijen', creator: 'Zorg op Afstand', generatedOn: page.generatedOn },
    (wb, checkpoint) =>
      writeTableSheet(
        wb,
        { name: 'Lijst', title: 'Titel', subtitle: ['Regel'], columns, rows, page, highlight: (r) => (r.flag ? 'attention' : null), ...extra },
        checkpoint,
      ),
    { now: new Date('2026-12-01T09:00:00Z') },
  )
  return path
}

async function parts(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const out: Record<string, string> = {}
  for (const name of Object.keys(zip.files).sort()) out[name] = await zip.file(name)!.async('string')
  return out
}

describe('data rows written as XML (rowXml)', () => {
  it('is what the row objects write for the same rows: every part of the file is identical', async () => {
    for (const rowHeight of [undefined, 30]) {
      const fast = await parts(await write(`xml-${rowHeight ?? 0}.xlsx`, rowHeight ? { rowHeight } : {}))
      const reference = await parts(await write(`objects-${rowHeight ?? 0}.xlsx`, { viaRowObjects: true, ...(rowHeight ? { rowHeight } : {}) }))
      expect(Object.keys(fast)).toEqual(Object.keys(reference))
      for (const [name, xml] of Object.entries(reference)) expect(fast[name], name).toBe(xml)
      // Not vacuous: the sheet holds the rows, shared strings and formulas.
      expect(fast['xl/worksheets/sheet1.xml']).toContain('<row r="404"')
      expect(fast['xl/worksheets/sheet1.xml']).toContain('<f>2*D7</f>')
      expect(fast['xl/sharedStrings.xml']).toContain('Plus &amp; extra')
    }
  })

  it('encodes text as exceljs does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(xmlText(text)).toBe(xmlEncode(text))
      }),
    )
    expect(xmlText(`a<b>&'"\u0001\u007F\tc`)).toBe('a&lt;b&gt;&amp;&apos;&quot;\tc')
  })

  it('starts only below rows that are all committed', () => {
    const workbook = new StreamingWorkbook(new PassThrough())
    const sheet = workbook.addWorksheet('Blad')
    sheet.getRow(1).getCell(1).value = 'kop'
    expect(() => new RowXmlWriter(workbook.styles, workbook.strings, sheet, 2, 3)).toThrow()
    sheet.getRow(1).commit()
    expect(new RowXmlWriter(workbook.styles, workbook.strings, sheet, 2, 3)).toBeInstanceOf(RowXmlWriter)
    expect(() => sheet.getRow(1)).toThrow()
  })
})
