import Papa from 'papaparse'
import type { TableCell, TableRow } from '@shared/import/table'
import { AppError } from '../appError'
import { PROGRESS_EVERY_ROWS, type OnRows, type TableLimits } from './tableLimits'

const CANDIDATES = [';', ',', '\t', '|'] as const
const SAMPLE_LINES = 20

/**
 * The text of a CSV file. Excel on a Dutch Windows saves "CSV (puntkomma gescheiden)" in Windows-1252, other
 * tools in UTF-8 (with or without BOM): UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise, so
 * `Cliëntnummer` reads right either way. Excel's "Unicode text" is UTF-16 with a BOM.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/**
 * The separator: the candidate that occurs on every one of the first lines that hold any candidate, most
 * often; `;` on a tie (Dutch Excel). Papaparse's own guess gives up on files with an empty line or a title
 * line, and a `;` file with decimal commas must not be read as comma-separated.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/, SAMPLE_LINES * 2)
    .filter((line) => CANDIDATES.some((c) => line.includes(c)))
    .slice(0, SAMPLE_LINES)
  let best: string = ';'
  let bestCount = 0
  for (const candidate of CANDIDATES) {
    const least = Math.min(...lines.map((line) => line.split(candidate).length - 1))
    if (lines.length > 0 && least > bestCount) {
      best = candidate
      bestCount = least
    }
  }
  return best
}

/**
 * Whether decoded text is no text at all: a NUL never occurs in a CSV, but throughout a binary file or
 * UTF-16 without a BOM.
 */
export function looksBinary(text: string): boolean {
  return text.includes('\u0000')
}

export interface CsvLimits {
  readonly fileName: string
  readonly limits: Pick<TableLimits, 'maxRows' | 'maxColumns'>
  readonly onRows?: OnRows
}

/**
 * Rows of a CSV text with the line each starts on (a quoted field may span lines); empty rows left out.
 * With limits, too many rows or columns stop the parse with the user's code.
 */
export function parseCsv(text: string, options?: CsvLimits): TableRow[] {
  const rows: TableRow[] = []
  let line = 1
  let counted = 0
  let refused: AppError | undefined
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    step: (result, parser) => {
      if (options !== undefined && result.data.length > options.limits.maxColumns) {
        refused = new AppError('table-too-many-columns', { file: options.fileName, limit: options.limits.maxColumns })
        return parser.abort()
      }
      const cells: TableCell[] = result.data.map((value) => (value.trim() === '' ? null : value))
      if (cells.some((c) => c !== null)) {
        if (options !== undefined && rows.length >= options.limits.maxRows) {
          refused = new AppError('table-too-many-rows', { file: options.fileName, limit: options.limits.maxRows })
          return parser.abort()
        }
        rows.push({ line, cells })
        if (rows.length % PROGRESS_EVERY_ROWS === 0) options?.onRows?.(rows.length)
      }
      const cursor = result.meta.cursor
      for (let i = counted; i < cursor; i++) if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++
      counted = cursor
    },
  })
  if (refused !== undefined) throw refused
  return rows
}
