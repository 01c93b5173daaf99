import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CalendarDate, Invoice, PeriodName, Plan } from '@shared/model'
import { repositories } from '../data'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import type { InvoicingPreparation } from '../workers/invoicingJob'
import { invoicingActions } from './invoicingActions'
import { invoicingFiles } from './invoicingFiles'
import { invoicingViews } from './invoicingViews'
import { errorMessage, type Outcome } from './outcome'
import { useSettingsStore } from './settings'

export type { ChosenFolder } from './invoicingFiles'
export type { InvoiceTotals } from './invoicingViews'

/**
 * The monthly invoicing (spec rule 7, "Outputs"): choose a period, make the concept invoices with the domain's
 * monthly job, write the run's files (invoices, usage reports, the quarterly check when the period closes a
 * quarter) into a chosen folder with progress and cancel, finalise the concepts (numbers in one transaction)
 * and write the final invoices. A final invoice is corrected only by a credit invoice plus a new concept.
 * This file keeps the period and reading it; what the screen derives is `invoicingViews`, the files main writes
 * `invoicingFiles`, what the clerk does to single invoices `invoicingActions`.
 */
export const useInvoicingStore = defineStore('invoicing', () => {
  const settingsStore = useSettingsStore()

  const period = ref<PeriodName | null>(null)
  /** Every invoice of the period as stored: concepts, finals, credit invoices. */
  const invoices = shallowRef<readonly Invoice[]>([])
  /** The last preparation of the chosen period in this session; needed to write the run's files. */
  const prepared = shallowRef<InvoicingPreparation | null>(null)
  /** The catalogue as it stands, for the checks before finalising (read again with the period's invoices). */
  const plans = shallowRef<readonly Plan[]>([])
  const loading = ref(false)
  const preparing = ref(false)
  const loadError = ref<string | null>(null)
  let request = 0

  const views = invoicingViews({ period, invoices, plans, settings: computed(() => settingsStore.settings) })
  const files = invoicingFiles({ period, invoices, prepared })

  async function reloadInvoices(): Promise<void> {
    if (period.value === null) return
    invoices.value = Object.freeze(await repositories().invoices.list({ period: period.value }))
  }

  /** Shows the stored invoices of a period; the concepts are made with `prepare`. */
  async function choosePeriod(chosen?: PeriodName, today: CalendarDate = todayInAmsterdam()): Promise<void> {
    const mine = ++request
    loading.value = true
    try {
      if (!settingsStore.settings) await settingsStore.load()
      const next = chosen ?? period.value ?? views.defaultPeriod(today)
      if (next !== period.value) {
        prepared.value = null
        files.writtenFiles.value = []
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
      const result = await runJob('overview', 'invoicing-prepare', { period: period.value, today })
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

  const actions = invoicingActions({ concepts: views.concepts, writtenFiles: files.writtenFiles, reloadInvoices, writeInvoices: files.writeInvoices })

  return {
    period,
    billing: views.billing,
    invoices,
    prepared,
    loading,
    preparing,
    loadError,
    folder: files.folder,
    run: files.run,
    running: files.running,
    busy: actions.busy,
    finalising: actions.finalising,
    writtenFiles: files.writtenFiles,
    concepts: views.concepts,
    finals: views.finals,
    withoutEInvoice: views.withoutEInvoice,
    billed: views.billed,
    totals: views.totals,
    standingIds: views.standingIds,
    creditedIds: views.creditedIds,
    demoData: views.demoData,
    blockers: views.blockers,
    periodOptions: views.periodOptions,
    defaultPeriod: views.defaultPeriod,
    periodRunning: views.periodRunning,
    choosePeriod,
    prepare,
    chooseFolder: files.chooseFolder,
    writeRun: files.writeRun,
    cancelRun: files.cancelRun,
    finalise: actions.finalise,
    credit: actions.credit,
    removeConcept: actions.removeConcept,
    rewrite: actions.rewrite,
    openFolder: files.openFolder,
    reloadInvoices,
  }
})
