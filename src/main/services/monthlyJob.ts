import { join } from 'node:path'
import type { BackupData } from '@shared/backup/schema'
import { billingPeriod, periodsOfQuarter, quarterOfPeriod, type BillingPeriod } from '@shared/calendar/billingPeriod'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { buildInvoices } from '@shared/domain/invoicing/buildInvoice'
import { quarterlyCheck, type QuarterlyCheckRow } from '@shared/domain/quarterlyCheck/quarterlyCheck'
import { buildUsageReports, type UsageReport } from '@shared/domain/usage/usageReport'
import type { PeriodName, QuarterName } from '@shared/model/common'
import type { Invoice } from '@shared/model/invoice'
import type { Partner } from '@shared/model/partner'
import { buildSummary, summarySchema, type Summary } from '@shared/summary'
import { writeTextFileAtomically, type IfExists } from '../files/atomicWrite'
import { runMonthlyReports, type RunFile } from '../reports/monthlyRun'

/** Everything the monthly job computes for one billing period, before any file is written. */
export interface MonthlyComputation {
  readonly billing: BillingPeriod
  /** The quarter the period closes (periods 03, 06, 09, 12), or null. */
  readonly quarter: QuarterName | null
  /** Partners in the order the run goes over them (the order of the data). */
  readonly partners: readonly Partner[]
  /** One per partner with something to bill: the standing final invoice, otherwise a new concept. */
  readonly invoices: readonly Invoice[]
  /** One per partner, also for partners without clients in the period (their report says so). */
  readonly usageReports: readonly UsageReport[]
  /** Every client billed in the quarter; null when the period closes no quarter. */
  readonly checkRows: readonly QuarterlyCheckRow[] | null
}

/** The quarter a period closes: `2026-12` → `2026-Q4`; null for periods in the middle of a quarter. */
export function quarterClosedBy(period: PeriodName): QuarterName | null {
  return Number(period.slice(5, 7)) % 3 === 0 ? quarterOfPeriod(period) : null
}

/**
 * Final invoices of the period that still stand (not cancelled by a final credit invoice), by partner. A
 * re-run of a finalised period reproduces the frozen invoice (spec rule 7) instead of making a concept;
 * the same rule the invoice repository uses when it skips such partners.
 */
export function standingFinalInvoices(invoices: readonly Invoice[], period: PeriodName): Map<string, Invoice> {
  const ofPeriod = invoices.filter((i) => i.period === period && i.status === 'definitief')
  const credited = new Set(ofPeriod.filter((i) => i.kind === 'creditnota').map((i) => i.correctsInvoiceId))
  const standing = new Map<string, Invoice>()
  for (const invoice of ofPeriod) {
    if (invoice.kind !== 'factuur' || credited.has(invoice.id)) continue
    // Two standing finals cannot arise through the app; should a file hold them, the latest number wins.
    const other = standing.get(invoice.partnerId)
    if (!other || (other.number ?? '') < (invoice.number ?? '')) standing.set(invoice.partnerId, invoice)
  }
  return standing
}

/** The billing periods whose usage the job reads: the period itself, and the quarter's when it closes one. */
export function usagePeriodsFor(period: PeriodName): Set<PeriodName> {
  const quarter = quarterClosedBy(period)
  return new Set(quarter === null ? [period] : periodsOfQuarter(quarter))
}

/**
 * The data with only the usage the job reads. A backup holds years of usage (2.4 million rows in the stress
 * case); dropping the rest before the files are written keeps the job's memory to what it needs.
 */
export function withUsageFor(data: BackupData, period: PeriodName): BackupData {
  const periods = usagePeriodsFor(period)
  return { ...data, usage: data.usage.filter((u) => periods.has(u.period)) }
}

/** Id of a concept made by a run; the app replaces it by its own id when it stores the concept. */
export function conceptInvoiceId(partnerId: string, period: PeriodName): string {
  return `concept|${partnerId}|${period}`
}

/**
 * Computes the period's invoices (concept), usage reports and, when the period closes a quarter, the
 * quarterly check, all with the domain engine. `today` is the invoice date. Pure: no files, no clock.
 */
