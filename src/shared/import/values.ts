import { isCalendarDate, type CalendarDate } from '../calendar/calendarDate'
import { addDays } from '../calendar/dateMath'
import { formatDate } from '../format/date'
import type { PeriodName } from '../model/common'
import { importProblem, type ImportProblem } from '../problems/import'
import type { UsageField } from './usageColumns'
import { cellText, type TableCell } from './table'

/** A value read from one cell, or why it cannot be used (a problem of the import catalogue). */
export type CellResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ImportProblem }

const refused = (problem: ImportProblem) => ({ ok: false, problem }) as const

/** The most minutes one row may hold, and how the refusal words it: per contact in hours, per period in days. */
export type MinutesLimit = { readonly minutes: number; readonly per: 'contact' | 'period' }

/** How a text cell writes a fraction: `12,5` (Dutch exports, `;`-separated CSV) or `12.5`. */
export type DecimalStyle = 'comma' | 'point'

const INTEGER = /^-?\d+$/
const COMMA_DECIMAL = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$/
const POINT_DECIMAL = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/
const DOT_GROUPED = /^-?\d{1,3}(?:\.\d{3})+$/
const COMMA_GROUPED = /^-?\d{1,3}(?:,\d{3})+$/

const compact = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '')

/** What a file's number cells say about its decimal style. */
export interface DecimalEvidence {
  /** The style the cells point to; Dutch (decimal comma) when they point nowhere. */
  readonly style: DecimalStyle
  /** Cells that can only be read with a decimal comma (`12,5`, `1.234,5`). */
  readonly commaCells: number
  /** Cells that can only be read with a decimal point (`12.5`, `1,234.5`). */
  readonly pointCells: number
}

/** One separator followed by exactly three digits: `12.345` is 12345 with a decimal comma but 12.345 with a point. */
const TWO_WAYS = /^-?\d{1,3}[.,]\d{3}$/

/** Whether a cell's number reads differently with a decimal comma than with a decimal point. */
export function readsTwoWays(cell: TableCell | undefined): boolean {
  return typeof cell === 'string' && TWO_WAYS.test(compact(cell))
}

/**
 * The decimal style of a file's number cells. `1.234` reads as 1234 in a Dutch file but as 1,234 in an
 * English one, so the style is decided once per file: by the cells that can only be read one way
 * (`12,5`, `1.234,5`, `12.5`), the majority wins; a tie or no evidence means Dutch (decimal comma), which
 * the import then asks the clerk to confirm when some cell reads two ways (`readsTwoWays`).
 */
export function weighDecimalStyle(cells: Iterable<TableCell>): DecimalEvidence {
  let comma = 0
  let point = 0
  for (const cell of cells) {
    if (typeof cell !== 'string') continue
    const text = compact(cell)
    if (COMMA_DECIMAL.test(text) && !COMMA_GROUPED.test(text)) comma++
    else if (POINT_DECIMAL.test(text) && !DOT_GROUPED.test(text)) point++
  }
  return { style: point > comma ? 'point' : 'comma', commaCells: comma, pointCells: point }
}

export function detectDecimalStyle(cells: Iterable<TableCell>): DecimalStyle {
  return weighDecimalStyle(cells).style
}

/** A number from a cell; null for an empty cell. `column` names the column in the problem. */
export function readNumber(cell: TableCell | undefined, style: DecimalStyle, column: UsageField): CellResult<number> | null {
  if (typeof cell === 'number') return { ok: true, value: cell }
  const raw = cellText(cell)
  if (raw === '') return null
  const text = compact(raw)
  let normal: string | null = null
  if (INTEGER.test(text)) normal = text
  else if (style === 'comma' && (COMMA_DECIMAL.test(text) || DOT_GROUPED.test(text))) normal = text.replace(/\./g, '').replace(',', '.')
  else if (style === 'point' && (POINT_DECIMAL.test(text) || COMMA_GROUPED.test(text))) normal = text.replace(/,/g, '')
  else if (COMMA_DECIMAL.test(text)) normal = text.replace(/\./g, '').replace(',', '.')
  else if (POINT_DECIMAL.test(text)) normal = text.replace(/,/g, '')
  const value = normal === null ? Number.NaN : Number(normal)
  return Number.isFinite(value) ? { ok: true, value } : refused(importProblem('import.notANumber', { column, value: raw }))
}

/** Minutes: a number, not negative, at most the limit (a typo such as a lost decimal comma shows up here). */
export function readMinutes(cell: TableCell | undefined, style: DecimalStyle, column: UsageField, limit: MinutesLimit): CellResult<number> {
  const read = readNumber(cell, style, column)
  if (read === null) return { ok: true, value: 0 }
  if (!read.ok) return read
  const value = cellText(cell)
  if (read.value < 0) return refused(importProblem('import.negative', { column, value }))
  if (read.value > limit.minutes) {
    return refused(
      limit.per === 'contact'
        ? importProblem('import.tooManyContactMinutes', { column, value, hours: limit.minutes / 60 })
        : importProblem('import.tooManyPeriodMinutes', { column, value, days: limit.minutes / (24 * 60) }),
    )
  }
  return read
}

