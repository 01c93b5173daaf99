import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Plan } from '@shared/model'
import { repositories } from '../data'
import { checkPlanDraft, type PlanDraft } from '../forms/planForm'
import type { FieldErrors } from '../forms/fieldErrors'
import { attempt, failure, type Done, type Outcome } from './outcome'
import { useLiveRead } from './liveRead'

/** The plan catalogue (a handful of plans, small → large); it follows every write, wherever it is made. */
export const usePlansStore = defineStore('plans', () => {
  const live = useLiveRead<Plan[]>(() => repositories().plans.list(), [])
  const plans = live.value
  const loading = ref(false)
  const saving = ref(false)
  const loadError = live.error
  const fieldErrors = ref<FieldErrors>({})

  /** The banner stays until every example value has been replaced (spec: plans are example values). */
  const hasExamples = computed(() => plans.value.some((p) => p.isExample))
  const byId = computed(() => new Map(plans.value.map((p) => [p.id, p])))

  /** Follows the catalogue, and reads it now. */
  async function load(): Promise<void> {
    loading.value = true
    await live.refresh()
    loading.value = false
  }

  function clearErrors() {
    fieldErrors.value = {}
  }

  async function save(id: string | null, draft: PlanDraft): Promise<Outcome<Plan>> {
    const checked = checkPlanDraft(draft, id !== null)
    if (!checked.ok) {
      fieldErrors.value = checked.errors
      return { ok: false, message: null }
    }
    saving.value = true
    try {
      const repo = repositories().plans
      const saved = id ? await repo.update({ ...checked.value, id }) : await repo.create(checked.value)
      fieldErrors.value = {}
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  async function remove(id: string): Promise<Done> {
    return attempt(() => repositories().plans.remove(id))
  }

  return { plans, byId, hasExamples, loading, saving, loadError, fieldErrors, load, clearErrors, save, remove }
})
