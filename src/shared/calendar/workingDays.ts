import type { CalendarDate } from './calendarDate'
import { dateParts, fromDayNumber, isoDayOfWeekOfDayNumber, makeDate, toDayNumber } from './dateMath'
import { atwHolidays } from './holidays'

/**
 * Working days (spec "Lifecycle and rules"): Monday–Friday minus the Algemene termijnenwet holidays and the
 * extra closing days from settings (Goede Vrijdag, company closing days).
 *
 * A calendar holds the closing days per year, filled on first use, so counting deadlines for 100,000
 * clients costs a set lookup per day rather than a holiday computation.
 */
export class WorkingCalendar {
  /** Closed weekdays (holidays and extra days that fall on Monday–Friday) as day numbers, per year, sorted. */
  private readonly closedByYear = new Map<number, number[]>()
  private readonly closed = new Set<number>()
  private readonly extraByYear = new Map<number, number[]>()
  private readonly boundsByYear = new Map<number, [number, number]>()
  /**
   * Deadlines are computed from a few hundred distinct dates for up to 100,000 rows, so results are
   * remembered (bounded; the calendar is immutable, so a cached answer never goes stale).
   */
  private readonly addCache = new Map<string, CalendarDate>()
  private readonly betweenCache = new Map<string, number>()

  constructor(extraClosingDays: readonly CalendarDate[] = []) {
    for (const date of extraClosingDays) {
      const year = dateParts(date).year
      const list = this.extraByYear.get(year) ?? []
      list.push(toDayNumber(date))
      this.extraByYear.set(year, list)
    }
  }

  /** Holidays and extra closing days of a year that fall on a weekday, in date order. */
  closedWeekdays(year: number): readonly CalendarDate[] {
    return this.yearList(year).map(fromDayNumber)
  }

  isWorkingDay(date: CalendarDate): boolean {
    const dayNumber = toDayNumber(date)
    this.yearList(dateParts(date).year)
    return this.isWorkingDayNumber(dayNumber)
  }

  /**
   * The `count`-th working day after `date` (before it for a negative count); `date` itself never counts.
   * 10 working days after Friday 18-12-2026 is Tuesday 05-01-2027. A count of 0 returns `date` unchanged.
   */
  addWorkingDays(date: CalendarDate, count: number): CalendarDate {
    if (!Number.isSafeInteger(count)) throw new RangeError(`Working-day count is not a safe integer: ${count}`)
    const key = `${date}|${count}`
    const cached = this.addCache.get(key)
    if (cached !== undefined) return cached
    const result = this.computeAddWorkingDays(date, count)
    remember(this.addCache, key, result)
    return result
  }

  private computeAddWorkingDays(date: CalendarDate, count: number): CalendarDate {
    const step = count < 0 ? -1 : 1
    let year = dateParts(date).year
    this.yearList(year)
    let [yearFirst, yearLast] = this.yearBounds(year)
    let dayNumber = toDayNumber(date)
    let remaining = Math.abs(count)
    while (remaining > 0) {
      dayNumber += step
      if (dayNumber < yearFirst || dayNumber > yearLast) {
        year += step
        this.yearList(year)
        ;[yearFirst, yearLast] = this.yearBounds(year)
      }
      if (this.isWorkingDayNumber(dayNumber)) remaining--
    }
    return fromDayNumber(dayNumber)
  }

  /**
   * Signed working days from `from` to `to`: the working days d with from < d ≤ to, negated when `to` lies
   * before `from`. With `from` = today and `to` = a deadline this is "working days left"; negative means
   * overdue. Inverse of `addWorkingDays` for counts ≥ 0: workingDaysBetween(d, addWorkingDays(d, n)) = n.
   */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
    if (from === to) return 0
    const key = `${from}|${to}`
    const cached = this.betweenCache.get(key)
    if (cached !== undefined) return cached
    const result = this.computeWorkingDaysBetween(from, to)
    remember(this.betweenCache, key, result)
    return result
  }

  private computeWorkingDaysBetween(from: CalendarDate, to: CalendarDate): number {
    const sign = from < to ? 1 : -1
    const [lo, hi] = sign === 1 ? [from, to] : [to, from]
    const loDay = toDayNumber(lo)
    const hiDay = toDayNumber(hi)
    let count = weekdaysUpTo(hiDay) - weekdaysUpTo(loDay)
    for (let year = dateParts(lo).year; year <= dateParts(hi).year; year++) {
      for (const closedDay of this.yearList(year)) if (closedDay > loDay && closedDay <= hiDay) count--
    }
    return sign * count
  }

  private isWorkingDayNumber(dayNumber: number): boolean {
    return isoDayOfWeekOfDayNumber(dayNumber) <= 5 && !this.closed.has(dayNumber)
  }

  private yearBounds(year: number): [number, number] {
    let bounds = this.boundsByYear.get(year)
    if (!bounds) {
      bounds = [toDayNumber(makeDate(year, 1, 1)), toDayNumber(makeDate(year, 12, 31))]
      this.boundsByYear.set(year, bounds)
    }
    return bounds
  }

  private yearList(year: number): number[] {
    const cached = this.closedByYear.get(year)
    if (cached) return cached
    const days = new Set<number>([...atwHolidays(year).map((h) => toDayNumber(h.date)), ...(this.extraByYear.get(year) ?? [])])
    const list = [...days].filter((d) => isoDayOfWeekOfDayNumber(d) <= 5).sort((a, b) => a - b)
    for (const d of list) this.closed.add(d)
    this.closedByYear.set(year, list)
    return list
  }
}

const CACHE_LIMIT = 50_000

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, value)
}

/**
 * Mon–Fri days with day number ≤ `dayNumber`, counted from an arbitrary origin (only differences are used).
 * Day number 0 (1970-01-01) is a Thursday, so `dayNumber + 3` counts from a Monday.
 */
function weekdaysUpTo(dayNumber: number): number {
  const t = dayNumber + 3 + 1
  const weeks = Math.floor(t / 7)
  return weeks * 5 + Math.min(t - weeks * 7, 5)
}

/** Calendar with only the ATW holidays; shared because it is immutable once filled. */
export const ATW_CALENDAR = new WorkingCalendar()

const calendarsByExtraDays = new Map<string, WorkingCalendar>()

/**
 * A calendar for the settings' extra closing days (spec: "let settings add days"). The same set of days gives
 * the same calendar object, so callers may ask per row and still share its remembered deadlines.
 */
export function createWorkingCalendar(extraClosingDays: readonly CalendarDate[] = []): WorkingCalendar {
  if (extraClosingDays.length === 0) return ATW_CALENDAR
  const key = [...extraClosingDays].sort().join(',')
  let calendar = calendarsByExtraDays.get(key)
  if (!calendar) {
    if (calendarsByExtraDays.size >= 8) calendarsByExtraDays.clear()
    calendar = new WorkingCalendar(extraClosingDays)
    calendarsByExtraDays.set(key, calendar)
  }
  return calendar
}

export function isWorkingDay(date: CalendarDate, calendar: WorkingCalendar = ATW_CALENDAR): boolean {
  return calendar.isWorkingDay(date)
}

export function addWorkingDays(date: CalendarDate, count: number, calendar: WorkingCalendar = ATW_CALENDAR): CalendarDate {
  return calendar.addWorkingDays(date, count)
}

export function workingDaysBetween(from: CalendarDate, to: CalendarDate, calendar: WorkingCalendar = ATW_CALENDAR): number {
  return calendar.workingDaysBetween(from, to)
}
