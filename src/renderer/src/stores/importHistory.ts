import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories, type ImportHistoryItem, type ImportUndoResult } from '../data'
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
      items.value = await repositories().imports.list()
      message.value = null
    } catch (error) {
      message.value = errorMessage(error)
    }
  }

  /** Undoes one import in one transaction; the list is read again either way (undo may be refused by now). */
  async function undo(id: string): Promise<Outcome<ImportUndoResult>> {
    undoing.value = id
    try {
      return { ok: true, value: await repositories().imports.undo(id) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      undoing.value = null
      await load()
    }
  }

  return { items, message, undoing, load, undo }
})
