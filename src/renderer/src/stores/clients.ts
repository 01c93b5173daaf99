import { defineStore } from 'pinia'
import { ref } from 'vue'
import { clientEditing } from './clientEditing'
import { clientList } from './clientList'

export type { ClientRow } from './clientList'

/**
 * The clients: the list paged through the data layer's indexes (`clientList`) and one client read and saved with
 * the form check first (`clientEditing`). Both show the same busy flag and load error.
 */
export const useClientsStore = defineStore('clients', () => {
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const list = clientList({ loading, loadError })
  const editing = clientEditing({ loading, loadError })

  return {
    rows: list.rows,
    total: list.total,
    hasMore: list.hasMore,
    query: list.query,
    hasFilters: list.hasFilters,
    loading,
    saving: editing.saving,
    loadError,
    current: editing.current,
    fieldErrors: editing.fieldErrors,
    currentFilter: list.currentFilter,
    refresh: list.refresh,
    reread: list.reread,
    loadPage: list.loadPage,
    resetFilters: list.resetFilters,
    loadOne: editing.loadOne,
    clearErrors: editing.clearErrors,
    save: editing.save,
    remove: editing.remove,
  }
})
