import { isCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { toDayNumber } from '@shared/calendar/dateMath'

/**
 * Every value that comes from data passes through here before it reaches exceljs (spec X1). exceljs turns
 * any object with a `formula` (or `richText`, `hyperlink`, …) property into that kind of cell, so only
 * primitives leave this module; formulas are built by the sheet writers themselves, never from data.
 */
export type CellPrimitive = string | number | boolean | null

/** Excel's own limit for the text in one cell. */
export const MAX_CELL_TEXT = 32_767

// Characters a spreadsheet program may read as the start of a formula or command (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r\n\0]/
// Control characters are not allowed in XML 1.0 and would make the file unreadable; tab, CR and LF are.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
// A lone UTF-16 surrogate cannot be encoded as UTF-8 either.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// One scan that tells whether either replacement could change anything (most texts: no), so clean text
// is not scanned twice more; surrogate pairs (emoji) match too and are then checked properly.
// eslint-disable-next-line no-control-regex
const MAYBE_UNCLEAN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** True for text a spreadsheet program could take for a formula or command; safeText neutralises it. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text)
}

/**
 * Text that stays text in every spreadsheet program: a value starting with `=`, `+`, `-`, `@`, tab, CR,
 * LF or NUL gets a leading apostrophe (the prefix OWASP recommends; it is visible, which is intended: the
 * reader sees that the value was neutralised). Characters XML cannot carry are dropped.
 */
export function safeText(value: string): string {
  const prefixed = FORMULA_START.test(value) ? `'${value}` : value
  const clean = MAYBE_UNCLEAN.test(prefixed) ? prefixed.replace(XML_INVALID, '').replace(LONE_SURROGATE, '\uFFFD') : prefixed
  return clean.length > MAX_CELL_TEXT ? clean.slice(0, MAX_CELL_TEXT) : clean
}

/** A finite number, or an error: NaN or Infinity in a report is a bug upstream, not something to hide. */
export function safeNumber(value: number, what = 'value'): number {
  if (!Number.isFinite(value)) throw new RangeError(`Invalid number for ${what}: ${value}`)
  return value
}

/** Integer euro cents → euros for a cell with the euro number format. */
export function centsToEuros(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount is not a whole number of cents: ${cents}`)
  return cents / 100
}

// Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included), which is 25569 days before 1970-01-01.
const EXCEL_EPOCH_OFFSET = 25_569

/**
 * A calendar date as an Excel date serial (a whole number of days). Computed from the date string itself,
 * so no time zone can shift it by a day the way `new Date()` and exceljs's Date handling could.
 */
export function excelDateSerial(date: CalendarDate | string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Invalid date: ${date}`)
  return toDayNumber(date) + EXCEL_EPOCH_OFFSET
}

/**
 * The one gate between data and a cell: primitives pass (text made safe, numbers checked). An object is
 * refused outright, because exceljs would turn `{ formula }`, `{ hyperlink }` or `{ richText }` into that
 * kind of cell; the sheet writers build their own formulas and never take them from data.
 */
export function coerceCell(value: unknown): CellPrimitive {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return safeText(value)
  if (typeof value === 'number') return safeNumber(value)
  if (typeof value === 'boolean') return value
  if (typeof value === 'bigint') return safeText(value.toString())
  throw new TypeError(`Not a valid cell value (${typeof value}); only text, numbers and booleans are written`)
}
