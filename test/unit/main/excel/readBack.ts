import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { afterEach } from 'vitest'
import { allCellTexts, readWorkbook, sheet } from './workbookText'

export { allCellTexts, readWorkbook, sheet }

/** The values of one row from column 1 to `columns`, formulas as `{ formula, result }`. */
export function rowValues(ws: ExcelJS.Worksheet, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, i) => ws.getCell(row, i + 1).value)
}

export function formulaOf(ws: ExcelJS.Worksheet, address: string): { formula: string; result: unknown } {
  const value = ws.getCell(address).value
  if (value === null || typeof value !== 'object' || !('formula' in value)) throw new Error(`${address} is geen formule: ${JSON.stringify(value)}`)
  return { formula: value.formula ?? '', result: value.result }
}

/** Finds the row whose first cell holds `text`. */
export function rowWithLabel(ws: ExcelJS.Worksheet, text: string, column = 1): number {
  let found = -1
  ws.eachRow((row, n) => {
    if (found === -1 && row.getCell(column).value === text) found = n
  })
  if (found === -1) throw new Error(`Geen rij met "${text}" in ${ws.name}`)
  return found
}

/** A fresh temporary folder per test, removed afterwards. */
export function useTempFolder(prefix: string): () => string {
  let folder = ''
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true })
    folder = ''
  })
  return () => {
    if (!folder) folder = mkdtempSync(join(tmpdir(), `${prefix}-`))
    return folder
  }
}

export function filesIn(folder: string): string[] {
  return readdirSync(folder).sort()
}

/** A UTC date as exceljs returns a date cell: the calendar date at midnight UTC. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`)
}
