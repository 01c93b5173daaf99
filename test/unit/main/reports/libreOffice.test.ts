import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeInvoiceWorkbook } from '../../../../src/main/reports/invoiceWorkbook'
import { runMonthlyReports } from '../../../../src/main/reports/monthlyRun'
import { invoiceFileName, signalListFileName } from '../../../../src/main/reports/reportFileNames'
import { writeSignalListWorkbook } from '../../../../src/main/reports/signalListWorkbook'
import { PLANS } from '../../shared/domain/fixtures'
import { PDFTOPPM, pdfPageSizes, pdfText, renderPages, SOFFICE, startLibreOffice, type LibreOfficeSession } from '../excel/libreOffice'
import { readWorkbook } from '../excel/readBack'
import { checkRowsFor, CONTEXT, finalAndCredit, fixture, invoicesFor, PERIOD_2026_11, signalReport, TODAY, usageReportsFor } from './fixtures'

/**
 * Every kind of workbook read by an independent program: LibreOffice opens each one, recalculates all
 * formulas and saves it again, and the recalculated totals must equal the cached ones exceljs wrote (what
 * Excel shows before it recalculates, and what a reader that never recalculates shows). It also prints each
 * to PDF; page 1 and 2 of each go to test/output/excel/ as PNG to look at.
 */
const PNG_FOLDER = fileURLToPath(new URL('../../../output/excel/', import.meta.url))
const CANARY = 'Controle herberekening.xlsx'
const LIBREOFFICE_TIMEOUT = 300_000

let work = ''
let files: string[] = []
let session: LibreOfficeSession | undefined

async function writeCanary(path: string): Promise<void> {
  // A deliberately wrong cached result: if LibreOffice did not recalculate, the comparison below would prove nothing.
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Blad')
  ws.getCell('A1').value = 1
  ws.getCell('A2').value = 2
  ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 99 }
  await wb.xlsx.writeFile(path)
}

function resultOf(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === 'object' && 'formula' in value) {
    const result = value.result
    return result === undefined || result === null || result === '' ? '' : result
  }
  return undefined
}

/** Formula cells of a workbook as `sheet!A1` → cached result. */
function formulaResults(wb: ExcelJS.Workbook): Map<string, unknown> {
  const results = new Map<string, unknown>()
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const result = resultOf(cell.value)
        if (result !== undefined) results.set(`${ws.name}!${cell.address}`, result)
      })
    })
  }
  return results
}

