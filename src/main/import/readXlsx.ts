import type { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { TableCell, TableRow } from '@shared/import/table'
import { AppError } from '../appError'
import { PROGRESS_EVERY_ROWS, toMb, type OnRows, type TableLimits } from './tableLimits'
import { workbookParts } from './xlsxParts'
import { ZipRefused } from './zipArchive'

const two = (n: number) => String(n).padStart(2, '0')

/**
 * An `.xlsx` date cell as `jjjj-mm-dd` (with ` uu:mm` when it has a time). exceljs hands out the cell's day
 * number as a UTC instant, so the UTC fields are the day as Excel shows it, whatever the computer's zone.
 */
export function excelDateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`
  const h = date.getUTCHours()
  const m = date.getUTCMinutes()
  const s = date.getUTCSeconds()
  if (h === 0 && m === 0 && s === 0) return day
  return `${day} ${two(h)}:${two(m)}${s === 0 ? '' : `:${two(s)}`}`
}

/** One cell as text, number or empty: formulas give their result, rich text its text, errors their code. */
export function toTableCell(value: unknown): TableCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : excelDateText(value)
  if (typeof value === 'object') {
    if ('result' in value) return toTableCell(value.result)
    if ('richText' in value && Array.isArray(value.richText)) {
      return toTableCell(value.richText.map((part: unknown) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '')).join(''))
    }
    if ('text' in value) return toTableCell(value.text)
    if ('error' in value) return String(value.error)
  }
  return null
}

/**
 * The rows of the first worksheet that has any, each with its row number in Excel. The archive is checked
 * against the limits and unpacked part by part (xlsxParts.ts) and the sheet read as a stream, so a
 * 100,000-row export never sits in memory as a workbook. Styles are read so date cells come out as dates.
 */
export async function readXlsx(zip: Buffer, fileName: string, limits: TableLimits, onRows: OnRows = () => {}): Promise<TableRow[]> {
  let parts: Readable
  try {
    parts = workbookParts(zip, limits)
  } catch (error) {
    throw zipError(error, fileName)
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(parts, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  try {
    for await (const sheet of reader) {
      const rows: TableRow[] = []
      for await (const row of sheet) {
        const values: unknown[] = Array.isArray(row.values) ? row.values : []
        if (values.length - 1 > limits.maxColumns) throw new AppError('table-too-many-columns', { file: fileName, limit: limits.maxColumns })
        // row.values is sparse and 1-based (index 0 is always empty): fill the holes.
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => toTableCell(values[i + 1]))
        if (!cells.some((c) => c !== null)) continue
        if (rows.length >= limits.maxRows) throw new AppError('table-too-many-rows', { file: fileName, limit: limits.maxRows })
        rows.push({ line: row.number, cells })
        if (rows.length % PROGRESS_EVERY_ROWS === 0) onRows(rows.length)
      }
      if (rows.length > 0) return rows
    }
  } catch (error) {
    throw zipError(error, fileName)
  } finally {
    parts.destroy()
  }
  return []
}

/** A refused archive as the user's code; any other failure of exceljs means the workbook is damaged. */
function zipError(error: unknown, fileName: string): AppError {
  if (error instanceof AppError) return error
  if (error instanceof ZipRefused && error.problem.kind === 'too-many-entries') {
    return new AppError('table-xlsx-too-many-parts', { file: fileName, limit: error.problem.limit }, { cause: error })
  }
  if (error instanceof ZipRefused && error.problem.kind === 'too-large-unpacked') {
    return new AppError('table-xlsx-too-large-unpacked', { file: fileName, limitMb: toMb(error.problem.limit) }, { cause: error })
  }
  return new AppError('table-xlsx-unreadable', { file: fileName }, { cause: error })
}
