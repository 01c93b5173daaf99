import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach } from 'vitest'

/** Reads a written workbook back with exceljs, the way a test looks at what finance will open. */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  return workbook
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name)
  if (!found) throw new Error(`Geen tabblad ${name}; wel: ${workbook.worksheets.map((w) => w.name).join(', ')}`)
  return found
}

/** Every cell as text (formulas as their formula and cached result), for scans such as "no BSN anywhere". */
export function allCellTexts(workbook: ExcelJS.Workbook): string[] {
  const texts: string[] = []
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value
        if (value === null || value === undefined) return
        if (typeof value === 'object' && 'formula' in value) texts.push(`${value.formula} ${JSON.stringify(value.result ?? null)}`)
        else texts.push(value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value))
      })
    })
    texts.push(ws.headerFooter.oddHeader ?? '', ws.headerFooter.oddFooter ?? '')
  }
  texts.push(workbook.title, workbook.subject, workbook.keywords ?? '')
  return texts
}

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
