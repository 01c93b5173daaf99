import { InvalidCalendarDateError, isCalendarDate, type CalendarDate } from './calendarDate'

/**
 * Day arithmetic on `YYYY-MM-DD` strings through a whole-day count (days since 1970-01-01).
 *
 * Why not `Date`/date-fns: both work on instants in the machine's time zone, so a DST change or a
 * time zone whose midnight does not exist can move a date by one day. A plain integer day count has no
 * time zone at all. The conversion is Howard Hinnant's `days_from_civil` / `civil_from_days`
 * (proleptic Gregorian calendar); tests check it against date-fns for every day 1900–2100 under
 * several time zones (docs/rules.md).
 */

export interface DateParts {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** Splits a calendar date without validating it again (the branded type already guarantees the format). */
export function dateParts(date: CalendarDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) }
}

/** Builds a calendar date from numbers; throws the same Dutch error as parsing for a day that does not exist. */
export function makeDate(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (!Number.isInteger(year) || year < 0 || year > 9999 || !isCalendarDate(text)) throw new InvalidCalendarDateError(text)
  return text
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const monthFromMarch = (month + 9) % 12
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** Whole days since 1970-01-01 (negative before). */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date)
  return daysFromCivil(year, month, day)
}

/** Inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Day number is not a safe integer: ${dayNumber}`)
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  if (year < 0 || year > 9999) throw new RangeError(`Date outside the years 0000–9999 (day ${dayNumber})`)
  // The algorithm only yields existing days, so the result needs no second validation (hot path).
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** `to − from` in calendar days: 0 for the same day, negative when `to` lies before `from`. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoDayOfWeek(date: CalendarDate): number {
  return isoDayOfWeekOfDayNumber(toDayNumber(date))
}

export function isoDayOfWeekOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b
}
