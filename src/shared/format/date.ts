import { isCalendarDate, type CalendarDate } from '../calendar/calendarDate'

/**
 * `2026-11-23` → `23-11-2026` (spec: dates show as dd-mm-jjjj). Works on the string itself:
 * a calendar date has no time zone, so going through `Date` and Intl could only shift it.
 * Empty for null/undefined, so a missing date renders as an empty cell.
 */
export function formatDate(value: CalendarDate | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  if (!isCalendarDate(value)) return value
  return `${value.slice(8, 10)}-${value.slice(5, 7)}-${value.slice(0, 4)}`
}

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/

/** `23-11-2026` (also `23/11/2026`, `23.11.2026`, `1-2-2026`) → `2026-11-23`; null when it is no existing day. */
export function parseDutchDate(input: string): CalendarDate | null {
  const m = DUTCH_DATE.exec(input.trim())
  if (!m) return null
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  return isCalendarDate(iso) ? iso : null
}

const INSTANT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * An ISO instant (audit log time) as Amsterdam wall-clock time `23-11-2026 14:05`.
 * Built from Intl's parts so the separator does not depend on the ICU version.
 */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  const parts = Object.fromEntries(INSTANT.formatToParts(ms).map((p) => [p.type, p.value]))
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`
}
