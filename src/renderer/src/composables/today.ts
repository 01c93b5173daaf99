import { parseCalendarDate, type CalendarDate } from '@shared/model'

const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function amsterdamParts(at: Date): Record<string, string> {
  return Object.fromEntries(AMSTERDAM.formatToParts(at).map((p) => [p.type, p.value]))
}

/** Today in the Europe/Amsterdam calendar. The renderer reads the clock here and hands "today" to the rules. */
export function todayInAmsterdam(now: Date = new Date()): CalendarDate {
  const parts = amsterdamParts(now)
  return parseCalendarDate(`${parts.year}-${parts.month}-${parts.day}`)
}

/**
 * The instant at which a calendar day starts in Amsterdam (00:00 CET or CEST), as an ISO string: the
 * audit log stores instants, a clerk filters on days.
 */
export function amsterdamDayStart(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const utcMidnight = Date.UTC(y, m - 1, d)
  // Amsterdam is UTC+1 or UTC+2: try both offsets and keep the one that reads 00:00 on that day.
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight - hours * 3_600_000)
    const parts = amsterdamParts(candidate)
    if (parts.hour === '00' && parts.minute === '00' && `${parts.year}-${parts.month}-${parts.day}` === date) return candidate
  }
  return new Date(utcMidnight - 3_600_000)
}
