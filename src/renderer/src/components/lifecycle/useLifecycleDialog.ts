import { computed, ref, watch, type Ref } from 'vue'
import { formatDate } from '@shared/format'
import { todayInAmsterdam } from '../../composables/today'
import { useFocusFirstError } from '../../composables/useFocusFirstError'
import { useNotify } from '../../composables/useNotify'
import { useLifecycleStore } from '../../stores/lifecycle'
import type { Outcome } from '../../stores/outcome'
import { useUnsavedGuard } from '../../composables/useUnsavedGuard'

/**
 * What every lifecycle dialog does: a fresh draft (dates prefilled with today) each time it opens, the field
 * errors of the lifecycle store, and on save either a toast and close, or the errors with the focus on the first.
 * While open, its guard asks before a changed form is closed or left, and keeps its draft per client
 * (`lifecycle-<form>:<client id>`); `submit` is the dialog's own save, which "Opslaan" in that question runs.
 */
export function useLifecycleDialog<D>(visible: Ref<boolean>, emptyDraft: (todayText: string) => D, form: { name: string; submit: () => Promise<boolean> }) {
  const store = useLifecycleStore()
  const notify = useNotify()
  const focusFirstError = useFocusFirstError()
  const draft = ref(emptyDraft(formatDate(todayInAmsterdam()))) as Ref<D>
  const message = ref<string | null>(null)
  const errors = computed(() => store.fieldErrors)
  const hasErrors = computed(() => Object.keys(store.fieldErrors).length > 0)

  const guard = useUnsavedGuard({
    model: draft,
    draftKey: () => (store.client ? `lifecycle-${form.name}:${store.client.id}` : null),
    recordId: () => store.client?.id,
    save: form.submit,
    active: visible,
  })

  watch(visible, (open) => {
    if (!open) return
    draft.value = emptyDraft(formatDate(todayInAmsterdam()))
    message.value = null
    store.clearErrors()
  })

  /** Runs the store action with today's date; `success` gives the toast text. */
  async function save<T>(action: (today: ReturnType<typeof todayInAmsterdam>) => Promise<Outcome<T>>, success: (value: T) => string): Promise<boolean> {
    message.value = null
    const outcome = await action(todayInAmsterdam())
    if (outcome.ok) {
      notify.success(success(outcome.value))
      await guard.saved()
      visible.value = false
      return true
    }
    message.value = outcome.message
    if (outcome.message === null) await focusFirstError(document.querySelector('.p-dialog') ?? document)
    return false
  }

  return { store, draft, message, errors, hasErrors, save, guard }
}
