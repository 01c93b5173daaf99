import { computeMonthlyJob, invoicesOfRun, usagePeriodsFor } from '@shared/domain'
import type { BillingPeriod } from '@shared/calendar/billingPeriod'
import type { CalendarDate, Invoice, PeriodName, QuarterName } from '@shared/model'
import { monthlyRunReports, type MonthlyRunReports } from '@shared/reports/monthlyRunReports'
import { repositories } from '../data'
import type { SaveConceptsResult } from '../data/repositories/invoices'
import type { ReportProgress } from './messages'
import { stageTimes } from './stageTimes'
import { wholeTables } from './wholeTables'

export interface InvoicingPreparation {
  readonly billing: BillingPeriod
  readonly quarter: QuarterName | null
  /** What storing the new concepts did (how many were made, how many earlier concepts they replaced). */
  readonly saved: SaveConceptsResult
  /** Partners whose final invoice for the period stands: no concept was made for them. */
  readonly keptFinal: readonly string[]
  /** Every invoice of the period as stored now: concepts, finals and credit invoices. */
  readonly invoices: Invoice[]
  /** The files of the monthly run: invoices, usage reports and, when the period closes a quarter, the check. */
  readonly reports: MonthlyRunReports
}

/**
 * The invoicing screen's first step: the monthly job of the domain (the same `computeMonthlyJob` the command
 * line runs) over the database, its concept invoices stored under new ids (each replaces the partner's
 * earlier concept for the period; a final invoice is never touched), and the run's report data for writing.
 */
export async function prepareInvoicing(
  input: { readonly period: PeriodName; readonly today: CalendarDate },
  progress: ReportProgress,
): Promise<InvoicingPreparation> {
  const repos = repositories()
  const stageEnded = stageTimes('invoicing-prepare')
  progress({ stage: 'read', done: 0, total: 1 })
  const settings = await repos.settings.get()
  const [{ partners, plans, clients, subscriptionPeriods }, usage, invoices] = await Promise.all([
    wholeTables(repos),
    repos.usage.listByPeriods(usagePeriodsFor(input.period)),
    repos.invoices.list({ period: input.period }),
  ])
  stageEnded('read')
  progress({ stage: 'compute', done: 0, total: 1 })
  const job = computeMonthlyJob({ settings, partners, plans, clients, subscriptionPeriods, usage, invoices }, input.period, input.today)
  stageEnded('compute')
  progress({ stage: 'write', done: 0, total: 1 })
  const concepts = job.invoices.filter((i) => i.status === 'concept').map((i) => ({ ...i, id: crypto.randomUUID() }))
  const saved = await repos.invoices.saveConcepts(concepts)
  stageEnded('store')
  const stored = await repos.invoices.list({ period: input.period })
  stageEnded('reread')
  const preparation: InvoicingPreparation = {
    billing: job.billing,
    quarter: job.quarter,
    saved,
    keptFinal: [...job.invoices.filter((i) => i.status === 'definitief').map((i) => i.partnerId), ...saved.skippedFinal],
    invoices: stored,
    reports: monthlyRunReports(job, { plans, settings, today: input.today, invoices: invoicesOfRun(stored, input.period) }),
  }
  stageEnded('reports')
  return preparation
}
