import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { UsageAgainstBundle } from '@shared/domain'
import type { CalendarDate } from '@shared/model'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import { errorMessage } from './outcome'
import { useSignalsStore } from './signals'

export interface NamedCount {
  readonly id: string
  readonly name: string
  readonly count: number
}

/** Partners shown by name in the dashboard; the rest are summed as "overige partners" (500 partners fit no screen). */
export const TOP_PARTNERS = 12

/**
 * The dashboard (seed 001: management information): active clients per plan and partner, registrations and
 * deregistrations per period, open work per signal list — all from the signal store's one computation — and
 * usage against the bundles per period, computed separately because it reads a year of usage. Both are
 * read again only when the data's stamp has changed since (see the signal store).
 */
export const useDashboardStore = defineStore('dashboard', () => {
  const signals = useSignalsStore()
  const usage = shallowRef<readonly UsageAgainstBundle[] | null>(null)
  const usageLoading = ref(false)
  const usageError = ref<string | null>(null)
  /** The signal store's stamp and the day the shown chart was computed for: the same again needs no reading. */
  let usageRead: { readonly stamp: string | null; readonly today: CalendarDate } | null = null

  const overview = computed(() => signals.overview)
  const activeTotal = computed(() => overview.value?.active.total ?? 0)
  const activeByPlan = computed<NamedCount[]>(() =>
    (overview.value?.active.byPlan ?? []).map((p) => ({ id: p.planId, name: signals.names.planName(p.planId), count: p.count })),
  )
  const activeByPartner = computed<NamedCount[]>(() =>
    (overview.value?.active.byPartner ?? []).map((p) => ({ id: p.partnerId, name: signals.names.partnerName(p.partnerId), count: p.count })),
  )
  /** The largest partners by name, then one line for the others. */
  const topPartners = computed(() => {
    const all = activeByPartner.value
    const rest = all.slice(TOP_PARTNERS)
    return { shown: all.slice(0, TOP_PARTNERS), otherPartners: rest.length, otherClients: rest.reduce((s, p) => s + p.count, 0) }
  })
  const flow = computed(() => overview.value?.flow ?? [])
  const workPerList = computed(() => signals.lists.map((l) => ({ key: l.key, count: l.rows.length, overdue: l.rows.filter((r) => r.overdue).length })))

  async function loadUsage(today: CalendarDate): Promise<void> {
    const read = { stamp: signals.stamp, today }
    if (usage.value !== null && read.stamp !== null && usageRead?.stamp === read.stamp && usageRead.today === today) return
    usageLoading.value = true
    try {
      usage.value = Object.freeze(await runJob('overview', 'usage-chart', { today }))
      usageRead = read
      usageError.value = null
    } catch (error) {
      usageRead = null
      usageError.value = errorMessage(error)
    } finally {
      usageLoading.value = false
    }
  }

  /** The counts first (shared with the signal lists), the usage chart after them. */
  async function load(today: CalendarDate = todayInAmsterdam()): Promise<void> {
    await signals.load(today)
    await loadUsage(today)
  }

  return {
    overview,
    activeTotal,
    activeByPlan,
    activeByPartner,
    topPartners,
    flow,
    workPerList,
    usage,
    usageLoading,
    usageError,
    loading: computed(() => signals.loading),
    loadError: computed(() => signals.loadError),
    load,
  }
})