// Runs wherever LibreOffice and pdftoppm are installed (.ci/run installs both); skipped only on a machine without them.
describe.skipIf(SOFFICE === null || PDFTOPPM === null)('every workbook read back by LibreOffice', { timeout: LIBREOFFICE_TIMEOUT }, () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'excel-lo-'))
    const source = join(work, 'source')
    mkdirSync(source)
    const f = fixture()
    await runMonthlyReports(source, {
      billing: PERIOD_2026_11,
      context: CONTEXT,
      partners: f.partners,
      plans: PLANS,
      invoices: invoicesFor(f),
      usageReports: usageReportsFor(f),
      // Provisional: VOORLOPIG must reach every printed page.
      quarterlyCheck: { quarter: '2026-Q4', tolerancePercent: 10, rows: checkRowsFor(f), provisional: true },
    })
    const { final, credit } = finalAndCredit(f)
    await writeInvoiceWorkbook(join(source, invoiceFileName(final)), final, CONTEXT)
    await writeInvoiceWorkbook(join(source, invoiceFileName(credit)), credit, CONTEXT)
    const signals = signalReport()
    await writeSignalListWorkbook(join(source, signalListFileName(signals.title, TODAY)), signals, CONTEXT)
    await writeCanary(join(source, CANARY))
    files = readdirSync(source)
      .sort()
      .map((name) => join(source, name))

    session = await startLibreOffice()
    // Two soffice runs for everything: LibreOffice takes seconds to start.
    await session.convert(files, 'xlsx:Calc MS Excel 2007 XML', join(work, 'recalculated'))
    await session.convert(
      files.filter((file) => basename(file) !== CANARY),
      'pdf',
      join(work, 'pdf'),
    )
  }, LIBREOFFICE_TIMEOUT)

  afterAll(() => {
    session?.dispose()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  const recalculated = (file: string) => readWorkbook(join(work, 'recalculated', basename(file)))

  it('recalculates on opening (a wrong cached value is corrected)', async () => {
    const canary = files.find((file) => basename(file) === CANARY)!
    const wb = await recalculated(canary)
    expect(resultOf(wb.getWorksheet('Blad')!.getCell('A3').value)).toBe(3)
  })

  it('writes all kinds', () => {
    expect(files.map((file) => basename(file))).toEqual([
      "Abonnementscheck Zorg & Welzijn 'De Brug' - Zuid 2026-Q4.xlsx",
      'Abonnementscheck Zorggroep Noord 2026-Q4.xlsx',
      'Abonnementscheck alle partners 2026-Q4.xlsx',
      CANARY,
      'Creditnota 2026-0002 Zorggroep Noord 2026-11.xlsx',
      'Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx',
      "Factuur CONCEPT Zorg & Welzijn 'De Brug' - Zuid 2026-11.xlsx",
      'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx',
      "Verbruik Zorg & Welzijn 'De Brug' - Zuid 2026-11.xlsx",
      'Verbruik Zorggroep Noord 2026-11.xlsx',
      'Verbruik alle partners 2026-11.xlsx',
      'Werklijst Afmeldingen te verwerken 2026-12-01.xlsx',
    ])
  })

  it('gives every formula the same result as the cached one', async () => {
    let compared = 0
    for (const file of files.filter((f) => basename(f) !== CANARY)) {
      const cached = formulaResults(await readWorkbook(file))
      const recomputed = formulaResults(await recalculated(file))
      expect(cached.size, basename(file)).toBeGreaterThan(0)
      for (const [address, value] of cached) {
        const other = recomputed.get(address)
        if (typeof value === 'number') {
          expect(typeof other, `${basename(file)} ${address}`).toBe('number')
          expect(Math.abs((other as number) - value), `${basename(file)} ${address}: ${String(other)} ≠ ${value}`).toBeLessThan(1e-9)
        } else {
          expect(other, `${basename(file)} ${address}`).toEqual(value)
        }
        compared++
      }
    }
    expect(compared).toBeGreaterThan(60)
  })

  it('keeps autofilter, print titles, orientation, injected text and line breaks as LibreOffice reads them', async () => {
    for (const file of files.filter((f) => basename(f) !== CANARY)) {
      const original = await readWorkbook(file)
      const other = await recalculated(file)
      for (const ws of original.worksheets) {
        const read = other.getWorksheet(ws.name)!
        expect(read.pageSetup.orientation, `${basename(file)} ${ws.name}`).toBe(ws.pageSetup.orientation)
        // The check lists print at a fixed 82% (9 pt), the others one page wide.
        if (ws.pageSetup.fitToPage === false) expect(read.pageSetup.scale, `${basename(file)} ${ws.name}`).toBe(82)
        else expect(read.pageSetup.fitToWidth).toBe(1)
        if (ws.autoFilter) expect(read.autoFilter, `${basename(file)} ${ws.name}`).toBeTruthy()
        if (ws.pageSetup.printTitlesRow) expect(read.pageSetup.printTitlesRow).toBe(ws.pageSetup.printTitlesRow)
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            // Neutralised formulas stay text; line breaks (name and phone on two lines) survive.
            if (typeof cell.value === 'string' && (cell.value.startsWith("'") || cell.value.includes('\n'))) {
              expect(read.getCell(cell.address).value, `${basename(file)} ${ws.name}!${cell.address}`).toBe(cell.value)
            }
          }),
        )
      }
    }
  })

  it('prints invoices portrait and the wide lists landscape on A4', async () => {
    const pdf = (name: string) => join(work, 'pdf', name.replace(/\.xlsx$/, '.pdf'))
    const [invoicePage] = await pdfPageSizes(pdf('Factuur CONCEPT Zorggroep Noord 2026-11.xlsx'))
    expect(invoicePage!.height).toBeGreaterThan(invoicePage!.width)
    expect(Math.round(invoicePage!.width)).toBe(595) // A4: 595 × 842 points
    for (const name of ['Verbruik Zorggroep Noord 2026-11.xlsx', 'Abonnementscheck Zorggroep Noord 2026-Q4.xlsx']) {
      const [page] = await pdfPageSizes(pdf(name))
      expect(page!.width, name).toBeGreaterThan(page!.height)
    }
  })

  it('prints what a manager needs to read: euro amounts, Dutch dates, and name and phone on two lines', async () => {
    const pdf = (name: string) => join(work, 'pdf', name.replace(/\.xlsx$/, '.pdf'))
    const invoice = await pdfText(pdf('Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx'))
    expect(invoice).toMatch(/Totaal te betalen\s+€ 3\.127,45/)
    expect(invoice).toMatch(/Vervaldatum\s+31-12-2026/)
    const check = await pdfText(pdf('Abonnementscheck Zorggroep Noord 2026-Q4.xlsx'))
    expect(check).toMatch(/ Ali\s*\n.* 0687654321/)
    expect(check).not.toContain('Ali0687654321')
  })

  it('prints the check lists one page wide at 82% with VOORLOPIG on every page, each partner from a new page', async () => {
    const pdf = (name: string) => join(work, 'pdf', name.replace(/\.xlsx$/, '.pdf'))
    for (const name of ['Abonnementscheck Zorggroep Noord 2026-Q4.xlsx', 'Abonnementscheck alle partners 2026-Q4.xlsx']) {
      const pages = (await pdfText(pdf(name))).split('\f').filter((page) => page.trim() !== '')
      expect(pages.length, name).toBeGreaterThan(0)
      for (const [i, page] of pages.entries()) {
        expect(page, `${name} p${i + 1}`).toContain('VOORLOPIG')
        // The follow-up boxes are on the same page as the clients: nothing spills onto a second page across.
        if (page.includes('verbr.')) expect(page, `${name} p${i + 1}`).toContain('Besluit')
      }
    }
    const overall = (await pdfText(pdf('Abonnementscheck alle partners 2026-Q4.xlsx'))).split('\f')
    // Partner names wrap in their narrow column; the client numbers tell the partners apart (Z-… Zuid, 10… Noord).
    const detailPages = overall.filter((page) => page.includes('Besproken met') && /Z-00\d|\b10\d\d\b/.test(page))
    expect(detailPages.length).toBeGreaterThanOrEqual(2)
    for (const page of detailPages) expect(/Z-00\d/.test(page) && /\b10\d\d\b/.test(page), page.slice(0, 300)).toBe(false)
    expect(detailPages.filter((page) => page.includes('Carla')).length).toBeGreaterThanOrEqual(2)
  })

  it('renders pages 1 and 2 of each to PNG for a look', async () => {
    mkdirSync(PNG_FOLDER, { recursive: true })
    for (const name of readdirSync(join(work, 'pdf'))) {
      await renderPages(join(work, 'pdf', name), join(PNG_FOLDER, name.replace(/\.pdf$/, '')), 1, 2)
    }
    const pngs = readdirSync(PNG_FOLDER).filter((name) => name.endsWith('.png'))
    expect(pngs.length).toBeGreaterThanOrEqual(files.length - 1)
  })
})
