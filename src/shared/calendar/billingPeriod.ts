import type { PeriodName, QuarterName } from '../model/common'
import type { CalendarDate } from './calendarDate'
import { addDays, dateParts, daysBetween, makeDate } from './dateMath'

/**
 * Billing periods (spec rule 6): from the start day (default 26) of the previous month up to and including
 * the day before the start day of the month the period is named after: `2026-11` = 26-10-2026 t/m 25-11-2026.
 * With start day 1 a period is exactly its calendar month. Start days 29–31 are refused (settings schema and
 * here): not every month has them (docs/rules.md).
 */

export interface BillingPeriod {
  readonly name: PeriodName
  readonly from: CalendarDate
  /** First day of the next period: periods are half-open intervals [from, until) like subscription periods. */
  readonly until: CalendarDate
  /** Last day, inclusive, as printed. */
  readonly last: CalendarDate
  readonly days: number
}

export const DEFAULT_BILLING_START_DAY = 26

const PERIOD_NAME = /^(\d{4})-(0[1-9]|1[0-2])$/
const QUARTER_NAME = /^(\d{4})-Q([1-4])$/

/**
 * A programming error: period and quarter names and the start day reach the calendar already checked (the
 * schemas, the command line's arguments), so this is not worded for the clerk.
 */
export class InvalidPeriodError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidPeriodError'
  }
}

function assertStartDay(startDay: number): void {
  if (!Number.isInteger(startDay) || startDay < 1 || startDay > 28) {
    throw new InvalidPeriodError(`Billing period start day must be 1 to 28, not ${startDay}`)
  }
}

interface YearMonth {
  readonly year: number
  readonly month: number
}

export function parsePeriodName(name: string): YearMonth {
  const m = PERIOD_NAME.exec(name)
  if (!m) throw new InvalidPeriodError(`Invalid period name "${name}" (expected YYYY-MM)`)
  return { year: Number(m[1]), month: Number(m[2]) }
}

export function isPeriodName(name: string): boolean {
  return PERIOD_NAME.test(name)
}

function formatPeriodName({ year, month }: YearMonth): PeriodName {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

function shiftMonth({ year, month }: YearMonth, by: number): YearMonth {
  const index = year * 12 + (month - 1) + by
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

function firstDayOf(ym: YearMonth, startDay: number): CalendarDate {
  if (startDay === 1) return makeDate(ym.year, ym.month, 1)
  const previous = shiftMonth(ym, -1)
  return makeDate(previous.year, previous.month, startDay)
}

/** The period with this name, e.g. `billingPeriod('2026-11')` → 26-10-2026 … 25-11-2026, 31 days. */
export function billingPeriod(name: PeriodName, startDay: number = DEFAULT_BILLING_START_DAY): BillingPeriod {
  assertStartDay(startDay)
  const ym = parsePeriodName(name)
  const from = firstDayOf(ym, startDay)
  const until = firstDayOf(shiftMonth(ym, 1), startDay)
  return { name: formatPeriodName(ym), from, until, last: addDays(until, -1), days: daysBetween(from, until) }
}

/** Name of the period that contains `date`: on or after the start day it belongs to the next month's period. */
export function periodNameOf(date: CalendarDate, startDay: number = DEFAULT_BILLING_START_DAY): PeriodName {
  assertStartDay(startDay)
  const { year, month, day } = dateParts(date)
  const ym = { year, month }
  return formatPeriodName(startDay > 1 && day >= startDay ? shiftMonth(ym, 1) : ym)
}

export function periodContaining(date: CalendarDate, startDay: number = DEFAULT_BILLING_START_DAY): BillingPeriod {
  return billingPeriod(periodNameOf(date, startDay), startDay)
}

export function shiftPeriodName(name: PeriodName, by: number): PeriodName {
  return formatPeriodName(shiftMonth(parsePeriodName(name), by))
}

export function nextPeriodName(name: PeriodName): PeriodName {
  return shiftPeriodName(name, 1)
}

export function previousPeriodName(name: PeriodName): PeriodName {
  return shiftPeriodName(name, -1)
}

/** Every period name from `first` to `last`, both included; empty when `last` precedes `first`. */
export function periodNamesBetween(first: PeriodName, last: PeriodName): PeriodName[] {
  const a = parsePeriodName(first)
  const b = parsePeriodName(last)
  const count = b.year * 12 + b.month - (a.year * 12 + a.month) + 1
  return Array.from({ length: Math.max(0, count) }, (_, i) => formatPeriodName(shiftMonth(a, i)))
}

/** Quarters are named after the periods' names (spec rule 9): `2026-Q4` = periods 2026-10, 2026-11, 2026-12. */
export function parseQuarterName(name: string): { readonly year: number; readonly quarter: number } {
  const m = QUARTER_NAME.exec(name)
  if (!m) throw new InvalidPeriodError(`Invalid quarter name "${name}" (expected YYYY-Qn)`)
  return { year: Number(m[1]), quarter: Number(m[2]) }
}

export function quarterOfPeriod(name: PeriodName): QuarterName {
  const { year, month } = parsePeriodName(name)
  return `${String(year).padStart(4, '0')}-Q${Math.ceil(month / 3)}`
}

export function periodsOfQuarter(quarter: QuarterName): [PeriodName, PeriodName, PeriodName] {
  const { year, quarter: q } = parseQuarterName(quarter)
  const first = { year, month: (q - 1) * 3 + 1 }
  return [formatPeriodName(first), formatPeriodName(shiftMonth(first, 1)), formatPeriodName(shiftMonth(first, 2))]
}

export function shiftQuarterName(quarter: QuarterName, by: number): QuarterName {
  const [first] = periodsOfQuarter(quarter)
  return quarterOfPeriod(shiftPeriodName(first, by * 3))
}

/** True for the period that closes its quarter (the monthly run then also writes the quarterly check). */
export function closesQuarter(name: PeriodName): boolean {
  return parsePeriodName(name).month % 3 === 0
}

/** First and last day (inclusive) and the half-open end of a quarter. */
export function quarterSpan(
  quarter: QuarterName,
  startDay: number = DEFAULT_BILLING_START_DAY,
): { from: CalendarDate; until: CalendarDate; last: CalendarDate } {
  const [first, , third] = periodsOfQuarter(quarter)
  const a = billingPeriod(first, startDay)
  const c = billingPeriod(third, startDay)
  return { from: a.from, until: c.until, last: c.last }
}

/** The latest quarter whose last day lies before `today` (the quarterly check looks at complete quarters). */
export function lastCompleteQuarter(today: CalendarDate, startDay: number = DEFAULT_BILLING_START_DAY): QuarterName {
  const running = quarterOfPeriod(periodNameOf(today, startDay))
  return shiftQuarterName(running, -1)
}
