import { defineStore } from 'pinia'
import { computed, ref, shallowReactive, watch, type Ref } from 'vue'
import { repositories } from '../data'
import type { FormDraft } from '../data/repositories/drafts'
import { hasPlatformApi, platformApi } from '../platform/api'

/** The clerk's answer to "Wijzigingen opslaan?". */
export type LeaveChoice = 'save' | 'discard' | 'stay'

/** One open form with a dirty check, as `useUnsavedGuard` registers it. */
export interface GuardedForm {
  readonly dirty: Readonly<Ref<boolean>>
  /** The form's own save with its validation; false when it refused (the form then shows why). */
  save(): Promise<boolean>
  /** Drops the changes and the draft. */
  discard(): Promise<void>
}

/** Where drafts are kept; the composable's tests pass their own. */
export interface DraftStorage {
  get(key: string): Promise<FormDraft | undefined>
  keep(draft: Omit<FormDraft, 'savedAt'>): Promise<FormDraft>
  remove(key: string): Promise<void>
}

/**
 * Unsaved work across the window: the open forms, the one question asked when leaving a changed form (the
 * dialog in App.vue shows it), and whether anything is unsaved, which main hears so closing the window asks
 * too (`app:set-unsaved-work`, `app:close-requested`).
 */
export const useUnsavedWorkStore = defineStore('unsavedWork', () => {
  const forms = shallowReactive(new Set<GuardedForm>())
  const question = ref<{ answer: (choice: LeaveChoice) => void } | null>(null)
  const anyDirty = computed(() => [...forms].some((form) => form.dirty.value))

  watch(
    anyDirty,
    (unsaved) => {
      if (hasPlatformApi())
        void platformApi()
          .app.setUnsavedWork({ unsaved })
          .catch(() => undefined)
    },
    { immediate: true },
  )

  function register(form: GuardedForm): () => void {
    forms.add(form)
    return () => forms.delete(form)
  }

  /** Shows the question; a second ask while one is open gets the same answer. */
  let pending: Promise<LeaveChoice> | null = null
  function ask(): Promise<LeaveChoice> {
    pending ??= new Promise<LeaveChoice>((resolve) => {
      question.value = {
        answer: (choice) => {
          question.value = null
          pending = null
          resolve(choice)
        },
      }
    })
    return pending
  }

  /** Whether leaving `form` may go on: asks when it is dirty, then saves or discards as answered. */
  async function confirmLeave(form: GuardedForm): Promise<boolean> {
    if (!form.dirty.value) return true
    const choice = await ask()
    if (choice === 'stay') return false
    if (choice === 'discard') {
      await form.discard()
      return true
    }
    return form.save()
  }

  /** Closing the window: every changed form in turn, stopping at the first "Blijven" or refused save. */
  async function confirmLeaveAll(): Promise<boolean> {
    for (const form of [...forms]) if (!(await confirmLeave(form))) return false
    return true
  }

  /** Main holds the window's close until this answer (`app:answer-close`). */
  async function answerClose(): Promise<void> {
    const close = await confirmLeaveAll().catch(() => false)
    await platformApi()
      .app.answerClose({ close })
      .catch(() => undefined)
  }

  const drafts: DraftStorage = {
    get: (key) => repositories().drafts.get(key),
    keep: (draft) => repositories().drafts.keep(draft),
    remove: (key) => repositories().drafts.remove(key),
  }

  return { question, anyDirty, register, ask, confirmLeave, confirmLeaveAll, answerClose, drafts }
})
