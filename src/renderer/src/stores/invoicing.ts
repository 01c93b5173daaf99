import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { billingPeriod, invoicesOfRun, periodNameOf, previousPeriodName, shiftPeriodName, standingFinalInvoices } from '@shared/domain'
import { partnersWithoutEInvoice } from '@shared/einvoice/invoiceToUbl'
import type { RunStatus, WrittenFile } from '@shared/ipc/channels/reports'
import { finaliseProblems, type FinaliseProblem } from '@shared/domain/invoicing/finaliseGuards'
import type { CalendarDate, Invoice, PeriodName, Plan } from '@shared/model'
import { repositories } from '../data'
import { translate } from '../i18n'
import { ApiError, platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import type { InvoicingPreparation } from '../workers/invoicingJob'
import { errorMessage, type Outcome } from './outcome'
import { useSettingsStore } from './settings'

/** A file an action saved, as the window shows it: by name only (main keeps the paths). */
export type SavedFile = Pick<WrittenFile, 'fileName'>

/**
 * Why writing final invoices failed, said as what it is: the invoices ARE final (their numbers are taken),
 * only their files are missing, so the words never claim that nothing changed. Files saved before the
 * failure are named; they stay.
 */
function finalisedButNotWritten(finalised: readonly Invoice[], error: unknown): string {
  const numbers = finalised.map((invoice) => invoice.number ?? '').join(', ')
  const file = error instanceof ApiError ? error.params['file'] : undefined
  const head =
    typeof file === 'string'
      ? translate(error instanceof ApiError && error.code.startsWith('disk-full') ? 'invoicing.finalisedDiskFull' : 'invoicing.finalisedNotWritten', {
          numbers,
          file,
        })
      : translate('invoicing.finalisedFailed', { numbers, reason: errorMessage(error) })
  const saved = error instanceof ApiError ? (error.saved ?? []) : []
  const tail = saved.length > 0 ? ` ${translate('invoicing.savedBeforeFailure', { count: saved.length, files: saved.join(', ') })}` : ''
  return `${head}${tail} ${translate('invoicing.writeAgainHint')}`
}

/** Billing periods offered, newest first: the running one and the eleven before it. */
export const PERIODS_OFFERED = 12
/** How often the screen asks main how far the run is. */
const POLL_MS = 200

export interface ChosenFolder {
  readonly folderId: string
  readonly path: string
}

/** Sums over the period's invoices, in cents. */
export interface InvoiceTotals {
  readonly count: number
  readonly subtotalCents: number
  readonly vatCents: number
  readonly totalCents: number
}

function totalsOf(invoices: readonly Invoice[]): InvoiceTotals {
  return invoices.reduce<InvoiceTotals>(
    (sum, i) => ({
      count: sum.count + 1,
      subtotalCents: sum.subtotalCents + i.subtotalCents,
      vatCents: sum.vatCents + i.vatCents,
      totalCents: sum.totalCents + i.totalCents,
    }),
    { count: 0, subtotalCents: 0, vatCents: 0, totalCents: 0 },
  )
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The monthly invoicing (spec rule 7, "Outputs"): choose a period, make the concept invoices with the domain's
 * monthly job, write the run's files (invoices, usage reports, the quarterly check when the period closes a
 * quarter) into a chosen folder with progress and cancel, finalise the concepts (numbers in one transaction)
 * and write the final invoices. A final invoice is corrected only by a credit invoice plus a new concept.
 */
export const useInvoicingStore = defineStore('invoicing', () => {
  const settings = useSettingsStore()

  const period = ref<PeriodName | null>(null)
  /** Every invoice of the period as stored: concepts, finals, credit invoices. */
  const invoices = shallowRef<readonly Invoice[]>([])
  /** The last preparation of the chosen period in this session; needed to write the run's files. */
  const prepared = shallowRef<InvoicingPreparation | null>(null)
  const loading = ref(false)
  const preparing = ref(false)
  const loadError = ref<string | null>(null)
  const folder = ref<ChosenFolder | null>(null)
  const run = ref<RunStatus | null>(null)
  let runningJob: string | null = null
  /** Invoice ids with an action in progress (finalise, credit, write). */
  const busy = ref(new Set<string>())
  const finalising = ref(false)
  /** Files written by the last action, for the list under the progress bar. */
  /** The files the last action saved, by name (also those saved before it failed). */
  const writtenFiles = ref<readonly SavedFile[]>([])
  let request = 0

  const startDay = computed(() => settings.settings?.billingPeriodStartDay)
  const billing = computed(() => (period.value === null ? null : billingPeriod(period.value, startDay.value)))
  const concepts = computed(() => invoices.value.filter((i) => i.status === 'concept'))
  const finals = computed(() => invoices.value.filter((i) => i.status === 'definitief'))
  /** Partners of the period's invoices that get no e-invoice: no KvK number or OIN in their invoice's partner data. */
  const withoutEInvoice = computed(() => partnersWithoutEInvoice(invoices.value))
  /** What the period bills as it stands: per partner the standing final invoice, otherwise its concept. */
  const billed = computed(() => (period.value === null ? [] : invoicesOfRun(invoices.value, period.value)))
  const totals = computed(() => totalsOf(billed.value))
  /** Final invoices that still stand (not cancelled by a final credit invoice): these can be credited. */
  const standingIds = computed(() => new Set(period.value === null ? [] : [...standingFinalInvoices(invoices.value, period.value).values()].map((i) => i.id)))
  const creditedIds = computed(() => new Set(invoices.value.flatMap((i) => (i.correctsInvoiceId === null ? [] : [i.correctsInvoiceId]))))
  const running = computed(() => run.value?.state === 'bezig')
  /** The catalogue as it stands, for the checks before finalising (read again with the period's invoices). */
  const plans = shallowRef<readonly Plan[]>([])
  const demoData = computed(() => settings.settings?.demoData === true)
  /**
   * What stands in the way of finalising the period's concepts (example prices, example organisation details,
   * concepts made before a fix); the repository refuses the same, this shows it before the clerk clicks.
   */
  const blockers = computed<readonly FinaliseProblem[]>(() =>
    settings.settings ? finaliseProblems({ invoices: concepts.value, plans: plans.value, operator: settings.settings.operator, demoData: demoData.value }) : [],
  )

  function periodOptions(today: CalendarDate = todayInAmsterdam()): PeriodName[] {
    const current = periodNameOf(today, startDay.value)
    return Array.from({ length: PERIODS_OFFERED }, (_, i) => shiftPeriodName(current, -i))
  }

  /** The last period that has ended: the one finance invoices now. */
  function defaultPeriod(today: CalendarDate = todayInAmsterdam()): PeriodName {
    return previousPeriodName(periodNameOf(today, startDay.value))
  }

  /** Whether the chosen period is still running on `today` (its invoices can still change). */
  function periodRunning(today: CalendarDate = todayInAmsterdam()): boolean {
    return billing.value !== null && billing.value.last >= today
  }

  async function reloadInvoices(): Promise<void> {
    if (period.value === null) return
    invoices.value = Object.freeze(await repositories().invoices.list({ period: period.value }))
  }

  /** Shows the stored invoices of a period; the concepts are made with `prepare`. */
  async function choosePeriod(chosen?: PeriodName, today: CalendarDate = todayInAmsterdam()): Promise<void> {
    const mine = ++request
    loading.value = true
    try {
      if (!settings.settings) await settings.load()
      const next = chosen ?? period.value ?? defaultPeriod(today)
      if (next !== period.value) {
        prepared.value = null
        writtenFiles.value = []
      }
      period.value = next
      const [stored, catalogue] = await Promise.all([repositories().invoices.list({ period: next }), repositories().plans.list()])
      if (mine !== request) return
      invoices.value = Object.freeze(stored)
      plans.value = Object.freeze(catalogue)
      loadError.value = null
    } catch (error) {
      if (mine === request) loadError.value = errorMessage(error)
    } finally {
      if (mine === request) loading.value = false
    }
  }

  /** Makes (or remakes) the period's concept invoices; final invoices stay as they are. */
  async function prepare(today: CalendarDate = todayInAmsterdam()): Promise<Outcome<InvoicingPreparation>> {
    if (period.value === null) return { ok: false, message: null }
    preparing.value = true
    try {
      const result = await runJob('invoicing', 'invoicing-prepare', { period: period.value, today })
      prepared.value = Object.freeze(result)
      invoices.value = Object.freeze(result.invoices)
      plans.value = Object.freeze(await repositories().plans.list())
      return { ok: true, value: result }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      preparing.value = false
    }
  }

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

  async function withBusy<T>(ids: readonly string[], work: () => Promise<T>): Promise<T> {
    busy.value = new Set([...busy.value, ...ids])
    try {
      return await work()
    } finally {
      const next = new Set(busy.value)
      for (const id of ids) next.delete(id)
      busy.value = next
    }
  }

  /** Writes single invoices (final ones, credit invoices, a reprint) into the folder. */
  async function writeInvoices(list: readonly Invoice[], today: CalendarDate): Promise<readonly WrittenFile[] | null> {
    const target = await ensureFolder()
    if (target === null) return null
    const files = unwrap(await platformApi().report.writeInvoices({ folderId: target.folderId, generatedOn: today, invoices: list }))
    writtenFiles.value = files
    return files
  }

  /**
   * Finalises concepts — all of the period when `ids` is left out — in one transaction (numbers in partner
   * order, gapless), then writes the final invoices into the folder. The value is the finalised invoices.
   */
  async function finalise(
    ids?: readonly string[],
    today: CalendarDate = todayInAmsterdam(),
  ): Promise<Outcome<{ finalised: Invoice[]; files: readonly WrittenFile[] | null }>> {
    const chosen = ids ?? concepts.value.map((i) => i.id)
    if (chosen.length === 0 || finalising.value) return { ok: false, message: null }
    finalising.value = true
    try {
      const finalised = await withBusy(chosen, () => repositories().invoices.finaliseAll(chosen, today))
      await reloadInvoices()
      try {
        const files = await writeInvoices(finalised, today)
        return { ok: true, value: { finalised, files } }
      } catch (error) {
        writtenFiles.value = error instanceof ApiError ? (error.saved ?? []).map((fileName) => ({ fileName })) : []
        return { ok: false, message: finalisedButNotWritten(finalised, error) }
      }
    } catch (error) {
      await reloadInvoices().catch(() => undefined)
      return { ok: false, message: errorMessage(error) }
    } finally {
      finalising.value = false
    }
  }

  /** A concept credit invoice that cancels a final invoice once it is finalised too. */
  async function credit(invoice: Invoice, today: CalendarDate = todayInAmsterdam()): Promise<Outcome<Invoice>> {
    try {
      const created = await withBusy([invoice.id], () => repositories().invoices.createCredit(invoice.id, today))
      await reloadInvoices()
      return { ok: true, value: created }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  async function removeConcept(invoice: Invoice): Promise<Outcome<undefined>> {
    try {
      await withBusy([invoice.id], () => repositories().invoices.removeConcept(invoice.id))
      await reloadInvoices()
      return { ok: true, value: undefined }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  /** Writes one invoice again: a final invoice gives the same content (it is frozen), under a new file name. */
  async function rewrite(invoice: Invoice, today: CalendarDate = todayInAmsterdam()): Promise<Outcome<readonly WrittenFile[] | null>> {
    try {
      return { ok: true, value: await withBusy([invoice.id], () => writeInvoices([invoice], today)) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
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

  return {
    period,
    billing,
    invoices,
    prepared,
    loading,
    preparing,
    loadError,
    folder,
    run,
    running,
    busy,
    finalising,
    writtenFiles,
    concepts,
    finals,
    withoutEInvoice,
    billed,
    totals,
    standingIds,
    creditedIds,
    demoData,
    blockers,
    periodOptions,
    defaultPeriod,
    periodRunning,
    choosePeriod,
    prepare,
    chooseFolder,
    writeRun,
    cancelRun,
    finalise,
    credit,
    removeConcept,
    rewrite,
    openFolder,
    reloadInvoices,
  }
})
