import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { pinSchema, type Clerk } from '@shared/model'
import { hashPin, verifyPin } from '@shared/model/pinHash'
import { repositories } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { failure, type Outcome } from './outcome'
import { useLiveRead } from './liveRead'

/** A reload of the window keeps who is working; a new start of the app asks again. */
const SESSION_KEY = 'clientadministratie.clerk'

export interface ClerkDraft {
  name: string
  initials: string
  active: boolean
  /** A new PIN; empty keeps the current one (or none). */
  pin: string
  removePin: boolean
}

/** Who works in the app: the list in Settings (following every write) and the clerk of this window. */
export const useClerksStore = defineStore('clerks', () => {
  const live = useLiveRead<Clerk[]>(() => repositories().clerks.list(), [])
  const clerks = live.value
  const current = ref<Clerk | null>(null)
  const pickOpen = ref(false)
  const saving = ref(false)
  const loadError = live.error
  const fieldErrors = ref<FieldErrors>({})

  const active = computed(() => clerks.value.filter((c) => c.active))

  /** Follows the list, and reads it now. */
  function load(): Promise<void> {
    return live.refresh()
  }

  function remember(clerk: Clerk) {
    current.value = clerk
    sessionStorage.setItem(SESSION_KEY, clerk.id)
  }

  /**
   * At start: the clerk of this window before a reload; else the only active clerk when it has no PIN;
   * else the pick dialog. Without any clerk the audit trail keeps the name setting.
   */
  async function ensureSignedIn(): Promise<void> {
    await load()
    const storedId = sessionStorage.getItem(SESSION_KEY)
    const resumed = storedId === null ? undefined : await repositories().clerks.resume(storedId)
    if (resumed) {
      current.value = resumed
      return
    }
    current.value = null
    const [only, ...others] = active.value
    if (only && others.length === 0 && only.pin === undefined) {
      remember(await repositories().clerks.signIn(only.id))
      return
    }
    pickOpen.value = active.value.length > 0
  }

  /** Signs `id` in after checking its PIN (outside any transaction: the digest takes Web Crypto). */
  async function pick(id: string, pin: string): Promise<Outcome<Clerk>> {
    const clerk = active.value.find((c) => c.id === id)
    if (!clerk) return { ok: false, message: translate('data.clerkNotFound') }
    if (clerk.pin && !(await verifyPin(pin, clerk.pin))) {
      fieldErrors.value = { pin: translate('validation.pinWrong') }
      return { ok: false, message: null }
    }
    try {
      remember(await repositories().clerks.signIn(id))
      fieldErrors.value = {}
      pickOpen.value = false
      return { ok: true, value: clerk }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    }
  }

  async function save(id: string | null, draft: ClerkDraft): Promise<Outcome<Clerk>> {
    const newPin = draft.pin.trim()
    if (newPin !== '' && !pinSchema.safeParse(newPin).success) {
      fieldErrors.value = { pin: translate('validation.pin') }
      return { ok: false, message: null }
    }
    saving.value = true
    try {
      const before = id ? clerks.value.find((c) => c.id === id) : undefined
      const pin = newPin !== '' ? await hashPin(newPin) : draft.removePin ? undefined : before?.pin
      const input = { name: draft.name, initials: draft.initials.trim().toUpperCase(), active: draft.active, ...(pin ? { pin } : {}) }
      const repo = repositories().clerks
      const saved = id ? await repo.update({ ...input, id }) : await repo.create(input)
      fieldErrors.value = {}
      if (current.value?.id === saved.id) current.value = saved
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  function openPick() {
    fieldErrors.value = {}
    pickOpen.value = true
  }

  function closePick() {
    if (current.value) pickOpen.value = false
  }

  return { clerks, current, active, pickOpen, saving, loadError, fieldErrors, load, ensureSignedIn, pick, save, openPick, closePick }
})
