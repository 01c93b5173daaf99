import { parseTableRowsJson } from '@shared/import/table'
import type { CalendarDate, Client, Partner } from '@shared/model'
import { parseClientRows, type ParsedClient } from '@shared/onboarding/clientRows'
import { matchColumns, type ColumnChoices, type ColumnMatch } from '@shared/onboarding/columnMapping'
import { CLIENT_FIELDS, PARTNER_FIELDS, type ImportKind } from '@shared/onboarding/fields'
import { parsePartnerRows, type ParsedPartner } from '@shared/onboarding/partnerRows'
import { planClientImport, planPartnerImport, type FieldDiff, type ImportPlan } from '@shared/onboarding/preview'
import type { RowProblem } from '@shared/onboarding/rowReader'
import { importProblem, type ImportProblem } from '@shared/problems/import'
import type { OnboardingProblem } from '@shared/problems/onboarding'
import { repositories, type OnboardingImportResult } from '../data'
import type { ReportProgress } from './messages'

/** The kinds the onboarding screen imports; usage has its own screen. */
export type OnboardingKind = Exclude<ImportKind, 'usage'>

export interface OnboardingPreviewInput {
  readonly kind: OnboardingKind
  readonly fileName: string
  /** The file's rows as JSON text, as `table:open-file` delivers them. */
  readonly rowsJson: string
  readonly today: CalendarDate
  /** The clerk's column choices from the mapping panel; without them the remembered ones for this layout. */
  readonly chosen?: ColumnChoices
}

/** A stored record the file changes, with its fields old → new (the label names it in the list). */
export interface OnboardingChange {
  readonly line: number
  readonly label: string
  readonly changes: readonly FieldDiff[]
}

export interface OnboardingPreviewSummary {
  readonly kind: OnboardingKind
  readonly fileName: string
  readonly dataRows: number
  readonly created: number
  readonly changed: number
  readonly unchanged: number
  readonly problems: readonly RowProblem[]
  readonly changes: readonly OnboardingChange[]
}

/** The preview, or why the file as a whole cannot be read (with the column match for the mapping panel). */
export type OnboardingPreviewOutcome =
  | { readonly ok: true; readonly preview: OnboardingPreviewSummary }
  | { readonly ok: false; readonly problem: OnboardingProblem | ImportProblem; readonly match: ColumnMatch | null }

export type OnboardingCommitOutcome = { readonly ok: true; readonly result: OnboardingImportResult } | { readonly ok: false; readonly problem: ImportProblem }

type HeldPlan = { kind: 'partners'; plan: ImportPlan<ParsedPartner, Partner> } | { kind: 'clients'; plan: ImportPlan<ParsedClient, Client> }

/**
 * The checked plan, kept in the worker until the clerk confirms or cancels, so 100,000 parsed clients do not
 * travel to the window and back.
 */
let held: { readonly fileName: string; readonly what: HeldPlan } | null = null

/**
 * Reads, checks and compares a partners or clients file with what is stored (src/shared/onboarding), off the
 * window's thread, and holds the plan. Stores nothing, except the clerk's column choices for this layout.
 */
export async function previewOnboardingImport(input: OnboardingPreviewInput, progress: ReportProgress): Promise<OnboardingPreviewOutcome> {
  held = null
  const read = parseTableRowsJson(input.rowsJson)
  if (!read.ok) return { ok: false, problem: read.problem, match: null }
  const { rows } = read
  const { kind } = input
  progress({ stage: 'read', done: 0, total: rows.length })
  const repos = repositories()
  // The layout of the file (its header keys) finds the choices the clerk made for an earlier file like it.
  const layout = matchColumns(rows, kind === 'partners' ? PARTNER_FIELDS : CLIENT_FIELDS)
  const memoryKey = layout === null ? null : `${kind}|${layout.layoutKey}`
  const choices = input.chosen ?? (memoryKey === null ? {} : await repos.onboarding.columnChoices(memoryKey))
  if (input.chosen !== undefined && memoryKey !== null) await repos.onboarding.rememberColumns(memoryKey, input.chosen)
  const partners = await repos.partners.list()
  if (kind === 'partners') {
    const parsed = parsePartnerRows(rows, choices)
    if (!parsed.ok) return { ok: false, problem: parsed.problem, match: parsed.match }
    const plan = planPartnerImport(parsed.partners, partners)
    held = { fileName: input.fileName, what: { kind, plan } }
    return { ok: true, preview: summary(input, parsed.dataRows, plan, parsed.problems, (p) => `${p.shortCode} ${p.name}`) }
  }
  const plans = await repos.plans.list()
  // A stored client of an `eigen` partner may come without its BSN (an export without BSNs): the import keeps it.
  const eigen = partners.filter((p) => p.ecdMode === 'eigen').map((p) => p.id)
  const storedEigen = new Set((eigen.length > 0 ? await repos.onboarding.clientsOfPartners(eigen) : []).map((c) => `${c.partnerId}|${c.clientNumber}`))
  const isStored = (partnerId: string, clientNumber: string) => storedEigen.has(`${partnerId}|${clientNumber}`)
  const parsed = parseClientRows(rows, { today: input.today, partners, plans, isStored }, choices, (done, total) => progress({ stage: 'check', done, total }))
  if (!parsed.ok) return { ok: false, problem: parsed.problem, match: parsed.match }
  const existing = await repos.onboarding.clientsOfPartners([...new Set(parsed.clients.map((c) => c.partnerId))])
  const plan = planClientImport(parsed.clients, existing)
  held = { fileName: input.fileName, what: { kind, plan } }
  return { ok: true, preview: summary(input, parsed.dataRows, plan, parsed.problems, (c) => `${c.clientNumber} ${c.firstName} ${c.lastName}`) }
}

function summary<T>(
  input: OnboardingPreviewInput,
  dataRows: number,
  plan: ImportPlan<unknown, T>,
  problems: readonly RowProblem[],
  label: (record: T) => string,
): OnboardingPreviewSummary {
  return {
    kind: input.kind,
    fileName: input.fileName,
    dataRows,
    created: plan.create.length,
    changed: plan.update.length,
    unchanged: plan.unchanged.length,
    problems,
    changes: plan.update.map((u) => ({ line: u.line, label: label(u.before), changes: u.changes })),
  }
}

/** Stores the held plan in one transaction (the onboarding repository), or nothing. */
export async function commitOnboardingImport(input: { readonly updateExisting: boolean }, progress: ReportProgress): Promise<OnboardingCommitOutcome> {
  const pending = held
  if (pending === null) return { ok: false, problem: importProblem('import.nothingChecked') }
  const repo = repositories().onboarding
  const { what } = pending
  const total = what.plan.create.length + (input.updateExisting ? what.plan.update.length : 0)
  progress({ stage: 'write', done: 0, total })
  const result =
    what.kind === 'partners'
      ? await repo.importPartners(what.plan, pending.fileName, input.updateExisting)
      : await repo.importClients(what.plan, pending.fileName, input.updateExisting)
  held = null
  progress({ stage: 'write', done: total, total })
  return { ok: true, result }
}

/** Forgets the held plan (the clerk cancelled or left the screen). */
export function discardOnboardingImport(): Promise<null> {
  held = null
  return Promise.resolve(null)
}
