import { defineStore } from 'pinia'
import { ref } from 'vue'
import { forgetCachedCounts, type ImportHistoryItem, type ImportUndoResult } from '../data'
import { runJob } from '../workers/runJob'
import { errorMessage, type Outcome } from './outcome'

export type { ImportHistoryItem } from '../data'

/** The import history: every import, and undoing one while nothing later touched it. */
export const useImportHistoryStore = defineStore('importHistory', () => {
  const items = ref<ImportHistoryItem[]>([])
  const message = ref<string | null>(null)
  /** The import being undone, so its button shows it. */
  const undoing = ref<string | null>(null)

  async function load(): Promise<void> {
    try {
      // In the worker: the check behind each line reads every record an import made.
      items.value = await runJob('import', 'import-history', undefined)
      message.value = null
    } catch (error) {
      message.value = errorMessage(error)
    }
  }

  /** Undoes one import in one transaction; the list is read again either way (undo may be refused by now). */
  async function undo(id: string): Promise<Outcome<ImportUndoResult>> {
    undoing.value = id
    try {
      const value = await runJob('import', 'import-undo', { id })
      // The worker's own connection removed clients: counts this window cached are stale.
      forgetCachedCounts()
      return { ok: true, value }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      undoing.value = null
      await load()
    }
  }

  return { items, message, undoing, load, undo }
})