export function computeMonthlyJob(data: BackupData, period: PeriodName, today: CalendarDate): MonthlyComputation {
  const startDay = data.settings.billingPeriodStartDay
  const billing = billingPeriod(period, startDay)
  const quarter = quarterClosedBy(billing.name)
  const finals = standingFinalInvoices(data.invoices, billing.name)
  const concepts = buildInvoices({
    partners: data.partners.filter((p) => !finals.has(p.id)),
    plans: data.plans,
    clients: data.clients,
    subscriptionPeriods: data.subscriptionPeriods,
    settings: data.settings,
    period: billing.name,
    invoiceDate: today,
    invoiceId: (partner) => conceptInvoiceId(partner.id, billing.name),
  })
  const byPartner = new Map<string, Invoice>([...finals, ...concepts.map((i) => [i.partnerId, i] as const)])
  const invoices = data.partners.flatMap((p) => byPartner.get(p.id) ?? [])
  const usageReports = buildUsageReports({
    partnerIds: data.partners.map((p) => p.id),
    plans: data.plans,
    clients: data.clients,
    subscriptionPeriods: data.subscriptionPeriods,
    usage: data.usage,
    period: billing.name,
    startDay,
  })
  const checkRows =
    quarter === null
      ? null
      : quarterlyCheck({
          quarter,
          partners: data.partners,
          plans: data.plans,
          clients: data.clients,
          subscriptionPeriods: data.subscriptionPeriods,
          usage: data.usage,
          startDay,
          tolerancePercent: data.settings.checkTolerancePercent,
        })
  return { billing, quarter, partners: data.partners, invoices, usageReports, checkRows }
}

export interface MonthlyJobOptions {
  readonly period: PeriodName
  /** Invoice date and the date printed on every file. */
  readonly today: CalendarDate
  /** `exportedAt` of the data, recorded in the summary. */
  readonly dataExportedAt: string
  readonly signal?: AbortSignal
  /** After each partner and each overview (see runMonthlyReports). */
  readonly onProgress?: (done: number, total: number, partnerName: string) => void
  /** Default `keep-both`: never replaces a file in the folder. */
  readonly ifExists?: IfExists
}

export interface MonthlyJobResult {
  /** True when the signal stopped the run; `files` then lists what was completed before. */
  readonly cancelled: boolean
  readonly files: readonly RunFile[]
  /** What was computed and written, in the shape of summary.json, checked against its schema. */
  readonly summary: Summary
}

/**
 * The monthly job, the same for the app and the command line: computes the period from the data, writes
 * every file of it into `folder` through the monthly run, and returns the summary.
 */
export async function runMonthlyJob(data: BackupData, folder: string, options: MonthlyJobOptions): Promise<MonthlyJobResult> {
  const job = computeMonthlyJob(data, options.period, options.today)
  const run = await runMonthlyReports(
    folder,
    {
      billing: job.billing,
      context: { operatorName: data.settings.operator.name, generatedOn: options.today },
      partners: job.partners,
      plans: data.plans,
      invoices: job.invoices,
      usageReports: job.usageReports,
      quarterlyCheck: job.quarter === null ? null : { quarter: job.quarter, tolerancePercent: data.settings.checkTolerancePercent, rows: job.checkRows ?? [] },
    },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ifExists: options.ifExists ?? 'keep-both',
    },
  )
  const summary = buildSummary({
    ...job,
    plans: data.plans,
    generatedOn: options.today,
    backupExportedAt: options.dataExportedAt,
    files: run.files.map((f) => ({ kind: f.kind, partnerId: f.partnerId, fileName: f.fileName })),
  })
  // The summary is checked like any file that leaves the program: a total that does not add up is a bug.
  return { cancelled: run.cancelled, files: run.files, summary: summarySchema.parse(summary) }
}

export const SUMMARY_FILE_NAME = 'summary.json'

/** Writes `summary.json` into the run's folder, atomically; returns the path written. */
export async function writeSummaryFile(folder: string, summary: Summary, ifExists: IfExists = 'keep-both'): Promise<string> {
  return writeTextFileAtomically(join(folder, SUMMARY_FILE_NAME), `${JSON.stringify(summary, null, 2)}\n`, { ifExists })
}