/** A count of contacts: a whole number ≥ 0; empty is 0. */
export function readCount(cell: TableCell | undefined, style: DecimalStyle, column: UsageField): CellResult<number> {
  const read = readNumber(cell, style, column)
  if (read === null) return { ok: true, value: 0 }
  if (!read.ok) return read
  if (read.value < 0) return refused(importProblem('import.negative', { column, value: cellText(cell) }))
  if (!Number.isInteger(read.value)) return refused(importProblem('import.notAWholeNumber', { column, value: cellText(cell) }))
  return read
}

export interface DateTimeValue {
  readonly date: CalendarDate
  /** `uu:mm` or `uu:mm:ss` when the cell had a time; used to tell two contacts on one day apart. */
  readonly time: string | null
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/
/** Excel day numbers for 2000-01-01 up to 2099-12-31: a date cell that lost its date format. */
const SERIAL_MIN = 36526
const SERIAL_MAX = 73415
const EXCEL_EPOCH = '1899-12-30' as CalendarDate

function dateFrom(year: string, month: string, day: string): CalendarDate | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(iso) ? iso : null
}

function timeFrom(hours: string | undefined, minutes: string | undefined, seconds: string | undefined): string | null {
  if (hours === undefined || minutes === undefined) return null
  return `${hours.padStart(2, '0')}:${minutes}${seconds === undefined ? '' : `:${seconds}`}`
}

/** `23-11-2026`, `23/11/2026 14:05`, `2026-11-23` (also from `.xlsx`) or an Excel day number; null when empty. */
export function readDate(cell: TableCell | undefined): CellResult<DateTimeValue> | null {
  if (typeof cell === 'number') {
    if (cell < SERIAL_MIN || cell > SERIAL_MAX) return refused(importProblem('import.invalidDate', { value: String(cell) }))
    return { ok: true, value: { date: addDays(EXCEL_EPOCH, Math.floor(cell)), time: null } }
  }
  const text = cellText(cell)
  if (text === '') return null
  const iso = ISO_DATE.exec(text)
  const dutch = iso ? null : DUTCH_DATE.exec(text)
  const date = iso ? dateFrom(iso[1]!, iso[2]!, iso[3]!) : dutch ? dateFrom(dutch[3]!, dutch[2]!, dutch[1]!) : null
  if (date === null) return refused(importProblem('import.invalidDate', { value: text }))
  const m = iso ?? dutch!
  return { ok: true, value: { date, time: timeFrom(m[4], m[5], m[6]) } }
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  feb: 2,
  februari: 2,
  mrt: 3,
  maa: 3,
  maart: 3,
  apr: 4,
  april: 4,
  mei: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augustus: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
}

const YEAR_MONTH = /^(\d{4})\s*[-/ ]?\s*(\d{1,2})$/
const MONTH_YEAR = /^(\d{1,2})\s*[-/ ]\s*(\d{4})$/
const NAMED_MONTH = /^([a-z]+)\.?\s*[-/ ]?\s*'?(\d{4}|\d{2})$/
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/

function periodFrom(year: number, month: number): PeriodName | null {
  return month >= 1 && month <= 12 && year >= 2000 && year <= 2099 ? `${year}-${String(month).padStart(2, '0')}` : null
}

/**
 * A billing period: `2026-11`, `202611`, `11-2026`, `nov 2026`, `november 2026`, `nov-26` (Excel's display of a
 * month), or a date on the 1st of a month (what Excel stores when `2026-11` is typed). Null when empty.
 */
export function readPeriod(cell: TableCell | undefined): CellResult<PeriodName> | null {
  const text = cellText(cell).toLowerCase()
  if (text === '') return null
  let period: PeriodName | null = null
  const day = ISO_DAY.exec(text)
  if (day) {
    if (day[3] !== '01') return refused(importProblem('import.periodIsDate', { value: formatDate(`${day[1]}-${day[2]}-${day[3]}`) }))
    period = periodFrom(Number(day[1]), Number(day[2]))
  } else {
    const ym = YEAR_MONTH.exec(text)
    const my = ym ? null : MONTH_YEAR.exec(text)
    const named = ym || my ? null : NAMED_MONTH.exec(text)
    if (ym) period = periodFrom(Number(ym[1]), Number(ym[2]))
    else if (my) period = periodFrom(Number(my[2]), Number(my[1]))
    else if (named && MONTHS[named[1]!] !== undefined) {
      const year = named[2]!.length === 2 ? 2000 + Number(named[2]) : Number(named[2])
      period = periodFrom(year, MONTHS[named[1]!]!)
    }
  }
  return period === null ? refused(importProblem('import.invalidPeriod', { value: cellText(cell) })) : { ok: true, value: period }
}
