import type { CalendarDate } from '../calendar/calendarDate'
import { maxDate, minDate } from '../calendar/dateMath'

/** A half-open date interval [from, until); `until` null = open-ended (spec: Subscription period). */
export interface DateInterval {
  readonly from: CalendarDate
  readonly until: CalendarDate | null
}

/** The common part of two intervals, or null when they do not overlap. */
export function intersect(a: DateInterval, b: DateInterval): DateInterval | null {
  const from = maxDate(a.from, b.from)
  const until = a.until === null ? b.until : b.until === null ? a.until : minDate(a.until, b.until)
  if (until !== null && until <= from) return null
  return { from, until }
}

export function containsDate(interval: DateInterval, date: CalendarDate): boolean {
  return interval.from <= date && (interval.until === null || date < interval.until)
}
