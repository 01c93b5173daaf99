import type { ActiveClientFigures, AnySignalList, ClientFlow } from '@shared/domain'
import type { CalendarDate } from '@shared/model'

/** The start page's figures: every signal list (empty ones included) and the dashboard's counts. */
export interface WorkOverview {
  readonly today: CalendarDate
  readonly lists: AnySignalList[]
  readonly active: ActiveClientFigures
  /** The last 12 billing periods up to and including the running one. */
  readonly flow: ClientFlow[]
}
