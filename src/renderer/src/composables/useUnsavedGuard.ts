import { computed, getCurrentInstance, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router'
import type { FormDraft } from '../data/repositories/drafts'
import { useUnsavedWorkStore, type DraftStorage, type GuardedForm } from '../stores/unsavedWork'

export interface UnsavedGuardOptions<T> {
  /** The form's values. Assigning a new object (a load) makes it the value compared against. */
  readonly model: Ref<T | null | undefined>
  /** The draft's name: form and record, `client:<id>` or `client:new`; null keeps no draft. */
  readonly draftKey: MaybeRefOrGetter<string | null>
  /** The record the draft belongs to (anonymising a client removes its drafts); empty for a new one. */
  readonly recordId?: MaybeRefOrGetter<string | null | undefined>
  /** The form's normal save, with its validation; true when saved. */
  readonly save: () => Promise<boolean>
  /** Only while true does the form count (a dialog: while it is open). Default: always. */
  readonly active?: MaybeRefOrGetter<boolean>
  /** Pause in typing before the draft is kept. */
  readonly draftDelayMs?: number
  /** Ask before the router leaves the screen (default true; off in tests without a router). */
  readonly guardRoute?: boolean
  readonly storage?: DraftStorage
}

export interface UnsavedGuard {
  readonly dirty: Readonly<Ref<boolean>>
  /** A draft kept earlier for this form that differs from what was loaded: offered to restore or throw away. */
  readonly offeredDraft: Readonly<Ref<FormDraft | null>>
  /** Runs the form's save; on success the form counts as unchanged and its draft goes. */
  save(): Promise<boolean>
  /** The form saved by its own path: it counts as unchanged and its draft goes. */
  saved(): Promise<void>
  /** Asks when dirty; true when the form may be left (saved, discarded or unchanged). */
  confirmLeave(): Promise<boolean>
  restoreDraft(): void
  discardDraft(): Promise<void>
}

const snapshot = (value: unknown): string => JSON.stringify(value ?? null)

/**
 * One form's protection against lost work: dirty = the model differs from the value it was loaded with;
 * while dirty its values are kept as a draft (debounced), offered again when the same form opens; leaving by
 * the router, closing its dialog or closing the window asks "Wijzigingen opslaan?" (stores/unsavedWork.ts).
 */
export function useUnsavedGuard<T>(options: UnsavedGuardOptions<T>): UnsavedGuard {
  const work = useUnsavedWorkStore()
  const storage = options.storage ?? work.drafts
  const baseline = ref<string | null>(null)
  const offeredDraft = shallowRef<FormDraft | null>(null)
  const active = () => toValue(options.active ?? true)
  let restoring = false
  // Only a draft this form wrote (or restored) is removed when the form becomes clean again.
  let draftIsOurs = false

  const dirty = computed(() => active() && options.model.value != null && baseline.value !== null && snapshot(options.model.value) !== baseline.value)

  async function offerDraft(key: string | null, loaded: string): Promise<void> {
    offeredDraft.value = null
    if (key === null) return
    const draft = await storage.get(key).catch(() => undefined)
    if (draft && snapshot(draft.values) !== loaded && toValue(options.draftKey) === key) offeredDraft.value = draft
  }

  // A new object in the model is a load (or a reopened dialog): it is what "unchanged" means from now on.
  watch(
    [() => options.model.value, active],
    ([value, isActive], previous) => {
      if (restoring) return
      const [oldValue, wasActive] = previous ?? [undefined, false]
      if (value === oldValue && isActive === wasActive) return
      baseline.value = value == null ? null : snapshot(value)
      draftIsOurs = false
      if (isActive && baseline.value !== null) void offerDraft(toValue(options.draftKey), baseline.value)
      else offeredDraft.value = null
    },
    { immediate: true, flush: 'sync' },
  )

  let timer: ReturnType<typeof setTimeout> | undefined
  async function keepDraft(): Promise<void> {
    const key = toValue(options.draftKey)
    if (key === null) return
    if (dirty.value) {
      await storage
        .keep({ key, recordId: toValue(options.recordId) ?? '', values: JSON.parse(snapshot(options.model.value)) as FormDraft['values'] })
        .catch(() => undefined)
      draftIsOurs = true
    } else if (draftIsOurs) {
      await removeDraft()
    }
  }
  async function removeDraft(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    draftIsOurs = false
    const key = toValue(options.draftKey)
    if (key !== null) await storage.remove(key).catch(() => undefined)
  }
  watch(
    () => (active() ? snapshot(options.model.value) : null),
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        timer = undefined
        void keepDraft()
      }, options.draftDelayMs ?? 500)
    },
  )

  function markClean(): void {
    baseline.value = options.model.value == null ? null : snapshot(options.model.value)
  }

  async function saved(): Promise<void> {
    markClean()
    offeredDraft.value = null
    await removeDraft()
  }

  const form: GuardedForm = {
    dirty,
    async save() {
      const ok = await options.save()
      if (ok) await saved()
      return ok
    },
    async discard() {
      offeredDraft.value = null
      await removeDraft()
      // Back to what was loaded, so a dialog that stays mounted shows no leftovers when it opens again.
      if (baseline.value !== null) setModel(JSON.parse(baseline.value) as T)
    },
  }

  function setModel(value: T): void {
    restoring = true
    try {
      options.model.value = value
    } finally {
      restoring = false
    }
  }

  const unregister = work.register(form)
  onScopeDispose(() => {
    unregister()
    // Leaving without the question (the data was replaced, the window reloads): the draft is written now.
    if (timer !== undefined) void keepDraft()
    clearTimeout(timer)
  })

  const confirmLeave = () => work.confirmLeave(form)
  if ((options.guardRoute ?? true) && getCurrentInstance()) {
    onBeforeRouteLeave(confirmLeave)
    // The same screen for another record (switching client by the search).
    onBeforeRouteUpdate((to, from) => (to.path === from.path ? true : confirmLeave()))
  }

  return {
    dirty,
    offeredDraft,
    save: () => form.save(),
    saved,
    confirmLeave,
    restoreDraft() {
      const draft = offeredDraft.value
      if (!draft || options.model.value == null) return
      offeredDraft.value = null
      draftIsOurs = true
      const values = draft.values
      const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value)
      // Over the loaded value, so a field the draft lacks (added since) keeps its loaded value.
      if (isRecord(values) && isRecord(options.model.value)) setModel({ ...options.model.value, ...values })
      else setModel(values as T)
    },
    async discardDraft() {
      offeredDraft.value = null
      await removeDraft()
    },
  }
}

/** A dialog's close (Esc, ×, Annuleren) through its form's guard: closes only when the form may be left. */
export async function closeGuarded(guard: UnsavedGuard | undefined, close: () => void): Promise<void> {
  if (!guard || (await guard.confirmLeave())) close()
}
