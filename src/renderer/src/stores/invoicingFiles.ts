import { computed, ref, type Ref, type ShallowRef } from 'vue'
import { invoicesOfRun } from '@shared/domain'
import type { RunStatus, WrittenFile } from '@shared/ipc/channels/reports'
import type { CalendarDate, Invoice, PeriodName } from '@shared/model'
import { translate } from '../i18n'
import { ApiError, platformApi, unwrap } from '../platform/api'
import type { InvoicingPreparation } from '../workers/invoicingJob'
import { errorMessage, type Outcome } from './outcome'

/** A file an action saved, as the window shows it: by name only (main keeps the paths). */
export type SavedFile = Pick<WrittenFile, 'fileName'>

export interface ChosenFolder {
  readonly folderId: string
  readonly path: string
}

/** How often the screen asks main how far the run is. */
const POLL_MS = 200

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What writing files needs of the invoicing store: the period, its invoices and the last preparation. */
export interface InvoicingRunSource {
  readonly period: Ref<PeriodName | null>
  readonly invoices: ShallowRef<readonly Invoice[]>
  readonly prepared: ShallowRef<InvoicingPreparation | null>
}

/**
 * The invoicing screen's files: the folder chosen in main's dialog, the period's run (invoices, usage reports,
 * the quarterly check) polled for progress with cancel, and single invoices written again. Its own file because
 * it talks only to main, never to the repositories.
 */
export function invoicingFiles({ period, invoices, prepared }: InvoicingRunSource) {
  const folder = ref<ChosenFolder | null>(null)
  const run = ref<RunStatus | null>(null)
  let runningJob: string | null = null
  /** The files the last action saved, by name (also those saved before it failed). */
  const writtenFiles = ref<readonly SavedFile[]>([])
  const running = computed(() => run.value?.state === 'bezig')

  /** The folder the files go into: the one chosen before, or a new choice (null when the dialog was cancelled). */
  async function ensureFolder(choose = false): Promise<ChosenFolder | null> {
    if (folder.value !== null && !choose) return folder.value
    const api = platformApi()
    const chosen = unwrap(
      await api.report.chooseFolder({ title: translate('invoicing.folderDialogTitle'), ...(folder.value ? { defaultPath: folder.value.path } : {}) }),
    )
    if (chosen !== null) folder.value = chosen
    return chosen
  }

  async function chooseFolder(): Promise<Outcome<ChosenFolder | null>> {
    try {
      return { ok: true, value: await ensureFolder(true) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  /**
   * Writes the period's files — the invoices as they stand (concepts marked CONCEPT, finals with their number),
   * every partner's usage report and the quarterly check when the period closes a quarter — as one run in main,
   * polled for progress. Resolves when the run has ended (done, cancelled or failed).
   */
  async function writeRun(): Promise<Outcome<RunStatus | null>> {
    const ready = prepared.value
    if (ready === null || period.value === null || running.value) return { ok: false, message: null }
    try {
      const target = await ensureFolder()
      if (target === null) return { ok: true, value: null }
      const api = platformApi()
      const { reports } = ready
      const { jobId } = unwrap(
        await api.report.startRun({
          folderId: target.folderId,
          ...reports,
          invoices: invoicesOfRun(invoices.value, period.value),
        }),
      )
      runningJob = jobId
      run.value = { state: 'bezig', done: 0, total: reports.partners.length, partnerName: '', files: [], error: null }
      for (;;) {
        const status = unwrap(await api.report.getRunStatus({ jobId }))
        run.value = status
        if (status.state !== 'bezig') break
        await wait(POLL_MS)
      }
      runningJob = null
      writtenFiles.value = run.value.files
      if (run.value.state === 'mislukt') return { ok: false, message: run.value.error ? errorMessage(ApiError.from(run.value.error)) : null }
      return { ok: true, value: run.value }
    } catch (error) {
      runningJob = null
      if (run.value?.state === 'bezig') run.value = { ...run.value, state: 'mislukt' }
      return { ok: false, message: errorMessage(error) }
    }
  }

  async function cancelRun(): Promise<void> {
    if (runningJob !== null) unwrap(await platformApi().report.cancelRun({ jobId: runningJob }))
  }

  /** Writes single invoices (final ones, credit invoices, a reprint) into the folder. */
  async function writeInvoices(list: readonly Invoice[], today: CalendarDate): Promise<readonly WrittenFile[] | null> {
    const target = await ensureFolder()
    if (target === null) return null
    const files = unwrap(await platformApi().report.writeInvoices({ folderId: target.folderId, generatedOn: today, invoices: list }))
    writtenFiles.value = files
    return files
  }

  async function openFolder(): Promise<Outcome<undefined>> {
    if (folder.value === null) return { ok: false, message: null }
    try {
      unwrap(await platformApi().report.openFolder({ folderId: folder.value.folderId }))
      return { ok: true, value: undefined }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  return { folder, run, running, writtenFiles, chooseFolder, writeRun, cancelRun, writeInvoices, openFolder }
}
