/** `1` → `A`, `27` → `AA`. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`Invalid column number: ${column}`)
  let n = column
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** `cellRef(3, 2)` → `B3` (row first, as exceljs's getCell(row, column)). */
export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`
}

/** `B3:B10` — one column from `fromRow` to `toRow`. */
export function columnRange(column: number, fromRow: number, toRow: number): string {
  return `${cellRef(fromRow, column)}:${cellRef(toRow, column)}`
}

/** `'Cliëntenoverzicht'!` — a sheet name quoted for use in a formula (apostrophes doubled). */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`
}

// Excel refuses these in sheet names, and a name may not start or end with an apostrophe.
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(SHEET_NAME_FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim()
  return clean === '' ? 'Blad' : clean
}
