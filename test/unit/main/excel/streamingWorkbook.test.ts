import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { setAutoFilter } from '../../../../src/main/excel/autoFilter'
import type { Style } from '../../../../src/main/excel/cellStyle'
import { NUMBER_FORMATS } from '../../../../src/main/excel/numberFormats'
import { pageHeaderFooter, printPageSetup } from '../../../../src/main/excel/printSetup'
import { StreamingWorkbook } from '../../../../src/main/excel/streamingWorkbook'
import { writeWorkbookFile } from '../../../../src/main/excel/workbookFile'
import { readWorkbook, sheet, useTempFolder } from './readBack'

const temp = useTempFolder('workbook')
const page = { title: 'Lijst & co', organisation: 'Zorg op Afstand', generatedOn: parseCalendarDate('2026-12-01') }

const HEADER: Partial<Style> = {
  font: { name: 'Calibri', size: 11, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } },
  border: { top: { style: 'thin', color: { argb: 'FF808080' } }, bottom: { style: 'double', color: { argb: 'FF808080' } } },
  alignment: { horizontal: 'right', vertical: 'bottom', wrapText: true },
}
const MONEY: Partial<Style> = { font: { name: 'Calibri', size: 11 }, numFmt: NUMBER_FORMATS.money, alignment: { vertical: 'middle', indent: 1 } }
const TITLE: Partial<Style> = { font: { name: 'Calibri', size: 14, bold: true, italic: true, color: { argb: 'FF404040' } } }

/** A small workbook that uses every feature the reports use, written with the streaming writer. */
async function writeSample(): Promise<string> {
  const { path } = await writeWorkbookFile(
    join(temp(), 'proef.xlsx'),
    { title: 'Proef', subject: 'Alles', creator: 'Zorg op Afstand', generatedOn: page.generatedOn, keywords: 'proef' },
    async (workbook, checkpoint) => {
      await checkpoint()
      const first = workbook.addWorksheet('Factuur', { pageSetup: printPageSetup('portrait', null), views: [{ state: 'normal', showGridLines: false }] })
      first.columns = [{ width: 24 }, { width: 9 }, { width: 18 }]
      const top = first.getRow(1)
      top.getCell(1).value = 'Titel'
      top.getCell(1).style = TITLE
      top.height = 22
      first.mergeCells(1, 1, 1, 3)
      top.commit()
      first.commit()

      const list = workbook.addWorksheet("Per cliënt's", {
        views: [{ state: 'frozen', ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
        pageSetup: printPageSetup('landscape', 2, { scale: 82 }),
        headerFooter: pageHeaderFooter(page),
      })
      list.columns = [{ width: 12 }, { width: 12 }, { width: 30 }]
      const header = list.getRow(2)
      ;['Naam', 'Bedrag', 'Opmerking'].forEach((text, i) => {
        header.getCell(i + 1).value = text
        header.getCell(i + 1).style = HEADER
      })
      header.commit()
      for (let r = 3; r <= 6; r++) {
        const row = list.getRow(r)
        row.getCell(1).value = `Cliënt <${r}> & "zoon"`
        row.getCell(2).value = r * 1.25
        row.getCell(2).style = MONEY
        row.getCell(3).value = r === 4 ? 'regel 1\nregel 2' : r % 2 === 0
        row.commit()
      }
      list.addRowBreak(4)
      const totals = list.getRow(7)
      totals.getCell(2).value = { formula: 'SUM(B3:B6)', result: 22.5 }
      totals.getCell(3).value = { formula: 'IF(B7=0,"","ok")', result: 'ok' }
      totals.commit()
      setAutoFilter(workbook, list, 2, 6, 3)
      list.commit()
    },
    { now: new Date('2026-12-01T09:00:00Z') },
  )
  return path
}

describe('the streaming workbook writer, read back by another reader', () => {
  it('keeps values, formulas, styles, layout and print settings', async () => {
    const path = await writeSample()
    const workbook = await readWorkbook(path)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Factuur', "Per cliënt's"])
    expect(workbook.title).toBe('Proef')
    expect(workbook.creator).toBe('Zorg op Afstand')
    expect(workbook.keywords).toBe('proef')

    const first = sheet(workbook, 'Factuur')
    expect(first.getCell('A1').value).toBe('Titel')
    expect(first.getCell('A1').font).toMatchObject({ bold: true, italic: true, size: 14, color: { argb: 'FF404040' } })
    expect(first.getCell('C1').font).toMatchObject({ bold: true, size: 14 })
    expect(first.model.merges).toEqual(['A1:C1'])
    expect(first.getRow(1).height).toBe(22)
    expect(first.getColumn(1).width).toBe(24)
    expect(first.getColumn(3).width).toBe(18)
    expect(first.views[0]).toMatchObject({ showGridLines: false })
    expect(first.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 })

    const list = sheet(workbook, "Per cliënt's")
    expect(list.getCell('A3').value).toBe('Cliënt <3> & "zoon"')
    expect(list.getCell('B5').value).toBe(6.25)
    expect(list.getCell('C4').value).toBe('regel 1\nregel 2')
    expect(list.getCell('C5').value).toBe(false)
    expect(list.getCell('C6').value).toBe(true)
    expect(list.getCell('B7').value).toEqual({ formula: 'SUM(B3:B6)', result: 22.5 })
    expect(list.getCell('C7').value).toEqual({ formula: 'IF(B7=0,"","ok")', result: 'ok' })
    expect(list.getCell('B3').numFmt).toBe(NUMBER_FORMATS.money)
    expect(list.getCell('B3').alignment).toMatchObject({ vertical: 'middle', indent: 1 })
    expect(list.getCell('C2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } })
    expect(list.getCell('C2').border).toMatchObject({ top: { style: 'thin', color: { argb: 'FF808080' } }, bottom: { style: 'double' } })
    expect(list.getCell('C2').alignment).toMatchObject({ horizontal: 'right', vertical: 'bottom', wrapText: true })
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' })
    expect(list.autoFilter).toBe('A2:C6')
    expect(list.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, scale: 82, fitToPage: false, printTitlesRow: '2:2' })
    expect(list.pageSetup.margins).toMatchObject({ left: 0.25, right: 0.25, top: 0.75, bottom: 0.75 })
    expect(list.headerFooter.oddHeader).toBe('&L&8Zorg op Afstand&R&8Lijst && co')
    expect(list.headerFooter.oddFooter).toContain('Pagina &P van &N')

    // What this reader does not model, read from the parts themselves.
    const zip = await JSZip.loadAsync(readFileSync(path))
    const book = await zip.file('xl/workbook.xml')!.async('string')
    expect(book).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1">&apos;Per cliënt&apos;&apos;s&apos;!$A$2:$C$6</definedName>`)
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Per cliënt&apos;&apos;s&apos;!$2:$2</definedName>`)
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" min="0" man="1"/></rowBreaks>')
    // A column of the default width is left to the default, as the files have always had it.
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<col min="3" max="3" width="18" customWidth="1"/>')
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'xl/theme/theme1.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ].sort(),
    )
  })

  it('refuses to change a row that is already written', () => {
    const workbook = new StreamingWorkbook(new PassThrough())
    const ws = workbook.addWorksheet('Blad')
    ws.getRow(2).commit()
    expect(() => ws.getRow(1)).toThrow(/already written/)
    expect(() => ws.getRow(2)).toThrow(/already written/)
    expect(ws.getRow(3).number).toBe(3)
  })
})
