import { join } from 'node:path'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { CHECK_PRINT, FOLLOW_UP_CM, writeOverallCheckWorkbook, writePartnerCheckWorkbook } from '../../../../src/main/reports/quarterlyCheckWorkbook'
import { printableWidthPx, PX_PER_CM, PX_PER_WIDTH_UNIT } from '../../../../src/main/excel/printSetup'
import { readWorkbook, sheet, useTempFolder } from '../excel/readBack'
import { checkReport, CONTEXT, fixture } from './fixtures'

/**
 * The check lists are printed and written on by managers: 9 pt at least on landscape A4, follow-up boxes
 * of 4 cm and rows of 0.8 cm on paper, each partner from a new page, VOORLOPIG on every page when provisional.
 * Paper sizes from the sheet: a width unit of Calibri 11 is 7 px at 96 dpi (4 cm = 151 px = 21.6 units at
 * 100%, 26.4 at 82%); a point is 1/72 inch (0.8 cm = 22.7 pt).
 */
const report = checkReport(fixture())
const temp = useTempFolder('check-print')
const scale = CHECK_PRINT.scale / 100

// exceljs leaves out a width of 9 (its default); such a column then has Excel's default width, 8.43 shown = 9.14 stored.
const widthOf = (ws: ExcelJS.Worksheet, column: number): number => ws.getColumn(column).width ?? 9.140625

function printedCm(ws: ExcelJS.Worksheet, column: number): number {
  return (widthOf(ws, column) * PX_PER_WIDTH_UNIT * scale) / PX_PER_CM
}

function totalPx(ws: ExcelJS.Worksheet, columns: number): number {
  return Array.from({ length: columns }, (_, i) => widthOf(ws, i + 1) * PX_PER_WIDTH_UNIT).reduce((a, b) => a + b, 0)
}

async function sheets(provisional: boolean) {
  const partner = await writePartnerCheckWorkbook(
    join(temp(), `p-${provisional}.xlsx`),
    { ...report, provisional, rows: report.rows.filter((r) => r.partnerId === 'p1'), partnerName: 'Zorggroep Noord' },
    CONTEXT,
  )
  const overall = await writeOverallCheckWorkbook(join(temp(), `a-${provisional}.xlsx`), { ...report, provisional }, CONTEXT)
  return {
    partner: sheet(await readWorkbook(partner.path), 'Abonnementscheck'),
    overall: sheet(await readWorkbook(overall.path), 'Per cliënt'),
    overallPath: overall.path,
  }
}

describe('quarterly check lists on paper', () => {
  it('print landscape A4 at a fixed 82%: 11-point text prints at ≥ 9 pt, and the columns fit the page width', async () => {
    const { partner, overall } = await sheets(false)
    for (const [ws, columns] of [
      [partner, 12],
      [overall, 13],
    ] as const) {
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, scale: 82 })
      expect(ws.getCell(6, 1).font?.size ?? 0).toBeGreaterThanOrEqual(11)
      expect(ws.getCell(5, 1).font?.size ?? 0).toBeGreaterThanOrEqual(11)
      expect(ws.getCell(2, 1).font?.size ?? 0).toBeGreaterThanOrEqual(11)
      expect(11 * scale).toBeGreaterThanOrEqual(9)
      expect(ws.getCell(5, columns + 1).value).toBeNull()
      // LibreOffice lays a width unit out about 6% wider than Excel (7.4 px): the columns leave that room.
      expect(totalPx(ws, columns) * 1.06).toBeLessThanOrEqual(printableWidthPx('landscape', CHECK_PRINT.scale))
      expect(ws.headerFooter.oddFooter).toContain('&11')
    }
  })

  it('have follow-up columns at least 4 cm wide and rows at least 0.8 cm tall on paper', async () => {
    const { partner, overall } = await sheets(false)
    for (const [ws, first] of [
      [partner, 10],
      [overall, 11],
    ] as const) {
      expect([5, first, first + 1, first + 2].map((c) => ws.getCell(5, c).value).slice(1)).toEqual(['Besproken met', 'Datum', 'Besluit'])
      for (const c of [first, first + 1, first + 2]) expect(printedCm(ws, c)).toBeGreaterThanOrEqual(FOLLOW_UP_CM)
      for (let row = 6; row < 6 + 5; row++) expect(((ws.getRow(row).height ?? 0) * scale * 2.54) / 72).toBeGreaterThanOrEqual(0.8)
    }
  })

  it('start each partner of the overall list on a new page, with its contact person on it', async () => {
    const { overall, overallPath } = await sheets(false)
    const zip = await JSZip.loadAsync(readFileSync(overallPath))
    const xml = (await zip.file('xl/worksheets/sheet2.xml')?.async('string')) ?? ''
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]))
    const partnerOfRow = (row: number) => overall.getCell(row, 1).text.split('\n')[0]
    const starts = Array.from({ length: report.rows.length }, (_, i) => 6 + i).filter((row) => row > 6 && partnerOfRow(row) !== partnerOfRow(row - 1))
    expect(starts.length).toBe(1)
    expect(breaks).toEqual(starts.map((row) => row - 1))
    // The contact person is on each partner's first row: the first row of its first page.
    for (const row of [6, ...starts]) expect(overall.getCell(row, 1).text).toMatch(/\nCarla Contact\n0501234567$/)
  })

  it('say VOORLOPIG on every page (in the header) and in the title when provisional; not otherwise', async () => {
    const provisional = await sheets(true)
    for (const ws of [provisional.partner, provisional.overall]) {
      expect(ws.headerFooter.oddHeader).toMatch(/&R&B&14VOORLOPIG&B$/)
      expect(ws.headerFooter.oddFooter).not.toContain('VOORLOPIG')
      expect(ws.getCell('A1').text).toContain('VOORLOPIG')
    }
    const final = await sheets(false)
    for (const ws of [final.partner, final.overall]) {
      expect(ws.headerFooter.oddHeader).not.toContain('VOORLOPIG')
      expect(ws.getCell('A1').text).not.toContain('VOORLOPIG')
    }
  })
})
