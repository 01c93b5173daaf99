import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import { isDeviation, lastCompleteQuarter, shiftQuarterName, type CheckOutcome } from '@shared/domain'
import { formatMinutes } from '@shared/format'
import type { CalendarDate, ChangeRequest, QuarterName } from '@shared/model'
import { nameLookup, type NameLookup } from '@shared/reports/names'
import { repositories } from '../data'
import { translate } from '../i18n'
import { platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { runJob } from '../workers/runJob'
import type { CheckRowState, QuarterlyCheckResult } from '../workers/quarterlyCheckJob'
import { errorMessage, type Outcome } from './outcome'
import { usePartnersStore } from './partners'
import { usePlansStore } from './plans'
import { useSettingsStore } from './settings'

/** `afwijkend`: boven, onder and te kort actief — the clients a manager has to look at (spec rule 9). */
export type OutcomeFilter = 'afwijkend' | CheckOutcome | 'alle'

/** Complete quarters offered in the quarter choice, newest first. */
export const QUARTERS_OFFERED = 8

const SHOWN_AS_DEVIATING: ReadonlySet<CheckOutcome> = new Set(['boven', 'onder', 'te kort actief'])

/** Whether the check recommends another plan the clerk can ask for with one click. */
export function canRequestChange(state: CheckRowState): boolean {
  return isDeviation(state.row) && state.row.recommendationDiffers && state.row.recommendedPlanId !== null && state.clientActive && state.runningChange === null
}

/** The reason written on an operator-initiated change request made from a recommendation. */
export function recommendationReason(state: CheckRowState, names: NameLookup): string {
  const { row } = state
  const direction = row.outcome === 'boven' ? 'verbruik structureel boven de bundel' : 'verbruik structureel onder de bundel'
  const average = row.averageMonthlyUsage === null ? '' : `, gemiddeld ${formatMinutes(row.averageMonthlyUsage)} per maand`
  const advice = row.recommendedPlanId === null ? '' : ` Advies: ${names.planName(row.recommendedPlanId)}.`
  return `Abonnementscheck ${row.quarter}: ${direction} van ${names.planName(row.currentPlanId)}${average}.${advice}`
}

/**
 * The quarterly subscription check screen (spec rule 9): the domain's check for a chosen quarter, computed in
 * a worker; the deviating clients per partner with their contacts; one click turns a recommendation into an
 * operator-initiated change request (through the change-request repository, in one transaction with its audit).
 */
export const useQuarterlyCheckStore = defineStore('quarterlyCheck', () => {
  const partners = usePartnersStore()
  const plans = usePlansStore()
  const settings = useSettingsStore()

  const quarter = ref<QuarterName | null>(null)
  const result = shallowRef<QuarterlyCheckResult | null>(null)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const filter = reactive<{ partnerId: string | null; outcome: OutcomeFilter }>({ partnerId: null, outcome: 'afwijkend' })
  const exporting = ref(false)
  /** The export folder dialog opens where the clerk saved last time. */
  let lastFolder: string | undefined
  /** Clients whose change request is being written (the button shows it). */
  const requesting = ref(new Set<string>())
  let request = 0

  const names = computed(() => nameLookup(partners.options, plans.plans))

  function quarterOptions(today: CalendarDate = todayInAmsterdam()): QuarterName[] {
    const last = lastCompleteQuarter(today, settings.settings?.billingPeriodStartDay)
    return Array.from({ length: QUARTERS_OFFERED }, (_, i) => shiftQuarterName(last, -i))
  }

  const rows = computed<CheckRowState[]>(() => {
    const all = result.value?.rows ?? []
    return all.filter((s) => {
      if (filter.partnerId !== null && s.row.partnerId !== filter.partnerId) return false
      if (filter.outcome === 'alle') return true
      if (filter.outcome === 'afwijkend') return SHOWN_AS_DEVIATING.has(s.row.outcome)
      return s.row.outcome === filter.outcome
    })
  })

  /** Clients per outcome in the whole quarter (or the chosen partner). */
  const counts = computed(() => {
    const out: Record<CheckOutcome, number> = { boven: 0, onder: 0, binnen: 0, 'te kort actief': 0 }
    for (const s of result.value?.rows ?? []) if (filter.partnerId === null || s.row.partnerId === filter.partnerId) out[s.row.outcome]++
    return out
  })

  /** Partners with clients in the check, by name (the partner filter). */
  const partnerOptions = computed(() => {
    const ids = new Set((result.value?.rows ?? []).map((s) => s.row.partnerId))
    return partners.options.filter((p) => ids.has(p.id))
  })

  async function load(chosen?: QuarterName, today: CalendarDate = todayInAmsterdam()): Promise<void> {
    const mine = ++request
    loading.value = true
    try {
      await Promise.all([
        partners.loadOptions(),
        plans.plans.length === 0 ? plans.load() : Promise.resolve(),
        settings.settings ? Promise.resolve() : settings.load(),
      ])
      const q = chosen ?? quarter.value ?? lastCompleteQuarter(today, settings.settings?.billingPeriodStartDay)
      quarter.value = q
      const computed = await runJob('overview', 'quarterly-check', { quarter: q, today })
      if (mine !== request) return
      result.value = Object.freeze(computed)
      loadError.value = null
    } catch (error) {
      if (mine === request) loadError.value = errorMessage(error)
    } finally {
      if (mine === request) loading.value = false
    }
  }

  function replaceState(clientId: string, update: (s: CheckRowState) => CheckRowState): void {
    const current = result.value
    if (current === null) return
    result.value = Object.freeze({ ...current, rows: current.rows.map((s) => (s.row.clientId === clientId ? update(s) : s)) })
  }

  /** One click: an operator-initiated change request from current to recommended plan, dated today. */
  async function requestChange(state: CheckRowState, today: CalendarDate = todayInAmsterdam()): Promise<Outcome<ChangeRequest>> {
    const toPlanId = state.row.recommendedPlanId
    if (!canRequestChange(state) || toPlanId === null) return { ok: false, message: null }
    requesting.value = new Set(requesting.value).add(state.row.clientId)
    try {
      const created = await repositories().changeRequests.create({
        clientId: state.row.clientId,
        toPlanId,
        initiatedBy: 'operator',
        reason: recommendationReason(state, names.value),
        requestDate: today,
      })
      replaceState(state.row.clientId, (s) => ({ ...s, runningChange: { id: created.id, toPlanId: created.toPlanId, status: created.status } }))
      return { ok: true, value: created }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      const next = new Set(requesting.value)
      next.delete(state.row.clientId)
      requesting.value = next
    }
  }

  /**
   * Writes the check lists to Excel in a folder the clerk chooses: the chosen partner's list, or the overall
   * list with every partner's own. The value is the written file names and their folder, or null when the dialog was cancelled.
   */
  async function exportLists(
    today: CalendarDate = todayInAmsterdam(),
  ): Promise<Outcome<{ files: string[]; folder: { folderId: string; path: string } } | null>> {
    const shown = result.value
    if (shown === null) return { ok: false, message: null }
    exporting.value = true
    try {
      const api = platformApi()
      const folder = unwrap(
        await api.report.chooseFolder({ title: translate('quarterlyCheck.folderDialogTitle'), ...(lastFolder ? { defaultPath: lastFolder } : {}) }),
      )
      if (folder === null) return { ok: true, value: null }
      lastFolder = folder.path
      const files = unwrap(
        await api.report.writeQuarterlyCheck({
          folderId: folder.folderId,
          context: { operatorName: settings.settings?.operator.name ?? '', generatedOn: today },
          partnerId: filter.partnerId,
          partners: partners.options.map((p) => ({ id: p.id, name: p.name })),
          plans: plans.plans.map((p) => ({ id: p.id, name: p.name })),
          quarter: shown.quarter,
          tolerancePercent: shown.tolerancePercent,
          provisional: shown.provisional,
          rows: shown.rows.map((s) => s.row),
        }),
      )
      return { ok: true, value: { files: files.map((f) => f.fileName), folder } }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      exporting.value = false
    }
  }

  return {
    quarter,
    result,
    exporting,
    exportLists,
    loading,
    loadError,
    filter,
    requesting,
    names,
    rows,
    counts,
    partnerOptions,
    quarterOptions,
    load,
    requestChange,
  }
})
