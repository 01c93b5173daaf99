import { z } from 'zod'

/** A calendar date `YYYY-MM-DD` in the Europe/Amsterdam calendar; never an instant (spec: "Lifecycle and rules"). */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' }

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month (1–12) of a Gregorian year; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return DAYS_IN_MONTH[month - 1] ?? 0
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The digit at `index` of `value` as a number, or -1 when it is no ASCII digit. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48
  return code >= 0 && code <= 9 ? code : -1
}

/**
 * `YYYY-MM-DD` of a day that exists. Read character by character: a backup holds millions of dates, and a
 * regular expression with its match array was a fifth of checking one.
 */
export function isCalendarDate(value: string): value is CalendarDate {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false
  const y1 = digitAt(value, 0)
  const y2 = digitAt(value, 1)
  const y3 = digitAt(value, 2)
  const y4 = digitAt(value, 3)
  const m1 = digitAt(value, 5)
  const m2 = digitAt(value, 6)
  const d1 = digitAt(value, 8)
  const d2 = digitAt(value, 9)
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return false
  const month = m1 * 10 + m2
  const day = d1 * 10 + d2
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(y1 * 1000 + y2 * 100 + y3 * 10 + y4, month)
}

/**
 * A programming error: dates reach the calendar already checked (the schemas, the command line's arguments),
 * so this is not worded for the clerk.
 */
export class InvalidCalendarDateError extends Error {
  constructor(readonly input: string) {
    super(`Invalid calendar date "${input}" (expected an existing YYYY-MM-DD day)`)
    this.name = 'InvalidCalendarDateError'
  }
}

/** Parses `YYYY-MM-DD`; rejects impossible dates such as `2026-02-30`. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InvalidCalendarDateError(value)
  return value
}

export const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'validation.isoDate' })
