import type { CalendarDate } from '../calendar/calendarDate'

/**
 * A signal list (werklijst, spec rule 10) as the workbook shows it: who, the deadline, working days left
 * (negative = overdue) and the action. Lists differ in a few extra columns (e.g. the computed effective
 * date of a deregistration), described by `extraColumns` and filled per row in the same order.
 */
export interface SignalExtraColumn {
  readonly header: string
  readonly kind: 'text' | 'date' | 'integer' | 'minutes'
}

export type SignalExtraValue = string | number | null

export interface SignalSheetRow {
  readonly partnerName: string
  readonly clientNumber: string
  readonly clientName: string
  readonly deadline: CalendarDate
  readonly workingDaysLeft: number
  readonly overdue: boolean
  readonly action: string
  readonly extra: readonly SignalExtraValue[]
}

export interface SignalListReport {
  /** `Afmeldingen te verwerken` */
  readonly title: string
  /** The criteria in one sentence. */
  readonly description: string
  /** The day the working days are counted from. */
  readonly today: CalendarDate
  readonly extraColumns: readonly SignalExtraColumn[]
  readonly rows: readonly SignalSheetRow[]
}
