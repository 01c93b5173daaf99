import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { BackupFileError, appDatabase, openDatabase, repositories, requestPersistentStorage, type DatabaseState } from '../data'
import { backupProblemText } from '../i18n/problemText'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import { examplePlanInputs, type DemoScale } from './demoData'
import { errorMessage, type Done } from './outcome'

/** A refused backup file in the UI language: the problem, then the first issue with its place in the file. */
function backupFailureText(error: BackupFileError): string {
  const first = error.backupIssues[0]
  return first === undefined
    ? backupProblemText(error.backupProblem)
    : `${backupProblemText(error.backupProblem)} ${first.path.join('.')}: ${backupProblemText(first)}`
}

/**
 * The database connection as the UI sees it (spec D2, D3): open at start, ask for persistent
 * storage, report a blocked upgrade or a newer version elsewhere, and on an empty database offer
 * the demo data or an empty start with the example plan catalogue.
 */
export const useDatabaseStore = defineStore('database', () => {
  const rawState = ref<DatabaseState>('closed')
  const errorMessageText = ref<string | null>(null)
  const empty = ref(false)
  /** Whether `empty` was read yet: until then a just-opened database looks filled. */
  const emptyChecked = ref(false)
  const busy = ref<'demo' | 'empty' | null>(null)
  /** Bumped after the data was replaced, so open screens know to read again. */
  const generation = ref(0)

  /** `ready` once open; the other states each get their own screen. */
  const state = computed(() => (rawState.value === 'open' ? 'ready' : rawState.value))
  const showFirstStart = computed(() => state.value === 'ready' && empty.value)
  const loadingDemo = computed(() => busy.value === 'demo')
  /** Open, known not to be empty, and past the first-start question. */
  const inUse = computed(() => state.value === 'ready' && emptyChecked.value && !empty.value)

  async function open(): Promise<void> {
    const status = await openDatabase(appDatabase(), (s) => {
      rawState.value = s.state
      errorMessageText.value = s.error ? errorMessage(s.error) : null
    })
    if (status.state !== 'open') return
    // Ask once per start; the answer is shown in Settings.
    void requestPersistentStorage()
    await checkEmpty()
  }

  /** Empty: no partners, plans or clients yet (the data layer's definition). */
  async function checkEmpty(): Promise<void> {
    try {
      empty.value = await repositories().database.isEmpty()
      emptyChecked.value = true
    } catch (error) {
      rawState.value = 'error'
      errorMessageText.value = errorMessage(error)
    }
  }

  async function run(kind: 'demo' | 'empty', work: () => Promise<unknown>): Promise<Done> {
    busy.value = kind
    // Let the dialog show that it is busy before the work takes the main thread.
    await new Promise((resolve) => setTimeout(resolve, 50))
    try {
      await work()
      empty.value = false
      generation.value++
      return { ok: true, value: undefined }
    } catch (error) {
      return { ok: false, message: error instanceof BackupFileError ? backupFailureText(error) : errorMessage(error) }
    } finally {
      busy.value = null
    }
  }

  /**
   * Loads the demo data set (generated for today) in one transaction; `replace` over what is there (the guide
   * asks first). A worker makes and writes it, so the window keeps drawing meanwhile.
   */
  function loadDemo(scale: DemoScale = 'design', replace = false): Promise<Done> {
    return run('demo', () => runJob('import', 'demo-load', { scale, today: todayInAmsterdam(), replace }))
  }

  /** No partners or clients, but the shipped example plans, so the plan screen has something to replace. */
  function startEmpty(): Promise<Done> {
    return run('empty', async () => {
      for (const plan of examplePlanInputs()) await repositories().plans.create(plan)
    })
  }

  /** After a restore replaced every table: open screens and cached lists read again. */
  async function replaced(): Promise<void> {
    await checkEmpty()
    generation.value++
  }

  return {
    state,
    errorMessage: errorMessageText,
    empty,
    showFirstStart,
    inUse,
    busy,
    loadingDemo,
    generation,
    open,
    checkEmpty,
    loadDemo,
    startEmpty,
    replaced,
  }
})
