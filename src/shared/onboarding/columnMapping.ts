import { cellText, headerKey, isBlankRow, type TableRow } from '../import/table'
import { keysOf, type ImportField } from './fields'

/**
 * A clerk's choice for a file layout: header key (as `headerKey`) → the field it means, or `null` for a
 * column to leave out. Remembered per import kind and file layout (`layoutKey`), so the next export of the
 * same partner or system is read without asking again.
 */
export type ColumnChoices = Readonly<Record<string, string | null>>

export interface RecognisedColumn {
  readonly field: string
  /** The header as the file writes it. */
  readonly header: string
  readonly column: number
  /** `clerk`: by a remembered or just-made choice; `name`: by the field's name or a synonym. */
  readonly by: 'clerk' | 'name'
}

export interface ColumnMatch {
  /** Index of the header row in the table, and its line in the file. */
  readonly headerIndex: number
  readonly headerLine: number
  /** Field key → column index. */
  readonly index: Readonly<Record<string, number>>
  readonly recognised: readonly RecognisedColumn[]
  /** File headers no field claims, in file order (left out; the mapping screen offers them). */
  readonly unmatched: readonly { readonly header: string; readonly column: number }[]
  /** Fields two or more columns claim (the first one counts until the clerk chooses). */
  readonly doubled: readonly string[]
  /** Fields every row needs (`required: 'yes'`) that no column gives. */
  readonly missing: readonly string[]
  /** Identifies the file's layout, for remembering the clerk's choices. */
  readonly layoutKey: string
}

/** Rows searched for the header: exports sometimes start with a title or an empty line. */
const HEADER_SEARCH_ROWS = 20

function keyIndex(fields: readonly ImportField[]): Map<string, string> {
  const index = new Map<string, string>()
  for (const field of fields) for (const key of keysOf(field)) if (!index.has(key)) index.set(key, field.key)
  return index
}

/** The header row: among the first rows, the one in which most cells name a field (ties: the first). */
function findHeader(rows: readonly TableRow[], known: (key: string) => boolean): number {
  let best = -1
  let bestHits = 0
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    if (isBlankRow(row)) return
    const hits = row.cells.filter((cell) => known(headerKey(cellText(cell)))).length
    if (hits > bestHits) {
      best = i
      bestHits = hits
    }
  })
  return best
}

/** The layout of a header row: its header keys in order. Two exports of the same system share it. */
export function layoutKeyOf(headers: readonly string[]): string {
  return headers
    .map(headerKey)
    .filter((key) => key !== '')
    .join('|')
}

/**
 * Matches a file's columns to the fields of an import: first by the clerk's remembered
 * choices for this layout, then by each field's Dutch header, English name and synonyms, compared as
 * `headerKey` (case, accents, punctuation and text in brackets do not count: `Cliëntnummer`, `Clientnr`,
 * `Client number` and `Cliënt-nummer (ECD)` all name the client number). Returns null when no row among the
 * first twenty looks like a header.
 */
export function matchColumns(rows: readonly TableRow[], fields: readonly ImportField[], choices: ColumnChoices = {}): ColumnMatch | null {
  const byName = keyIndex(fields)
  const fieldKeys = new Set(fields.map((f) => f.key))
  const chosen = (key: string): string | null | undefined => {
    if (!Object.hasOwn(choices, key)) return undefined
    const value = choices[key]
    return value === null || (value !== undefined && fieldKeys.has(value)) ? value : undefined
  }
  const headerIndex = findHeader(rows, (key) => byName.has(key) || typeof chosen(key) === 'string')
  const headerRow = headerIndex === -1 ? undefined : rows[headerIndex]
  if (headerRow === undefined) return null

  const index: Record<string, number> = {}
  const recognised: RecognisedColumn[] = []
  const unmatched: { header: string; column: number }[] = []
  const doubled = new Set<string>()
  const headers = headerRow.cells.map((cell) => cellText(cell))
  headers.forEach((header, column) => {
    if (header === '') return
    const key = headerKey(header)
    const choice = chosen(key)
    const field = choice !== undefined ? choice : (byName.get(key) ?? null)
    if (field === null) {
      unmatched.push({ header, column })
      return
    }
    if (index[field] !== undefined) {
      doubled.add(field)
      return
    }
    index[field] = column
    recognised.push({ field, header, column, by: choice !== undefined ? 'clerk' : 'name' })
  })
  const missing = fields.filter((f) => f.required === 'yes' && index[f.key] === undefined).map((f) => f.key)
  return { headerIndex, headerLine: headerRow.line, index, recognised, unmatched, doubled: [...doubled], missing, layoutKey: layoutKeyOf(headers) }
}

/** The choices that turn `match` into what the clerk picked in the mapping screen: field → file column. */
export function choicesFromMapping(
  match: ColumnMatch,
  headers: readonly string[],
  picked: Readonly<Record<string, number | null>>,
): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const [field, column] of Object.entries(picked)) {
    if (column === null) continue
    const header = headers[column]
    if (header !== undefined && header !== '') out[headerKey(header)] = field
  }
  // A column a field had by name but the clerk moved elsewhere is left out from now on.
  for (const r of match.recognised)
    if (picked[r.field] !== undefined && picked[r.field] !== r.column && !(headerKey(r.header) in out)) out[headerKey(r.header)] = null
  return out
}
