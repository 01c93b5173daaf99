import { parseCalendarDate, type CalendarDate } from '@shared/model'

const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today in the Europe/Amsterdam calendar. The renderer reads the clock here and hands "today" to the rules. */
export function todayInAmsterdam(now: Date = new Date()): CalendarDate {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(now).map((p) => [p.type, p.value]))
  return parseCalendarDate(`${parts.year}-${parts.month}-${parts.day}`)
}
