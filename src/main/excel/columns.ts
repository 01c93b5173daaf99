import { centsToEuros, excelDateSerial, safeNumber, safeText, startsLikeFormula, type CellPrimitive } from './cellValues'
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
  /**
   * Not needed for `followUp` columns. `index` is the row's position in the table's rows, for a value that
   * lives beside the rows rather than in them (the partner of a block in an overview, without copying
   * 100,000 rows to add it).
   */
  readonly value?: (row: R, index: number) => RawValue
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

function requireNumber(raw: RawValue, header: string): number | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw !== 'number') throw new TypeError(`Column "${header}": number expected, got ${typeof raw}`)
  return safeNumber(raw, header)
}

/**
 * A raw value from data → the primitive written to the cell: text through the X1 guard, money in euros
 * from cents, a date as its serial number, a flag as `ja`. Wrong types are a programming error and throw,
 * rather than showing a wrong cell. Called once per cell, so it allocates nothing for numbers.
 */
export function cellValue(kind: ColumnKind, raw: RawValue, header: string): CellPrimitive {
  switch (kind) {
    case 'text':
    case 'longText':
      if (raw === null || raw === undefined || raw === '') return null
      return safeText(typeof raw === 'string' ? raw : String(raw))
    case 'flag':
      if (raw !== null && raw !== undefined && typeof raw !== 'boolean') throw new TypeError(`Column "${header}": boolean expected`)
      return raw === true ? FLAG_TEXT : null
    case 'followUp':
      return null
    case 'date':
      if (raw === null || raw === undefined || raw === '') return null
      if (typeof raw !== 'string') throw new TypeError(`Column "${header}": date expected`)
      return excelDateSerial(raw)
    case 'money': {
      const cents = requireNumber(raw, header)
      return cents === null ? null : centsToEuros(cents)
    }
    case 'integer':
    case 'minutes':
    case 'percent':
      return requireNumber(raw, header)
  }
}

/** Digits of a whole number ≥ 0 with Dutch thousands separators: 1234567 → `1.234.567`, 9 characters. */
export function groupedLength(whole: number): number {
  let digits = 1
  for (let n = whole; n >= 10; n = Math.floor(n / 10)) digits++
  return digits + Math.floor((digits - 1) / 3)
}

/** `€ 1.234,56`, `€ -1.234,56`: the length formatMoney gives, counted instead of formatted. */
function moneyLength(cents: number): number {
  return 2 + (cents < 0 ? 1 : 0) + groupedLength(Math.floor(Math.abs(cents) / 100)) + 3
}

/**
 * A number as the sheet shows it with at most one decimal (`1.234,5`, `-12`). Rounds in tenths; where the
 * binary value sits just below a decimal tie it may count one decimal Excel would drop, never one fewer.
 */
function decimalLength(n: number): number {
  const tenths = Math.round(Math.abs(n) * 10)
  return (n < 0 ? 1 : 0) + groupedLength(Math.floor(tenths / 10)) + (tenths % 10 === 0 ? 0 : 2)
}

function longestLine(text: string): number {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text.length
  let longest = 0
  for (const line of text.split(/\r\n|\r|\n/)) longest = Math.max(longest, line.length)
  return longest
}

/**
 * Characters a raw value takes when shown, for the column width. Counted, not formatted: no Intl, no
 * string per number, so measuring 100,000 rows costs little. The guard's apostrophe is counted; characters
 * it drops are not subtracted (a column a character too wide is harmless). Values of the wrong type count 0:
 * writing them throws.
 */
export function shownLength(kind: ColumnKind, raw: RawValue): number {
  if (raw === null || raw === undefined) return 0
  switch (kind) {
    case 'text':
    case 'longText': {
      const text = typeof raw === 'string' ? raw : String(raw)
      if (text === '') return 0
      return longestLine(text) + (startsLikeFormula(text) ? 1 : 0)
    }
    case 'flag':
      return raw === true ? FLAG_TEXT.length : 0
    case 'followUp':
      return 0
    case 'date':
      return raw === '' ? 0 : 10
    case 'money':
      return typeof raw === 'number' && Number.isSafeInteger(raw) ? moneyLength(raw) : 0
    case 'integer':
    case 'minutes':
      // Minutes get two characters more: room for a decimal that other rows may have.
      return typeof raw === 'number' && Number.isFinite(raw) ? decimalLength(raw) + (kind === 'minutes' ? 2 : 0) : 0
    case 'percent':
      return typeof raw === 'number' ? 7 : 0
  }
}

/** The cell value and its shown length together (tests, and callers that need both once). */
export function convertCell(kind: ColumnKind, raw: RawValue, header: string): ConvertedCell {
  return { value: cellValue(kind, raw, header), length: shownLength(kind, raw) }
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
  // Paragraphs found by scanning rather than split: this runs for every wrapped cell of 100,000 rows.
  for (let start = 0; ;) {
    let end = start
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    lines += end - start <= perLine ? 1 : wrappedParagraphLines(text.slice(start, end), perLine)
    if (end >= text.length) return lines
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
}

/** Lines of one paragraph longer than a line: word by word, a word longer than a line takes several. */
function wrappedParagraphLines(paragraph: string, perLine: number): number {
  let lines = 1
  let used = 0
  for (const word of paragraph.split(' ')) {
    if (used === 0) used = Math.min(word.length, perLine)
    else if (used + 1 + word.length <= perLine) used += 1 + word.length
    else {
      lines += Math.max(1, Math.ceil(word.length / perLine))
      used = word.length % perLine
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
