import { checkUsageImport, type RejectedUsageRow, type UsageImportPreview } from '@shared/import/usageImport'
import { usageReplacements } from '@shared/import/usageReplacements'
import type { DecimalStyle } from '@shared/import/values'
import { parseTableRowsJson } from '@shared/import/table'
import { importProblem, type ImportProblem } from '@shared/problems/import'
import { compareClientNumbers, compareText } from '@shared/domain/ordering'
import type { CalendarDate, PeriodName, Usage } from '@shared/model'
import { repositories, type UsageImportResult } from '../data'
import type { ReportProgress } from './messages'

export interface UsagePreviewInput {
  readonly fileName: string
  /** The file's rows as JSON text, as `table:open-file` delivers them. */
  readonly rowsJson: string
  readonly today: CalendarDate
  /** The clerk's choice of decimal style; without it the file's cells decide (UsageImportPreview.decimal). */
  readonly decimalStyle?: DecimalStyle
}

/** One record the import will store, as the preview table shows it. */
export interface UsagePreviewRow {
  readonly id: string
  readonly partnerCode: string
  readonly clientNumber: string
  readonly period: PeriodName
  readonly callMinutes: number
  readonly registrationMinutes: number
  readonly contacts: number
  /** Usage of this client and period is stored already and will be replaced. */
  readonly replaces: boolean
  /** Some rows of this client and period were rejected (UsageImportPreview.partialUsageIds). */
  readonly partial: boolean
}

/** A stored row the import replaces, old → new in minutes (call plus registration). */
export interface UsageReplacementRow {
  readonly id: string
  readonly partnerCode: string
  readonly clientNumber: string
  readonly period: PeriodName
  readonly before: number
  readonly after: number
}

/** What confirming replaces: per client and period old → new, and the change in the stored total of minutes. */
export interface UsageReplacementSummary {
  readonly rows: UsageReplacementRow[]
  readonly minutesBefore: number
  readonly minutesAfter: number
  readonly totalChange: number
}

export interface UsagePreviewSummary {
  readonly fileName: string
  readonly shape: UsageImportPreview['shape']
  readonly recognised: UsageImportPreview['recognised']
  readonly ignored: UsageImportPreview['ignored']
  readonly decimalStyle: UsageImportPreview['decimalStyle']
  readonly decimal: UsageImportPreview['decimal']
  readonly dataRows: number
  readonly acceptedRows: number
  readonly periods: PeriodName[]
  readonly rejected: RejectedUsageRow[]
  readonly records: UsagePreviewRow[]
  readonly replacedRecords: number
  readonly partialRecords: number
  readonly replacements: UsageReplacementSummary
}

/** The preview, or why the file as a whole cannot be read (a code the window words in the UI language). */
export type UsagePreviewOutcome = { readonly ok: true; readonly preview: UsagePreviewSummary } | { readonly ok: false; readonly problem: ImportProblem }

/** What confirming stored, or why there was nothing to store. */
export type UsageCommitOutcome = { readonly ok: true; readonly result: UsageImportResult } | { readonly ok: false; readonly problem: ImportProblem }

/**
 * What a preview would store, kept where the preview was made until the clerk confirms or cancels, so the
 * 100,000 checked rows do not travel back and forth.
 */
let held: { readonly fileName: string; readonly usage: Usage[] } | null = null

/** Checks a whole usage file against the stored clients and subscription periods. Stores nothing. */
export async function previewUsageImport(input: UsagePreviewInput, progress: ReportProgress): Promise<UsagePreviewOutcome> {
  held = null
  const read = parseTableRowsJson(input.rowsJson)
  if (!read.ok) return read
  const repos = repositories()
  progress({ stage: 'read', done: 0, total: read.rows.length })
  const [settings, partners, clients, subscriptionPeriods] = await Promise.all([
    repos.settings.get(),
    repos.partners.list(),
    repos.overview.clientKeys(),
    repos.subscriptionPeriods.listAll(),
  ])
  const check = checkUsageImport(
    read.rows,
    { today: input.today, startDay: settings.billingPeriodStartDay, partners, clients, subscriptionPeriods },
    { onProgress: (done, total) => progress({ stage: 'check', done, total }), ...(input.decimalStyle ? { decimalStyle: input.decimalStyle } : {}) },
  )
  if (!check.ok) return check
  const { preview } = check
  const stored = await repos.usage.listByPeriods(preview.periods)
  const existing = new Set(stored.map((u) => u.id))
  const numberOf = new Map(clients.map((c) => [c.id, c.clientNumber]))
  const codeOf = new Map(partners.map((p) => [p.id, p.shortCode]))
  const partial = new Set(preview.partialUsageIds)
  const records = preview.usage
    .map((u): UsagePreviewRow => ({
      id: u.id,
      partnerCode: codeOf.get(u.partnerId) ?? '',
      clientNumber: numberOf.get(u.clientId) ?? '',
      period: u.period,
      callMinutes: u.callMinutes,
      registrationMinutes: u.registrationMinutes,
      contacts: u.contacts,
      replaces: existing.has(u.id),
      partial: partial.has(u.id),
    }))
    .sort((a, b) => compareText(a.period, b.period) || compareText(a.partnerCode, b.partnerCode) || compareClientNumbers(a.clientNumber, b.clientNumber))
  const replaced = usageReplacements(stored, preview.usage)
  const partnerOf = new Map(preview.usage.map((u) => [u.id, u.partnerId]))
  const replacements: UsageReplacementSummary = {
    ...replaced,
    rows: replaced.rows
      .map((r) => ({
        id: r.id,
        partnerCode: codeOf.get(partnerOf.get(r.id) ?? '') ?? '',
        clientNumber: numberOf.get(r.clientId) ?? '',
        period: r.period,
        before: r.before,
        after: r.after,
      }))
      .sort((a, b) => compareText(a.period, b.period) || compareText(a.partnerCode, b.partnerCode) || compareClientNumbers(a.clientNumber, b.clientNumber)),
  }
  held = { fileName: input.fileName, usage: preview.usage }
  return {
    ok: true,
    preview: {
      fileName: input.fileName,
      shape: preview.shape,
      recognised: preview.recognised,
      ignored: preview.ignored,
      decimalStyle: preview.decimalStyle,
      decimal: preview.decimal,
      dataRows: preview.dataRows,
      acceptedRows: preview.acceptedRows,
      periods: preview.periods,
      rejected: preview.rejected,
      records,
      replacedRecords: records.filter((r) => r.replaces).length,
      partialRecords: partial.size,
      replacements,
    },
  }
}

/** Stores the held preview in one transaction (the usage repository), or nothing. */
export async function commitUsageImport(_input: undefined, progress: ReportProgress): Promise<UsageCommitOutcome> {
  const pending = held
  if (pending === null) return { ok: false, problem: importProblem('import.nothingChecked') }
  progress({ stage: 'write', done: 0, total: pending.usage.length })
  const result = await repositories().usage.importRows(pending.usage, pending.fileName)
  held = null
  progress({ stage: 'write', done: pending.usage.length, total: pending.usage.length })
  return { ok: true, result }
}

/** Forgets the held preview (the clerk cancelled). */
export function discardUsageImport(): Promise<null> {
  held = null
  return Promise.resolve(null)
}
