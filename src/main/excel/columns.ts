import { formatMoney } from '@shared/format/money'
import { centsToEuros, excelDateSerial, safeNumber, safeText, type CellPrimitive } from './cellValues'
import { NUMBER_FORMATS } from './numberFormats'

/**
 * What a column holds decides its cell type, number format, alignment and width:
 * - `text` short text (numbers, names, codes), `longText` wraps (actions, notes);
 * - `integer`, `minutes` (may have a fraction), `percent` (a fraction: 0.875 shows `87,5%`);
 * - `money` from integer cents, `date` from a `CalendarDate`;
 * - `flag` a boolean shown as `ja` or empty, so it can be filtered and counted;
 * - `followUp` an empty box to fill in by hand on paper.
 */
export type ColumnKind = 'text' | 'longText' | 'integer' | 'money' | 'minutes' | 'percent' | 'date' | 'flag' | 'followUp'

export type RawValue = string | number | boolean | null | undefined

/** How the totals row treats a column; its formula gets the exact result as cached value. */
export type ColumnTotal =
  | { readonly kind: 'sum' }
  /** Cells with a value (COUNTA). */
  | { readonly kind: 'count' }
  /** Rows whose flag is `ja` (COUNTIF). */
  | { readonly kind: 'countFlag' }
  /** Total of one column divided by the total of another (a percentage), empty when the divisor is 0. */
  | { readonly kind: 'ratio'; readonly numerator: string; readonly denominator: string }

export interface Column<R> {
  /** Refers to the column from another column's total (`ratio`). */
  readonly key: string
  /** Dutch header text; may wrap onto two or three lines. */
  readonly header: string
  readonly kind: ColumnKind
  /** Not needed for `followUp` columns. */
  readonly value?: (row: R) => RawValue
  /**
   * Makes the cell a formula (e.g. a partner's total over its block on another sheet); `value` is then its
   * cached result. `ref(key)` is the address of another column in the same row.
   */
  readonly formula?: (row: R, ref: (key: string) => string) => string
  readonly total?: ColumnTotal
  readonly minWidth?: number
  readonly maxWidth?: number
}

export const FLAG_TEXT = 'ja'

export interface ConvertedCell {
  readonly value: CellPrimitive
  /** Characters the value takes when shown, for the column width. */
  readonly length: number
}

const GROUPED = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 0 })

function longestLine(text: string): number {
  let longest = 0
  for (const line of text.split(/\r\n|\r|\n/)) longest = Math.max(longest, line.length)
  return longest
}

function requireNumber(raw: RawValue, header: string): number | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw !== 'number') throw new TypeError(`Kolom "${header}": getal verwacht, kreeg ${typeof raw}`)
  return safeNumber(raw, header)
}

/**
 * A raw value from data → the primitive written to the cell (through the X1 guard for text) and the
 * display length. Wrong types are a programming error and throw, rather than showing a wrong cell.
 */
export function convertCell(kind: ColumnKind, raw: RawValue, header: string): ConvertedCell {
  switch (kind) {
    case 'text':
    case 'longText': {
      if (raw === null || raw === undefined || raw === '') return { value: null, length: 0 }
      const text = safeText(typeof raw === 'string' ? raw : String(raw))
      return { value: text, length: longestLine(text) }
    }
    case 'flag':
      if (raw !== null && raw !== undefined && typeof raw !== 'boolean') throw new TypeError(`Kolom "${header}": ja/nee verwacht`)
      return raw === true ? { value: FLAG_TEXT, length: FLAG_TEXT.length } : { value: null, length: 0 }
    case 'followUp':
      return { value: null, length: 0 }
    case 'date': {
      if (raw === null || raw === undefined || raw === '') return { value: null, length: 0 }
      if (typeof raw !== 'string') throw new TypeError(`Kolom "${header}": datum verwacht`)
      return { value: excelDateSerial(raw), length: 10 }
    }
    case 'money': {
      const cents = requireNumber(raw, header)
      return cents === null ? { value: null, length: 0 } : { value: centsToEuros(cents), length: formatMoney(cents).length }
    }
    case 'integer':
    case 'minutes': {
      const n = requireNumber(raw, header)
      return n === null ? { value: null, length: 0 } : { value: n, length: GROUPED.format(n).length + (kind === 'minutes' ? 2 : 0) }
    }
    case 'percent': {
      const n = requireNumber(raw, header)
      return n === null ? { value: null, length: 0 } : { value: n, length: 7 }
    }
  }
}

