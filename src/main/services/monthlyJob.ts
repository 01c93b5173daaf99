import { join } from 'node:path'
import type { BackupData } from '@shared/backup/schema'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { computeMonthlyJob, usagePeriodsFor } from '@shared/domain/monthlyJob/monthlyJob'
import type { PeriodName } from '@shared/model/common'
import { monthlyRunReports } from '@shared/reports/monthlyRunReports'
import { buildSummary, summarySchema, type Summary } from '@shared/summary'
import { writeTextFileAtomically, type IfExists } from '../files/atomicWrite'
import type { PdfLogo } from '../pdf/invoicePdf'
import { runMonthlyReports, type RunFile } from '../reports/monthlyRun'

/**
 * The data with only the usage the job reads. A backup holds years of usage (2.4 million rows in the stress
 * case); dropping the rest before the files are written keeps the job's memory to what it needs.
 */
export function withUsageFor(data: BackupData, period: PeriodName): BackupData {
  const periods = new Set(usagePeriodsFor(period))
  return { ...data, usage: data.usage.filter((u) => periods.has(u.period)) }
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
  /** The operator's logo on every invoice PDF. */
  readonly logo?: PdfLogo | null
  /** Default true: each invoice's PDF, and for final ones the e-invoice and e-mail draft (the benchmark leaves them out to time the workbooks alone). */
  readonly documents?: boolean
}

export interface MonthlyJobResult {
  /** True when the signal stopped the run; `files` then lists what was completed before. */
  readonly cancelled: boolean
  readonly files: readonly RunFile[]
  /** What was computed and written, in the shape of summary.json, checked against its schema. */
  readonly summary: Summary
}

/**
 * The command line's monthly job (and the benchmark's): computes the period from the data, writes every file
 * of it into `folder` through the monthly run, and returns the summary. The app does not call this: its
 * worker computes the job over the database and main's `report:start-run` calls `runMonthlyReports`. What
 * the two share is `computeMonthlyJob`, `monthlyRunReports`, `runMonthlyReports` and the writers below it.
 */
export async function runMonthlyJob(data: BackupData, folder: string, options: MonthlyJobOptions): Promise<MonthlyJobResult> {
  const job = computeMonthlyJob(data, options.period, options.today)
  const run = await runMonthlyReports(folder, monthlyRunReports(job, { plans: data.plans, settings: data.settings, today: options.today }), {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ifExists: options.ifExists ?? 'keep-both',
    documents: options.documents ?? true,
    logo: options.logo ?? null,
  })
  const summary = buildSummary({
    ...job,
    plans: data.plans,
    generatedOn: options.today,
    backupExportedAt: options.dataExportedAt,
    files: run.files.map((f) => ({ kind: f.kind, partnerId: f.partnerId, fileName: f.fileName })),
    demoData: data.settings.demoData === true,
  })
  // The summary is checked like any file that leaves the program: a total that does not add up is a bug.
  return { cancelled: run.cancelled, files: run.files, summary: summarySchema.parse(summary) }
}

export const SUMMARY_FILE_NAME = 'summary.json'

/** Writes `summary.json` into the run's folder, atomically; returns the path written. */
export async function writeSummaryFile(folder: string, summary: Summary, ifExists: IfExists = 'keep-both'): Promise<string> {
  return writeTextFileAtomically(join(folder, SUMMARY_FILE_NAME), `${JSON.stringify(summary, null, 2)}\n`, { ifExists })
}
