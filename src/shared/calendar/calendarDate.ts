import { z } from 'zod'

/** A calendar date `YYYY-MM-DD` in the Europe/Amsterdam calendar; never an instant (spec: "Lifecycle and rules"). */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days in a month (1–12) of a Gregorian year; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function isCalendarDate(value: string): value is CalendarDate {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
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
