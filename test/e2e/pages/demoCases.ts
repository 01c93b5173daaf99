import { DESIGN_CASE, generateDemoData } from '../../../src/shared/demo'
import type { BackupData } from '../../../src/shared/backup'
import type { CalendarDate } from '../../../src/shared/calendar/calendarDate'

let cached: { today: string; data: BackupData } | undefined

/**
 * The demo data set exactly as the app generates it for `today` (same seed, same code), so a test can pick
 * real cases from it: a client to import usage for, a deviating client, a row of each signal list.
 */
export function demoDataFor(today: string): BackupData {
  if (cached?.today !== today) cached = { today, data: generateDemoData({ ...DESIGN_CASE, today: today as CalendarDate }) }
  return cached.data
}
