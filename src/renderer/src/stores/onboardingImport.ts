import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { ColumnChoices, ColumnMatch } from '@shared/onboarding/columnMapping'
import { CLIENT_FIELDS, PARTNER_FIELDS } from '@shared/onboarding/fields'
import type { RowProblem } from '@shared/onboarding/rowReader'
import type { FieldDiff } from '@shared/onboarding/preview'
import type { CalendarDate } from '@shared/model'
import type { ImportProblem } from '@shared/problems/import'
import type { OnboardingProblem } from '@shared/problems/onboarding'
import { forgetCachedCounts } from '../data'
import { translate } from '../i18n'
import { importProblemText } from '../i18n/problemText'
import { ApiError, platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import type { JobProgress } from '../workers/messages'
import type { OnboardingKind } from '../workers/onboardingImportJobs'
import { errorMessage } from './outcome'

export type { OnboardingKind } from '../workers/onboardingImportJobs'
export type OnboardingPhase = 'idle' | 'reading' | 'checking' | 'preview' | 'saving'

/** Named in the performance timeline: from choosing the file to the preview (the benchmark reads it). */
export const ONBOARDING_PREVIEW_MEASURE = 'onboarding-import:preview'
/** From confirming to stored. */
export const ONBOARDING_COMMIT_MEASURE = 'onboarding-import:commit'

/** Records a wait in the performance timeline; a timeline that refuses the entry changes nothing. */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() })
  } catch {
    // Only a measurement.
  }
}

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

/** A file the import cannot read at all comes with the usage import's reasons (its table reader's). */
const isImportProblem = (problem: OnboardingProblem | ImportProblem): problem is ImportProblem => problem.code.startsWith('import.')

const problemText = (problem: OnboardingProblem | ImportProblem): string =>
  isImportProblem(problem) ? importProblemText(problem) : translate(problem.code, problem.params)

function shownProblems(problems: readonly RowProblem[]): ShownProblem[] {
  return problems.map((p) => ({ line: p.line, column: p.column ?? '', reason: problemText(p.problem) }))
}

/**
 * Moving an administration in: main reads the chosen file, a worker checks the rows with the shared
 * onboarding rules, compares them with what is stored and holds the plan (workers/onboardingImportJobs.ts); the
 * clerk sees the preview: new, changed (old → new) and unchanged records and every bad row. Nothing is stored
 * while a row is bad; then everything in one transaction, written by the same worker. The window only shows
 * progress and the preview, so 100,000 clients do not freeze it.
 */
export const useOnboardingImportStore = defineStore('onboardingImport', () => {
  const phase = ref<OnboardingPhase>('idle')
  const progress = ref<JobProgress | null>(null)
  const message = ref<string | null>(null)
  const preview = shallowRef<OnboardingPreview | null>(null)
  const updateExisting = ref(false)
  const result = ref<{ kind: OnboardingKind; fileName: string; created: number; updated: number } | null>(null)
  /** The file's header matched to fields, for the mapping screen when a required column is missing. */
  const match = shallowRef<ColumnMatch | null>(null)
  let lastRead: { kind: OnboardingKind; fileName: string; rowsJson: string; today: CalendarDate } | null = null

  const canConfirm = computed(() => {
    const p = preview.value
    return phase.value === 'preview' && p !== null && p.problems.length === 0 && p.created + (updateExisting.value ? p.changed : 0) > 0
  })
  /** 0–100 for the progress bar; null while the step cannot tell (reading the file, storing). */
  const percent = computed(() => {
    const p = progress.value
    if (p === null || p.total === 0 || p.stage !== 'check') return null
    return Math.min(100, Math.round((p.done / p.total) * 100))
  })

  function reset(): void {
    phase.value = 'idle'
    message.value = null
    preview.value = null
    match.value = null
    progress.value = null
    updateExisting.value = false
  }

  /** Checks rows already read (JSON text from the file dialog) in the worker; shows the preview or the file's problem. */
  async function check(kind: OnboardingKind, fileName: string, rowsJson: string, chosen?: ColumnChoices, started = performance.now()): Promise<void> {
    const today = todayInAmsterdam()
    lastRead = { kind, fileName, rowsJson, today }
    phase.value = 'checking'
    progress.value = { stage: 'read', done: 0, total: 0 }
    try {
      const outcome = await runJob(
        'import',
        'onboarding-preview',
        { kind, fileName, rowsJson, today, ...(chosen ? { chosen } : {}) },
        (p) => (progress.value = p),
      )
      if (!outcome.ok) return refuse(outcome.problem, outcome.match)
      const p = outcome.preview
      preview.value = markRaw({ ...p, problems: markRaw(shownProblems(p.problems)), changes: markRaw([...p.changes]) })
      phase.value = 'preview'
      measure(ONBOARDING_PREVIEW_MEASURE, started)
    } catch (error) {
      message.value = errorMessage(error)
      phase.value = 'idle'
    } finally {
      progress.value = null
    }
  }

  function refuse(problem: OnboardingProblem | ImportProblem, found: ColumnMatch | null): void {
    message.value = problemText(problem)
    match.value = found === null ? null : markRaw(found)
    phase.value = 'idle'
  }

  /** Opens the file dialog (main reads the file) and checks what it holds. */
  async function chooseFile(kind: OnboardingKind, title: string): Promise<void> {
    const started = performance.now()
    reset()
    result.value = null
    phase.value = 'reading'
    try {
      const opened = unwrap(await platformApi().table.openFile({ title }))
      if (opened === null) {
        phase.value = 'idle'
        return
      }
      await check(kind, opened.fileName, opened.rowsJson, undefined, started)
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
    await check(lastRead.kind, lastRead.fileName, lastRead.rowsJson, choices)
  }

  /** Stores the previewed records in one transaction; on failure nothing is stored and the preview stays. */
  async function confirm(): Promise<boolean> {
    const shown = preview.value
    if (!canConfirm.value || shown === null) return false
    const started = performance.now()
    phase.value = 'saving'
    try {
      const stored = await runJob('import', 'onboarding-commit', { updateExisting: updateExisting.value }, (p) => (progress.value = p))
      if (!stored.ok) {
        message.value = problemText(stored.problem)
        phase.value = 'preview'
        return false
      }
      // Stored through the worker's own connection: client counts this window cached are stale.
      forgetCachedCounts()
      measure(ONBOARDING_COMMIT_MEASURE, started)
      reset()
      result.value = { kind: shown.kind, fileName: shown.fileName, ...stored.result }
      return true
    } catch (error) {
      message.value = errorMessage(error)
      phase.value = 'preview'
      return false
    } finally {
      progress.value = null
    }
  }

  /** Drops the preview: nothing was stored, and the worker forgets the plan. */
  async function cancel(): Promise<void> {
    reset()
    await runJob('import', 'onboarding-discard', undefined)
  }

  return { phase, progress, percent, message, preview, updateExisting, result, match, canConfirm, check, chooseFile, remap, confirm, cancel }
})
