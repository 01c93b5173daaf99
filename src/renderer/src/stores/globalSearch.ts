import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories, type SearchHits } from '../data'
import { errorMessage } from './outcome'

export type { SearchHits }

/** At most this many of each kind: a search narrows with the next letter, it does not page. */
const PER_KIND = 8
const EMPTY: SearchHits = { clients: [], partners: [], invoices: [] }

/**
 * The global search (Ctrl/Cmd+K): what the typed text finds among clients, partners and invoices. An answer
 * to an earlier text that arrives after a later one is dropped, so the list always belongs to the text shown.
 */
export const useGlobalSearchStore = defineStore('globalSearch', () => {
  const visible = ref(false)
  const hits = ref<SearchHits>(EMPTY)
  const searching = ref(false)
  const failed = ref<string | null>(null)
  let request = 0

  async function search(text: string): Promise<void> {
    const mine = ++request
    searching.value = true
    failed.value = null
    try {
      performance.mark('search:start')
      const found = await repositories().search.find(text, PER_KIND)
      if (mine !== request) return
      hits.value = found
      performance.measure('search:find', 'search:start')
    } catch (error) {
      if (mine === request) failed.value = errorMessage(error)
    } finally {
      if (mine === request) searching.value = false
    }
  }

  function open(): void {
    request++
    hits.value = EMPTY
    failed.value = null
    searching.value = false
    visible.value = true
  }

  function close(): void {
    request++
    visible.value = false
  }

  return { visible, hits, searching, failed, search, open, close }
})
