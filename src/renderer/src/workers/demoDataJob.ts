import type { CalendarDate } from '@shared/model'
import { repositories } from '../data'
import type { TableCounts } from '../data/repositories/database'
import { demoData, type DemoScale } from '../stores/demoData'
import type { ReportProgress } from './messages'

/**
 * Makes the demo data set and loads it here rather than in the window: generating 5,000 clients with 24
 * months of usage, checking the set and writing it kept the window from drawing for seconds at a time.
 * `today` comes from the window, whose clock is the one the clerk (and a test's fixed clock) sees.
 */
export async function loadDemoData(
  input: { readonly scale: DemoScale; readonly today: CalendarDate; readonly replace: boolean },
  progress: ReportProgress,
): Promise<TableCounts> {
  progress({ stage: 'compute', done: 0, total: 2 })
  const data = demoData(input.scale, input.today)
  progress({ stage: 'write', done: 1, total: 2 })
  return repositories().database.loadDemoData(data, { replace: input.replace })
}
