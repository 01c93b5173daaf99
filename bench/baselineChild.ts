import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { argValue, cpuMsSince, peakRssMb, reportResult } from './childResult'

export interface BaselineResult {
  readonly runMs: number
  readonly cpuMs: number
  readonly peakMb: number
  readonly files: number
  readonly rows: number
}

const COLUMNS = 12

/**
 * The floor to compare the monthly job with: as many files and rows, written with exceljs's streaming
 * writer and nothing else (no styles, formulas, widths or print setup, no computing).
 */
async function main(): Promise<void> {
  const rowsPerFile = JSON.parse(readFileSync(argValue('plan'), 'utf8')) as number[]
  const out = argValue('out')
  mkdirSync(out, { recursive: true })
  const start = performance.now()
  const cpu = process.cpuUsage()
  let fileIndex = 0
  for (const rows of rowsPerFile) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(out, `bestand ${++fileIndex}.xlsx`), useStyles: false, useSharedStrings: false })
    const sheet = workbook.addWorksheet('Blad1')
    sheet.addRow(Array.from({ length: COLUMNS }, (_, c) => `Kolom ${c + 1}`)).commit()
    for (let r = 0; r < rows; r++) {
      sheet.addRow([`C${100000 + r}`, `Cliënt ${r}`, 'Basis', 31, 31, 120, r % 97, r % 13, (r % 97) + (r % 13), 0.5, r % 7, 'nee']).commit()
    }
    sheet.commit()
    await workbook.commit()
  }
  const runMs = performance.now() - start
  const cpuMs = cpuMsSince(cpu)
  rmSync(out, { recursive: true, force: true })
  const result: BaselineResult = { runMs, cpuMs, peakMb: peakRssMb(), files: rowsPerFile.length, rows: rowsPerFile.reduce((a, b) => a + b, 0) }
  reportResult(result)
}

void main()
