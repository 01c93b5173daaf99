import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { OpenedTable } from '@shared/ipc/channels/table'
import type { DecimalStyle } from '@shared/import/values'
import type { CalendarDate } from '@shared/model'
import type { UsageImportResult } from '../data'
import { ApiError, platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import type { JobProgress } from '../workers/messages'
import type { UsagePreviewSummary } from '../workers/usageImportJobs'
import { importProblemText } from '../i18n/problemText'
import { errorMessage, type Done } from './outcome'

export type UsageImportPhase = 'idle' | 'reading' | 'checking' | 'preview' | 'saving'

/** Named in the performance timeline: from choosing the file to the preview (bench and e2e read it). */
export const USAGE_PREVIEW_MEASURE = 'usage-import:preview'

/** Records the wait in the performance timeline; a timeline that refuses the entry changes nothing. */
function measurePreview(start: number, rows: number): void {
  try {
    performance.measure(USAGE_PREVIEW_MEASURE, { start, end: performance.now(), detail: { rows } })
  } catch {
    // Only a measurement: the preview is shown either way.
  }
}

/**
 * The usage import (spec "Data in and out"): main reads the chosen file, a worker checks every row against
 * the stored clients (src/shared/import) and holds the result; nothing is stored until the clerk confirms,
 * then everything in one transaction. The window only shows progress and the preview.
 */
export const useUsageImportStore = defineStore('usageImport', () => {
  const phase = ref<UsageImportPhase>('idle')
  const progress = ref<JobProgress | null>(null)
  const message = ref<string | null>(null)
  /** shallowRef: 100,000 preview rows need no deep reactivity. */
  const preview = shallowRef<UsagePreviewSummary | null>(null)
  const result = ref<(UsageImportResult & { fileName: string }) | null>(null)

  /** The rows last checked, so the clerk's choice of decimal style can check them again without rereading the file. */
  let checked: { fileName: string; rowsJson: string; rowCount: number; today: CalendarDate } | null = null

  const busy = computed(() => phase.value === 'reading' || phase.value === 'checking' || phase.value === 'saving')
  /** Nothing is stored while a number could be read two ways and the clerk has not said which (spec: no silent misreading). */
  const needsDecimalChoice = computed(() => preview.value?.decimal.needsChoice === true)
  const canConfirm = computed(() => phase.value === 'preview' && (preview.value?.records.length ?? 0) > 0 && !needsDecimalChoice.value)
  /** 0–100 for the progress bar; null while the step cannot tell (reading the file). */
  const percent = computed(() => {
    const p = progress.value
    if (p === null || p.total === 0 || p.stage === 'read' || p.stage === 'write') return null
    return Math.min(100, Math.round((p.done / p.total) * 100))
  })

  function reset(): void {
    checked = null
    phase.value = 'idle'
    progress.value = null
    message.value = null
    preview.value = null
  }

  /** Checks rows already read (JSON text from the file dialog, or a test); shows the preview or the file's problem. */
  async function check(
    fileName: string,
    rowsJson: string,
    rowCount: number,
    today: CalendarDate = todayInAmsterdam(),
    started = performance.now(),
    decimalStyle?: DecimalStyle,
  ): Promise<void> {
    phase.value = 'checking'
    progress.value = { stage: 'check', done: 0, total: rowCount }
    checked = { fileName, rowsJson, rowCount, today }
    try {
      const outcome = await runJob(
        'import',
        'usage-preview',
        { fileName, rowsJson, today, ...(decimalStyle ? { decimalStyle } : {}) },
        (p) => (progress.value = p),
      )
      if (outcome.ok) {
        // markRaw: Vue must not wrap 100,000 rows in proxies when the tables page through them.
        preview.value = markRaw({ ...outcome.preview, records: markRaw(outcome.preview.records), rejected: markRaw(outcome.preview.rejected) })
        phase.value = 'preview'
        measurePreview(started, rowCount)
      } else {
        message.value = importProblemText(outcome.problem)
        phase.value = 'idle'
      }
    } catch (error) {
      message.value = errorMessage(error)
      phase.value = 'idle'
    } finally {
      progress.value = null
    }
  }

  /** Opens the file dialog (main reads the file) and checks what it holds. */
  async function chooseFile(title: string): Promise<void> {
    const started = performance.now()
    reset()
    result.value = null
    phase.value = 'reading'
    progress.value = { stage: 'read', done: 0, total: 0 }
    let opened: OpenedTable | null
    try {
      opened = unwrap(await platformApi().table.openFile({ title }))
    } catch (error) {
      // Stopped by the clerk (`stopReading`): not a failure, nothing to say beyond that.
      message.value = error instanceof ApiError && error.code === 'cancelled' ? null : errorMessage(error)
      opened = null
    }
    if (opened === null) {
      phase.value = 'idle'
      progress.value = null
      return
    }
    await check(opened.fileName, opened.rowsJson, opened.rowCount, todayInAmsterdam(), started)
  }

  /** Stores the previewed usage in one transaction; on failure nothing is stored and the preview stays. */
  async function confirm(): Promise<boolean> {
    const shown = preview.value
    if (!canConfirm.value || shown === null) return false
    phase.value = 'saving'
    progress.value = { stage: 'write', done: 0, total: shown.records.length }
    try {
      const stored = await runJob('import', 'usage-commit', undefined, (p) => (progress.value = p))
      if (!stored.ok) {
        message.value = importProblemText(stored.problem)
        phase.value = 'preview'
        return false
      }
      result.value = { ...stored.result, fileName: shown.fileName }
      reset()
      return true
    } catch (error) {
      message.value = errorMessage(error)
      phase.value = 'preview'
      return false
    } finally {
      progress.value = null
    }
  }

  /** Checks the same rows again reading fractions the way the clerk chose; the preview shows the new reading. */
  async function chooseDecimalStyle(style: DecimalStyle): Promise<void> {
    const rows = checked
    if (rows === null || phase.value !== 'preview') return
    await check(rows.fileName, rows.rowsJson, rows.rowCount, rows.today, performance.now(), style)
  }

  /** Stops reading the chosen file (main ends its reader); the screen is as before choosing. */
  async function stopReading(): Promise<Done> {
    if (phase.value !== 'reading') return { ok: true, value: undefined }
    try {
      unwrap(await platformApi().table.cancelRead())
      return { ok: true, value: undefined }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  /** Drops the preview: nothing was stored. */
  async function cancel(): Promise<void> {
    reset()
    await runJob('import', 'usage-discard', undefined)
  }

  return {
    phase,
    progress,
    percent,
    message,
    preview,
    result,
    busy,
    canConfirm,
    needsDecimalChoice,
    check,
    chooseFile,
    chooseDecimalStyle,
    stopReading,
    confirm,
    cancel,
    reset,
  }
})
