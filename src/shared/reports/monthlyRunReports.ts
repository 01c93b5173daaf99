import type { BillingPeriod } from '../calendar/billingPeriod'
import type { CalendarDate } from '../calendar/calendarDate'
import type { MonthlyComputation } from '../domain/monthlyJob/monthlyJob'
import type { QuarterName } from '../model/common'
import type { Invoice } from '../model/invoice'
import type { Settings } from '../model/settings'
import type { CheckRowInput } from './quarterlyCheckReport'
import type { UsageReportInput } from './usageReport'

interface Named {
  readonly id: string
  readonly name: string
}

/** What the monthly run writes, as the writers read it: the same for the app (over IPC) and the command line. */
export interface MonthlyRunReports {
  readonly billing: Pick<BillingPeriod, 'name' | 'from' | 'last'>
  readonly context: { readonly operatorName: string; readonly generatedOn: CalendarDate }
  readonly partners: readonly Named[]
  readonly plans: readonly Named[]
  readonly invoices: readonly Invoice[]
  readonly usageReports: readonly UsageReportInput[]
  readonly quarterlyCheck: {
    readonly quarter: QuarterName
    readonly tolerancePercent: number
    readonly rows: readonly CheckRowInput[]
    /** VOORLOPIG: the quarter's last period had not ended, or a period had no usage imported (`quarterStatus`). */
    readonly provisional?: boolean
  } | null
}

/**
 * The files of a computed monthly job. `invoices` defaults to the job's own; the app passes the invoices
 * as it stored them (concepts under their database ids, or the frozen finals).
 */
export function monthlyRunReports(
  job: MonthlyComputation,
  input: {
    readonly plans: readonly Named[]
    readonly settings: Pick<Settings, 'operator' | 'checkTolerancePercent'>
    readonly today: CalendarDate
    readonly invoices?: readonly Invoice[]
  },
): MonthlyRunReports {
  const named = ({ id, name }: Named): Named => ({ id, name })
  return {
    billing: { name: job.billing.name, from: job.billing.from, last: job.billing.last },
    context: { operatorName: input.settings.operator.name, generatedOn: input.today },
    partners: job.partners.map(named),
    plans: input.plans.map(named),
    invoices: input.invoices ?? job.invoices,
    usageReports: job.usageReports,
    quarterlyCheck:
      job.quarter === null
        ? null
        : {
            quarter: job.quarter,
            tolerancePercent: input.settings.checkTolerancePercent,
            rows: job.checkRows ?? [],
            provisional: job.checkStatus?.provisional ?? false,
          },
  }
}
