import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeSignalListWorkbook } from '../../../../src/main/reports/signalListWorkbook'
import { signalListFileName } from '../../../../src/main/reports/reportFileNames'
import { formulaOf, readWorkbook, rowValues, sheet, useTempFolder, utcDate } from '../excel/readBack'
import { CONTEXT, signalReport, TODAY } from './fixtures'

const temp = useTempFolder('signal')

describe('signal list workbook (spec rule 10)', () => {
  it('shows title, criteria, deadline, working days left, overdue flag, extra columns and action', async () => {
    const report = signalReport()
    const written = await writeSignalListWorkbook(join(temp(), signalListFileName(report.title, TODAY)), report, CONTEXT)
    expect(written.path).toBe(join(temp(), 'Werklijst Afmeldingen te verwerken 2026-12-01.xlsx'))
    const ws = sheet(await readWorkbook(written.path), 'Werklijst')
    expect(ws.getCell('A1').value).toBe('Afmeldingen te verwerken')
    expect(ws.getCell('A2').value).toBe('Peildatum 01-12-2026. Werkdagen over: negatief = termijn verstreken.')
    expect(ws.getCell('A3').value).toBe(report.description)
    expect(rowValues(ws, 5, 9)).toEqual(['Partner', 'Cliënt-\nnummer', 'Naam', 'Uiterlijk', 'Werkdagen over', 'Te laat', 'Ontvangen', 'Ingangsdatum', 'Actie'])
    expect(rowValues(ws, 6, 9)).toEqual([
      'Zorggroep Noord',
      '1003',
      'Maria de Vries-Jansen 3',
      utcDate('2026-11-24'),
      -5,
      'ja',
      utcDate('2026-11-10'),
      utcDate('2026-11-20'),
      'Afmelding verwerken per 20-11-2026 (eerste dag die niet meer wordt gefactureerd)',
    ])
    expect(ws.getCell('H6').numFmt).toBe('dd-mm-yyyy')
  })

  it('shades overdue rows and counts rows and overdue ones in formulas', async () => {
    const written = await writeSignalListWorkbook(join(temp(), 'w.xlsx'), signalReport(), CONTEXT)
    const ws = sheet(await readWorkbook(written.path), 'Werklijst')
    expect(ws.getCell('A6').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFF8D7D7' } })
    expect(ws.getCell('I6').fill).toMatchObject({ pattern: 'solid' })
    expect(ws.getCell('A7').fill).toMatchObject({ pattern: 'none' })
    expect(ws.getCell('A9').value).toBe('Aantal')
    expect(formulaOf(ws, 'B9')).toEqual({ formula: 'COUNTA(B6:B8)', result: 3 })
    expect(formulaOf(ws, 'F9')).toEqual({ formula: 'COUNTIF(F6:F8,"ja")', result: 1 })
    expect(written.totals).toEqual({ rows: 3, overdue: 1 })
  })

  it('keeps injected formulas as text', async () => {
    const written = await writeSignalListWorkbook(join(temp(), 'w.xlsx'), signalReport(), CONTEXT)
    const ws = sheet(await readWorkbook(written.path), 'Werklijst')
    expect(rowValues(ws, 8, 3)).toEqual(["Zorg & Welzijn 'De Brug' / Zuid", `'=1+1`, `'=HYPERLINK("http://example.com","klik") Test`])
    expect(ws.getCell('I8').value).toBe(`'-Afmelding verwerken per 31-12-2026`)
  })

  it('still writes a list without rows, saying so', async () => {
    const written = await writeSignalListWorkbook(join(temp(), 'w.xlsx'), { ...signalReport(), rows: [] }, CONTEXT)
    const ws = sheet(await readWorkbook(written.path), 'Werklijst')
    expect(ws.getCell('A6').value).toBe('Geen cliënten op deze lijst.')
    expect(written.totals).toEqual({ rows: 0, overdue: 0 })
  })
})
