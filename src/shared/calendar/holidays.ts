import type { CalendarDate } from './calendarDate'
import { addDays, isoDayOfWeek, makeDate } from './dateMath'

/**
 * The generally recognised holidays of the Algemene termijnenwet, art. 3 (spec "Lifecycle and rules"):
 * Nieuwjaarsdag, Tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag.
 *
 * Computed here rather than taken from date-holidays: that package marks 5 mei as a school holiday and lists
 * Pasen, Pinksteren and Goede Vrijdag beside the ATW days, so its "public" type is not the ATW list, and it
 * would put every country's holiday data into the window bundle. The tests compare this list with
 * date-holidays for 1950–2100 (docs/rules.md).
 */

export type AtwHolidayName =
  | 'Nieuwjaarsdag'
  | 'Tweede Paasdag'
  | 'Koningsdag'
  | 'Koninginnedag'
  | 'Bevrijdingsdag (5 mei)'
  | 'Hemelvaartsdag'
  | 'Tweede Pinksterdag'
  | 'Eerste Kerstdag'
  | 'Tweede Kerstdag'

export interface Holiday {
  readonly date: CalendarDate
  readonly name: AtwHolidayName
}

/** Easter Sunday, Gregorian calendar: the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return makeDate(year, month, day)
}

const SUNDAY = 7

/**
 * The king's or queen's birthday as celebrated: since 2014 Koningsdag 27 April, Saturday 26 April when the
 * 27th is a Sunday; 1980–2013 Koninginnedag 30 April, the Saturday before when a Sunday; 1949–1979 30 April,
 * the Monday after when a Sunday.
 */
function royalDay(year: number): Holiday {
  if (year >= 2014) {
    const day = makeDate(year, 4, 27)
    return { date: isoDayOfWeek(day) === SUNDAY ? addDays(day, -1) : day, name: 'Koningsdag' }
  }
  const day = makeDate(year, 4, 30)
  if (isoDayOfWeek(day) !== SUNDAY) return { date: day, name: 'Koninginnedag' }
  return { date: addDays(day, year >= 1980 ? -1 : 1), name: 'Koninginnedag' }
}

/** The ATW holidays of one year in date order (weekend days included; they are not working days anyway). */
export function atwHolidays(year: number): Holiday[] {
  const easter = easterSunday(year)
  const list: Holiday[] = [
    { date: makeDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    royalDay(year),
    { date: makeDate(year, 5, 5), name: 'Bevrijdingsdag (5 mei)' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: makeDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: makeDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ]
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}
