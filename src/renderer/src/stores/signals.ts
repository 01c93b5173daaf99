import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AnySignalList, HandledBy, SignalListKey } from '@shared/domain'
import type { CalendarDate } from '@shared/model'
import { nameLookup, type NameLookup } from '@shared/reports/names'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import type { JobProgress } from '../workers/messages'
import type { WorkOverview } from '../workers/workOverview'
import { toSignalListReport } from '@shared/reports/signalListRows'
import { translate } from '../i18n'
import { platformApi, unwrap } from '../platform/api'
import { repositories } from '../data'
import { errorMessage, type Outcome } from './outcome'
import { usePartnersStore } from './partners'
import { usePlansStore } from './plans'
import { useSettingsStore } from './settings'

/** Named in the performance timeline, so the start page's wait can be measured (bench/). */
export const WORK_OVERVIEW_MEASURE = 'signals:overview'
/** The part of that wait spent reading the data's stamp (and the partner and plan names) in the window. */
export const WORK_OVERVIEW_STAMP_MEASURE = 'signals:stamp'

/** Records a wait in the performance timeline; a timeline that refuses the entry changes nothing. */
function measure(name: string, start: number, detail?: { rows: number }): void {
  try {
    performance.measure(name, { start, end: performance.now(), detail })
  } catch {
    // Only a measurement.
  }
}

/**
 * The signal lists (werklijsten, spec rule 10) and the dashboard's counts, computed together by a worker from
 * one read of the database: the clerk's start page. Every visit first reads the data's stamp (a few index
 * reads): when nothing was written since the shown result was computed, that result stands (at 100,000
 * clients the computation takes seconds); otherwise it computes again, the previous result on screen meanwhile.
 */
export const useSignalsStore = defineStore('signals', () => {
  const partners = usePartnersStore()
  const plans = usePlansStore()
  const settings = useSettingsStore()

  const overview = shallowRef<WorkOverview | null>(null)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const progress = ref<JobProgress | null>(null)
  /** The data's stamp when the shown overview was read; null = compute on the next visit. */
  const stamp = ref<string | null>(null)
  let running: Promise<void> | null = null
  /** Who last handled each client, read from the audit trail only once the clerk filter is used; null = not read. */
  const handledBy = shallowRef<HandledBy | null>(null)
  let readingHandlers: Promise<void> | null = null
  /** The export folder dialog opens where the clerk saved last time. */
  let lastFolder: string | undefined

  const lists = computed<AnySignalList[]>(() => overview.value?.lists ?? [])
  /** Spec rule 10: a list appears only when at least one client meets its criteria. */
  const visibleLists = computed(() => lists.value.filter((l) => l.rows.length > 0))
  const openWork = computed(() => lists.value.reduce((sum, l) => sum + l.rows.length, 0))
  const overdueWork = computed(() => lists.value.reduce((sum, l) => sum + l.rows.filter((r) => r.overdue).length, 0))
  const names = computed<NameLookup>(() => nameLookup(partners.options, plans.plans))

  function list(key: SignalListKey): AnySignalList | undefined {
    return lists.value.find((l) => l.key === key)
  }

  async function compute(today: CalendarDate): Promise<void> {
    const start = performance.now()
    loading.value = true
    try {
      const [now] = await Promise.all([
        repositories().overview.dataStamp(),
        partners.loadOptions(),
        plans.plans.length === 0 ? plans.load() : Promise.resolve(),
      ])
      measure(WORK_OVERVIEW_STAMP_MEASURE, start)
      if (overview.value?.today !== today || stamp.value !== now) {
        // Read before the job: a write during it makes the next visit compute again, never the other way round.
        overview.value = Object.freeze(await runJob('overview', 'overview', { today }, (p) => (progress.value = p)))
        stamp.value = now
        // Read again with the lists: since the last visit a clerk may have handled clients.
        handledBy.value = null
      }
      loadError.value = null
      measure(WORK_OVERVIEW_MEASURE, start, { rows: openWork.value })
    } catch (error) {
      stamp.value = null
      loadError.value = errorMessage(error)
    } finally {
      loading.value = false
      progress.value = null
    }
  }

  /** Reads and computes again; a call while one runs waits for that one. */
  function load(today: CalendarDate = todayInAmsterdam()): Promise<void> {
    running ??= compute(today).finally(() => (running = null))
    return running
  }

  /** Reads who last handled each client (the clerk filter), once per reading of the lists. */
  function loadHandledBy(): Promise<void> {
    readingHandlers ??= runJob('overview', 'signal-handlers', {})
      .then((found) => {
        handledBy.value = found
      })
      .catch((error: unknown) => {
        loadError.value = errorMessage(error)
      })
      .finally(() => (readingHandlers = null))
    return readingHandlers
  }

  /**
   * Writes one list (as filtered on screen, when given) to Excel in a folder the clerk chooses (the main process's workbook writer). The value is
   * the file name, or null when the clerk cancelled the folder dialog.
   */
  async function exportList(key: SignalListKey, filtered?: AnySignalList): Promise<Outcome<string | null>> {
    // The list as the clerk sees it: with a filter, only its rows.
    const shown = filtered ?? list(key)
    const today = overview.value?.today
    if (shown === undefined || today === undefined) return { ok: false, message: null }
    try {
      if (settings.settings === null) await settings.load()
      const api = platformApi()
      const folder = unwrap(
        await api.report.chooseFolder({ title: translate('signals.folderDialogTitle'), ...(lastFolder ? { defaultPath: lastFolder } : {}) }),
      )
      if (folder === null) return { ok: true, value: null }
      lastFolder = folder.path
      const operatorName = settings.settings?.operator.name ?? ''
      const report = toSignalListReport(shown, names.value, today)
      // The channel's schema types plain arrays; the report's are read-only.
      const list = { ...report, extraColumns: [...report.extraColumns], rows: report.rows.map((r) => ({ ...r, extra: [...r.extra] })) }
      const written = unwrap(await api.report.writeSignalList({ folderId: folder.folderId, context: { operatorName, generatedOn: today }, list }))
      return { ok: true, value: written.fileName }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  return { overview, stamp, loading, loadError, progress, lists, visibleLists, openWork, overdueWork, names, handledBy, list, load, loadHandledBy, exportList }
})
