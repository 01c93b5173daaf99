import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Plan } from '@shared/model'
import { repositories } from '../data'
import { checkPlanDraft, type PlanDraft } from '../forms/planForm'
import type { FieldErrors } from '../forms/fieldErrors'
import { attempt, errorMessage, failure, type Done, type Outcome } from './outcome'

/** The plan catalogue (a handful of plans, small → large). */
export const usePlansStore = defineStore('plans', () => {
  const plans = ref<Plan[]>([])
  const loading = ref(false)
  const saving = ref(false)
  const loadError = ref<string | null>(null)
  const fieldErrors = ref<FieldErrors>({})

  /** The banner stays until every example value has been replaced (spec: plans are example values). */
  const hasExamples = computed(() => plans.value.some((p) => p.isExample))
  const byId = computed(() => new Map(plans.value.map((p) => [p.id, p])))

  async function load(): Promise<void> {
    loading.value = true
    try {
      plans.value = await repositories().plans.list()
      loadError.value = null
    } catch (error) {
      loadError.value = errorMessage(error)
    } finally {
      loading.value = false
    }
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
      await load()
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  async function remove(id: string): Promise<Done> {
    const done = await attempt(() => repositories().plans.remove(id))
    if (done.ok) await load()
    return done
  }

  return { plans, byId, hasExamples, loading, saving, loadError, fieldErrors, load, clearErrors, save, remove }
})