export function numberFormatOf(kind: ColumnKind): string | undefined {
  switch (kind) {
    case 'money':
      return NUMBER_FORMATS.money
    case 'date':
      return NUMBER_FORMATS.date
    case 'integer':
      return NUMBER_FORMATS.integer
    case 'minutes':
      return NUMBER_FORMATS.minutes
    case 'percent':
      return NUMBER_FORMATS.percent
    default:
      return undefined
  }
}

export function isNumeric(kind: ColumnKind): boolean {
  return kind === 'money' || kind === 'integer' || kind === 'minutes' || kind === 'percent'
}

const DEFAULT_MAX_WIDTH: Record<ColumnKind, number> = {
  text: 36,
  longText: 60,
  integer: 14,
  money: 18,
  minutes: 14,
  percent: 10,
  date: 12,
  flag: 10,
  followUp: 30,
}
const DEFAULT_MIN_WIDTH: Record<ColumnKind, number> = {
  text: 8,
  longText: 24,
  integer: 7,
  money: 12,
  minutes: 9,
  percent: 8,
  date: 11,
  flag: 7,
  followUp: 14,
}

export interface ColumnLayout {
  readonly width: number
  /** Text columns wrap: a value longer than the width (or with a line break) continues on the next line. */
  readonly wrap: boolean
  readonly horizontal: 'left' | 'right' | 'center'
  /** One character of space on the left, when the column to the left is right-aligned (numbers would touch the text). */
  readonly indent: number
}

export function horizontalAlignment(kind: ColumnKind): ColumnLayout['horizontal'] {
  return isNumeric(kind) ? 'right' : kind === 'flag' ? 'center' : 'left'
}

/** Width from the longest header word (headers wrap) and the longest value, within the column's limits. */
export function layoutColumn(
  column: Pick<Column<unknown>, 'header' | 'kind' | 'minWidth' | 'maxWidth'>,
  longestValue: number,
  leftNeighbour: ColumnKind | null = null,
): ColumnLayout {
  const min = column.minWidth ?? DEFAULT_MIN_WIDTH[column.kind]
  const max = Math.max(min, column.maxWidth ?? DEFAULT_MAX_WIDTH[column.kind])
  const headerWord = Math.max(...column.header.split(/\s+/).map((w) => w.length))
  const horizontal = horizontalAlignment(column.kind)
  const indent = horizontal === 'left' && leftNeighbour !== null && horizontalAlignment(leftNeighbour) === 'right' ? 1 : 0
  // +3 for the filter button next to the header, +2 padding for values.
  const wanted = Math.max(headerWord + 3, longestValue + 2) + indent
  // A header word never breaks (Excel wraps at spaces only), so it wins over the maximum.
  const width = Math.max(headerWord + 2, Math.min(max, Math.max(min, wanted)))
  return { width, wrap: column.kind === 'text' || column.kind === 'longText', horizontal, indent }
}

/**
 * Lines a wrapped text needs at this column width: an estimate (proportional font, so a little generous),
 * used to give rows their height, because LibreOffice does not grow rows for wrapped text on opening.
 */
export function textLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 2)
  let lines = 0
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0
    lines++
    for (const word of paragraph.split(' ')) {
      if (used === 0) used = Math.min(word.length, perLine)
      else if (used + 1 + word.length <= perLine) used += 1 + word.length
      else {
        lines += Math.max(1, Math.ceil(word.length / perLine))
        used = word.length % perLine
      }
    }
  }
  return lines
}

/** Lines a header needs at this width, for the height of the header row; `\n` forces a break. */
export function headerLines(header: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 2)
  let lines = 0
  for (const paragraph of header.split('\n')) {
    lines++
    let used = 0
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (used === 0) used = word.length
      else if (used + 1 + word.length <= room) used += 1 + word.length
      else {
        lines++
        used = word.length
      }
    }
  }
  return lines
}
