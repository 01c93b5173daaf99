import type { CalendarDate } from '@shared/calendar/calendarDate'
import { parseCalendarDate } from '@shared/calendar/calendarDate'

/** What a command may touch besides the file system: output streams, the clock, the cancel signal. */
export interface CliIo {
  /** Results (help text, the path written). */
  readonly out: (text: string) => void
  /** Messages and progress. */
  readonly err: (text: string) => void
  /** Relative paths are resolved against this folder. */
  readonly cwd: string
  /** Today in the Europe/Amsterdam calendar, used when `--today` is not given. */
  readonly today: () => CalendarDate
  /** Aborts the running command (Ctrl-C). */
  readonly signal: AbortSignal
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar date in Amsterdam at `now` (spec: all dates are Europe/Amsterdam calendar dates). */
export function amsterdamToday(now: Date): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return parseCalendarDate(amsterdamDay.format(now))
}
