import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import type { Partner } from '@shared/model'
import { repositories } from '../data'
import { checkPartnerDraft, type PartnerFields } from '../forms/partnerForm'
import type { FieldErrors } from '../forms/fieldErrors'
import { attempt, errorMessage, failure, type Done, type Outcome } from './outcome'

export type PartnerSortField = 'name' | 'shortCode'

interface PartnerQuery {
  search: string
  first: number
  rows: number
  sortField: PartnerSortField
  sortOrder: 1 | -1
}

/**
 * Partners: at most a few hundred, so the store holds them all and pages, searches and sorts in
 * memory; the same list feeds the partner choices elsewhere.
 */
export const usePartnersStore = defineStore('partners', () => {
  const all = ref<Partner[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const saving = ref(false)
  const loadError = ref<string | null>(null)
  const current = ref<Partner | null>(null)
  const fieldErrors = ref<FieldErrors>({})
  const query = reactive<PartnerQuery>({ search: '', first: 0, rows: 25, sortField: 'name', sortOrder: 1 })

  const matching = computed(() => {
    const term = query.search.trim().toLocaleLowerCase('nl')
    const found = term
      ? all.value.filter((p) => p.name.toLocaleLowerCase('nl').includes(term) || p.shortCode.toLocaleLowerCase('nl').startsWith(term))
      : all.value.slice()
    const field = query.sortField
    return found.sort((a, b) => query.sortOrder * a[field].localeCompare(b[field], 'nl', { sensitivity: 'base' }))
  })
  const rows = computed(() => matching.value.slice(query.first, query.first + query.rows))
  const total = computed(() => matching.value.length)
  const options = computed(() => all.value)
  const byId = computed(() => new Map(all.value.map((p) => [p.id, p])))

  async function refresh(): Promise<void> {
    loading.value = true
    try {
      all.value = await repositories().partners.list()
      loaded.value = true
      loadError.value = null
    } catch (error) {
      loadError.value = errorMessage(error)
    } finally {
      loading.value = false
    }
  }

  /** The list screen always re-reads: another screen may have changed a partner. */
  const loadPage = refresh

  async function loadOptions(): Promise<void> {
    if (!loaded.value) await refresh()
  }

  async function loadOne(id: string): Promise<Partner | null> {
    loading.value = true
    try {
      current.value = (await repositories().partners.get(id)) ?? null
      return current.value
    } catch (error) {
      loadError.value = errorMessage(error)
      return null
    } finally {
      loading.value = false
    }
  }

  function clearErrors() {
    fieldErrors.value = {}
  }

  /** Checks the draft first (nothing reaches the database when a field is wrong), then creates or updates. */
  async function save(id: string | null, draft: PartnerFields): Promise<Outcome<Partner>> {
    const checked = checkPartnerDraft(draft)
    if (!checked.ok) {
      fieldErrors.value = checked.errors
      return { ok: false, message: null }
    }
    saving.value = true
    try {
      const repo = repositories().partners
      const saved = id ? await repo.update({ ...checked.value, id }) : await repo.create(checked.value)
      fieldErrors.value = {}
      current.value = saved
      if (loaded.value) await refresh()
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  async function remove(id: string): Promise<Done> {
    const done = await attempt(() => repositories().partners.remove(id))
    if (done.ok) {
      if (current.value?.id === id) current.value = null
      await refresh()
    }
    return done
  }

  return {
    all,
    options,
    byId,
    matching,
    rows,
    total,
    query,
    loading,
    saving,
    loadError,
    current,
    fieldErrors,
    loadPage,
    loadOptions,
    refresh,
    loadOne,
    clearErrors,
    save,
    remove,
  }
})
