import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { createWorkingCalendar } from '@shared/calendar/workingDays'
import { sortPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import { buildTimeline, type TimelineEntry } from '@shared/domain/lifecycle/timeline'
import { defaultSettings, type ChangeRequest, type Client, type Deregistration, type SubscriptionPeriod } from '@shared/model'
import { repositories } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { lifecycleActions } from './lifecycleActions'
import { ruleFieldErrors } from './lifecycleDrafts'
import { lifecycleViews } from './lifecycleViews'
import { errorMessage, failure, type Outcome } from './outcome'
import { usePlansStore } from './plans'
import { useSettingsStore } from './settings'

export type { ActivationDraft, IntakeDraft, ReregistrationDraft } from './lifecycleActions'
export type { BillingRow, Deadline } from './lifecycleViews'

/**
 * One client's lifecycle (spec rules 1–5): its subscription periods, change requests and deregistrations,
 * and how the screen writes. What it reads off them (deadlines, current plan, billing) is `lifecycleViews`;
 * the client's own actions (activation, intake, registering again) are `lifecycleActions`. The rules themselves
 * are in src/shared/domain; the repositories write, each action with its audit entry.
 */
export const useLifecycleStore = defineStore('lifecycle', () => {
  const plansStore = usePlansStore()
  const settingsStore = useSettingsStore()

  const client = ref<Client | null>(null)
  const periods = ref<SubscriptionPeriod[]>([])
  const changeRequests = ref<ChangeRequest[]>([])
  const deregistrations = ref<Deregistration[]>([])
  const loading = ref(false)
  const saving = ref(false)
  const loadError = ref<string | null>(null)
  const fieldErrors = ref<FieldErrors>({})

  const settings = computed(() => settingsStore.settings ?? defaultSettings)
  const calendar = computed(() => createWorkingCalendar(settings.value.extraClosingDays))
  const startDay = computed(() => settings.value.billingPeriodStartDay)
  const plansById = computed(() => plansStore.byId)

  /** The request still running (at most one per client, the repository sees to that). */
  const runningChangeRequest = computed(() => changeRequests.value.find((cr) => cr.status === 'open' || cr.status === 'akkoord') ?? null)
  const pendingDeregistration = computed(() => deregistrations.value.find((d) => d.processedDate === null) ?? null)
  const timeline = computed<TimelineEntry[]>(() =>
    client.value
      ? buildTimeline({
          client: client.value,
          periods: periods.value,
          changeRequests: changeRequests.value,
          deregistrations: deregistrations.value,
          startDay: startDay.value,
        })
      : [],
  )

  async function load(id: string): Promise<boolean> {
    loading.value = true
    try {
      if (plansStore.plans.length === 0) await plansStore.load()
      if (settingsStore.settings === null) await settingsStore.load()
      const repos = repositories()
      const [found, ps, crs, ds] = await Promise.all([
        repos.clients.get(id),
        repos.subscriptionPeriods.listByClient(id),
        repos.changeRequests.list({ clientId: id }),
        repos.deregistrations.list({ clientId: id }),
      ])
      client.value = found ?? null
      periods.value = sortPeriods(ps)
      changeRequests.value = crs
      deregistrations.value = ds
      loadError.value = null
      return found !== undefined
    } catch (error) {
      loadError.value = errorMessage(error)
      return false
    } finally {
      loading.value = false
    }
  }

  async function reload(): Promise<void> {
    if (client.value) await load(client.value.id)
  }

  function clearErrors() {
    fieldErrors.value = {}
  }

  /** Runs a write; rule refusals the screen can place go to their field, the rest become one message. */
  async function write<T>(work: () => Promise<T>, fieldByRule: Readonly<Record<string, string>> = {}): Promise<Outcome<T>> {
    saving.value = true
    try {
      const value = await work()
      fieldErrors.value = {}
      await reload()
      return { ok: true, value }
    } catch (error) {
      const atField = ruleFieldErrors(error, fieldByRule)
      if (atField) {
        fieldErrors.value = atField
        return { ok: false, message: null }
      }
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  function refuse(errors: FieldErrors): Outcome<never> {
    fieldErrors.value = errors
    return { ok: false, message: null }
  }

  const views = lifecycleViews({ client, periods, calendar, startDay, plansById })
  const actions = lifecycleActions({ client, currentPlan: views.currentPlan, write, refuse })

  return {
    client,
    periods,
    changeRequests,
    deregistrations,
    loading,
    saving,
    loadError,
    fieldErrors,
    settings,
    calendar,
    startDay,
    plansById,
    runningChangeRequest,
    pendingDeregistration,
    timeline,
    load,
    reload,
    clearErrors,
    ...views,
    ...actions,
    write,
    refuse,
  }
})
