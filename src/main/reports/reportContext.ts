import type { CalendarDate } from '@shared/calendar/calendarDate'
import type { WriteWorkbookOptions } from '../excel/workbookFile'

/** Who made a report and when; printed in every page header and footer and in the document properties. */
export interface ReportContext {
  /** The operator's name from the settings. */
  readonly operatorName: string
  readonly generatedOn: CalendarDate
}

export type WriteReportOptions = WriteWorkbookOptions

/** What a writer reports back: the file it wrote and what is in it. */
export interface WrittenReport<T extends Record<string, number | null> = Record<string, number | null>> {
  readonly path: string
  readonly rows: number
  readonly totals: T
}
