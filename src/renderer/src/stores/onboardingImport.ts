import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import { parseTableRowsJson, type TableRow } from '@shared/import/table'
import type { Client, Partner } from '@shared/model'
import { parseClientRows, type ParsedClient } from '@shared/onboarding/clientRows'
import { matchColumns, type ColumnChoices, type ColumnMatch } from '@shared/onboarding/columnMapping'
import { CLIENT_FIELDS, PARTNER_FIELDS, type ImportKind } from '@shared/onboarding/fields'
import { parsePartnerRows, type ParsedPartner } from '@shared/onboarding/partnerRows'
import { planClientImport, planPartnerImport, type FieldDiff, type ImportPlan } from '@shared/onboarding/preview'
import type { RowProblem } from '@shared/onboarding/rowReader'
import type { OnboardingProblem } from '@shared/problems/onboarding'
import { repositories } from '../data'
import { translate } from '../i18n'
import { ApiError, platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { errorMessage } from './outcome'

/** The kinds this screen imports; usage has its own screen. */
export type OnboardingKind = Exclude<ImportKind, 'usage'>
export type OnboardingPhase = 'idle' | 'reading' | 'preview' | 'saving'

/** A refused row as the screen lists it: line, the file's column, the reason in the UI language. */
export interface ShownProblem {
  readonly line: number
  readonly column: string
  readonly reason: string
}

/** A stored record the file changes, with its fields old → new. */
export interface ShownChange {
  readonly line: number
  readonly label: string
  readonly changes: readonly FieldDiff[]
}

export interface OnboardingPreview {
  readonly kind: OnboardingKind
  readonly fileName: string
  readonly dataRows: number
  readonly created: number
  readonly changed: number
  readonly unchanged: number
  readonly problems: readonly ShownProblem[]
  readonly changes: readonly ShownChange[]
}

type AnyPlan = { kind: 'partners'; plan: ImportPlan<ParsedPartner, Partner> } | { kind: 'clients'; plan: ImportPlan<ParsedClient, Client> }

/** The template's header for a field path (`begeleider.name` → `Begeleider`); the path itself otherwise. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...CLIENT_FIELDS, ...PARTNER_FIELDS].map((f) => [f.key, f.header])),
  'begeleider.name': 'Begeleider',
  'begeleider.email': 'E-mail begeleider',
  'begeleider.phone': 'Telefoon begeleider',
  representatives: 'Vertegenwoordiger',
  'invoiceAddress.street': 'Factuuradres',
  'invoiceAddress.postcode': 'Postcode',
  'invoiceAddress.city': 'Plaats',
  contacts: 'Contactpersoon',
  'intake.formSentDate': 'Intakeformulier verstuurd',
  'intake.formReceivedDate': 'Intakeformulier ontvangen',
  'intake.dossierOpenedDate': 'Dossier geopend',
  'intake.conversationHeldDate': 'Intakegesprek gehouden',
  'intake.completedBeforeTransfer': 'Intake afgerond vóór overstap',
}

export const fieldLabel = (path: string): string => FIELD_LABELS[path] ?? path

const problemText = (problem: OnboardingProblem): string => translate(problem.code, problem.params)

function shownProblems(problems: readonly RowProblem[]): ShownProblem[] {
  return problems.map((p) => ({ line: p.line, column: p.column ?? '', reason: problemText(p.problem) }))
}

/**
 * Moving an administration in: main reads the chosen file, the rows are checked with the
 * shared onboarding rules and compared with what is stored, and the clerk sees the preview: new, changed
 * (old → new) and unchanged records and every bad row. Nothing is stored while a row is bad; then everything
 * in one transaction through the onboarding repository.
 */
export const useOnboardingImportStore = defineStore('onboardingImport', () => {
  const phase = ref<OnboardingPhase>('idle')
  const message = ref<string | null>(null)
  const preview = shallowRef<OnboardingPreview | null>(null)
  const updateExisting = ref(false)
  const result = ref<{ kind: OnboardingKind; fileName: string; created: number; updated: number } | null>(null)
  /** The file's header matched to fields, for the mapping screen when a required column is missing. */
  const match = shallowRef<ColumnMatch | null>(null)
  let planned: AnyPlan | null = null
  let lastRead: { kind: OnboardingKind; fileName: string; rows: TableRow[] } | null = null

  const canConfirm = computed(() => {
    const p = preview.value
    return phase.value === 'preview' && p !== null && p.problems.length === 0 && p.created + (updateExisting.value ? p.changed : 0) > 0
  })

  function reset(): void {
    phase.value = 'idle'
    message.value = null
    preview.value = null
    match.value = null
    planned = null
    updateExisting.value = false
  }

  /** Checks rows already read (from the file dialog, or a test) and shows the preview or the file's problem. */
  async function check(kind: OnboardingKind, fileName: string, rows: TableRow[], chosen?: ColumnChoices): Promise<void> {
    lastRead = { kind, fileName, rows }
    const repos = repositories()
    // The layout of the file (its header keys) finds the choices the clerk made for an earlier file like it.
    const layout = matchColumns(rows, kind === 'partners' ? PARTNER_FIELDS : CLIENT_FIELDS)
    const memoryKey = layout === null ? null : `${kind}|${layout.layoutKey}`
    const choices = chosen ?? (memoryKey === null ? {} : await repos.onboarding.columnChoices(memoryKey))
    if (chosen !== undefined && memoryKey !== null) await repos.onboarding.rememberColumns(memoryKey, chosen)
    const partners = await repos.partners.list()
    if (kind === 'partners') {
      const parsed = parsePartnerRows(rows, choices)
      if (!parsed.ok) return refuse(parsed.problem, parsed.match)
      const plan = planPartnerImport(parsed.partners, partners)
      planned = { kind, plan }
      show({ kind, fileName, dataRows: parsed.dataRows, plan, problems: parsed.problems, label: (p: Partner) => `${p.shortCode} ${p.name}` })
      return
    }
    const plans = await repos.plans.list()
    // A stored client of an `eigen` partner may come without its BSN (an export without BSNs): the import keeps it.
    const eigen = partners.filter((p) => p.ecdMode === 'eigen').map((p) => p.id)
    const storedEigen = new Set((eigen.length > 0 ? await repos.onboarding.clientsOfPartners(eigen) : []).map((c) => `${c.partnerId}|${c.clientNumber}`))
    const isStored = (partnerId: string, clientNumber: string) => storedEigen.has(`${partnerId}|${clientNumber}`)
    const parsed = parseClientRows(rows, { today: todayInAmsterdam(), partners, plans, isStored }, choices)
    if (!parsed.ok) return refuse(parsed.problem, parsed.match)
    const existing = await repos.onboarding.clientsOfPartners([...new Set(parsed.clients.map((c) => c.partnerId))])
    const plan = planClientImport(parsed.clients, existing)
    planned = { kind, plan }
    show({ kind, fileName, dataRows: parsed.dataRows, plan, problems: parsed.problems, label: (c: Client) => `${c.clientNumber} ${c.firstName} ${c.lastName}` })
  }

  function refuse(problem: OnboardingProblem, found: ColumnMatch | null): void {
    message.value = problemText(problem)
    match.value = found === null ? null : markRaw(found)
    phase.value = 'idle'
  }

  function show<T>(args: { kind: OnboardingKind; fileName: string; dataRows: number; plan: ImportPlan<unknown, T>; problems: readonly RowProblem[]; label: (record: T) => string }): void {
    const { plan } = args
    preview.value = markRaw({
      kind: args.kind,
      fileName: args.fileName,
      dataRows: args.dataRows,
      created: plan.create.length,
      changed: plan.update.length,
      unchanged: plan.unchanged.length,
      problems: markRaw(shownProblems(args.problems)),
      changes: markRaw(plan.update.map((u) => ({ line: u.line, label: args.label(u.before), changes: u.changes }))),
    })
    phase.value = 'preview'
  }

  /** Opens the file dialog (main reads the file) and checks what it holds. */
  async function chooseFile(kind: OnboardingKind, title: string): Promise<void> {
    reset()
    result.value = null
    phase.value = 'reading'
    try {
      const opened = unwrap(await platformApi().table.openFile({ title }))
      if (opened === null) {
        phase.value = 'idle'
        return
      }
      const rows = parseTableRowsJson(opened.rowsJson)
      if (!rows.ok) {
        message.value = translate(rows.problem.code, {})
        phase.value = 'idle'
        return
      }
      await check(kind, opened.fileName, rows.rows)
    } catch (error) {
      message.value = error instanceof ApiError && error.code === 'cancelled' ? null : errorMessage(error)
      phase.value = 'idle'
    }
  }

  /** Reads the same file again with the clerk's column choices (the mapping screen). */
  async function remap(choices: ColumnChoices): Promise<void> {
    if (lastRead === null) return
    message.value = null
    match.value = null
    await check(lastRead.kind, lastRead.fileName, lastRead.rows, choices)
  }

  /** Stores the previewed records in one transaction; on failure nothing is stored and the preview stays. */
  async function confirm(): Promise<boolean> {
    const shown = preview.value
    const what = planned
    if (!canConfirm.value || shown === null || what === null) return false
    phase.value = 'saving'
    try {
      const repo = repositories().onboarding
      const stored = what.kind === 'partners' ? await repo.importPartners(what.plan, shown.fileName, updateExisting.value) : await repo.importClients(what.plan, shown.fileName, updateExisting.value)
      reset()
      result.value = { kind: shown.kind, fileName: shown.fileName, ...stored }
      return true
    } catch (error) {
      message.value = errorMessage(error)
      phase.value = 'preview'
      return false
    }
  }

  return { phase, message, preview, updateExisting, result, match, canConfirm, check, chooseFile, remap, confirm, cancel: reset }
})
