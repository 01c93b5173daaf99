import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { appDatabase, openDatabase, repositories, requestPersistentStorage, type DatabaseState } from '../data'
import { errorMessage } from './outcome'

/**
 * The database connection as the UI sees it (spec D2, D3): open at start, ask for persistent
 * storage, report a blocked upgrade or a newer version elsewhere, and offer the demo data when empty.
 */
export const useDatabaseStore = defineStore('database', () => {
  const rawState = ref<DatabaseState>('closed')
  const errorMessageText = ref<string | null>(null)
  const empty = ref(false)
  const dismissed = ref(false)
  const loadingDemo = ref(false)

  /** `ready` once open; the other states each get their own screen. */
  const state = computed(() => (rawState.value === 'open' ? 'ready' : rawState.value))
  const showFirstStart = computed(() => state.value === 'ready' && empty.value && !dismissed.value)

  async function open(): Promise<void> {
    const status = await openDatabase(appDatabase(), (s) => {
      rawState.value = s.state
      errorMessageText.value = s.message
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
    } catch (error) {
      rawState.value = 'error'
      errorMessageText.value = errorMessage(error)
    }
  }

  function dismissFirstStart() {
    dismissed.value = true
  }

  return { state, errorMessage: errorMessageText, empty, showFirstStart, loadingDemo, open, checkEmpty, dismissFirstStart }
})
