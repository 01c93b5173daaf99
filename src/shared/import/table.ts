import { z } from 'zod'
import { importProblem, type ImportProblem } from '../problems/import'

/**
 * A spreadsheet or CSV file as rows of cells, the way the import rules read it: text, a number (only from
 * `.xlsx`, where a cell has a type) or empty. Dates from `.xlsx` arrive as `jjjj-mm-dd` text (with ` uu:mm`
 * when the cell holds a time), so no time zone can shift them. `line` is the row number the clerk sees in
 * Excel or a text editor, so a rejected row can be found in the file.
 */
export const tableCellSchema = z.union([z.string(), z.number().finite(), z.null()])
export type TableCell = z.infer<typeof tableCellSchema>

export const tableRowSchema = z.object({ line: z.number().int().positive(), cells: z.array(tableCellSchema) })
export interface TableRow {
  readonly line: number
  readonly cells: TableCell[]
}

/** The text of a cell as the clerk would read it; numbers without grouping (`1234.5`). */
export function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return ''
  return typeof cell === 'number' ? String(cell) : cell.trim()
}

export function isBlankRow(row: TableRow): boolean {
  return row.cells.every((cell) => cellText(cell) === '')
}

/**
 * A header as a comparison key: lower case, accents and anything in brackets dropped, only letters and
 * digits kept. `Cliëntnummer`, `clientnummer` and `Client-nummer (ECD)` all become `clientnummer`.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9]/g, '')
}

const tableRowsSchema = z.array(tableRowSchema)

/** Rows sent as JSON text (the `table:open-file` channel), checked for their shape; the problem otherwise. */
export function parseTableRowsJson(text: string): { readonly ok: true; readonly rows: TableRow[] } | { readonly ok: false; readonly problem: ImportProblem } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: importProblem('import.unreadableRows') }
  }
  const parsed = tableRowsSchema.safeParse(value)
  return parsed.success ? { ok: true, rows: parsed.data } : { ok: false, problem: importProblem('import.unexpectedRows') }
}
