// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import type { FormDraft } from '@renderer/data/repositories/drafts'
import { useUnsavedGuard } from '@renderer/composables/useUnsavedGuard'
import { useUnsavedWorkStore, type DraftStorage } from '@renderer/stores/unsavedWork'

interface Person {
  name: string
  bsn: string
}

/** Drafts in a map, as the database would keep them. */
function memoryStorage(): DraftStorage & { rows: Map<string, FormDraft> } {
  const rows = new Map<string, FormDraft>()
  return {
    rows,
    get: (key) => Promise.resolve(rows.get(key)),
    keep(draft) {
      const kept = { ...draft, savedAt: '2026-11-23T09:30:00.000Z' }
      rows.set(draft.key, kept)
      return Promise.resolve(kept)
    },
    remove(key) {
      rows.delete(key)
      return Promise.resolve()
    },
  }
}

/** A form opened on `loaded`, with its own scope so a test can close it. */
function openForm(storage: DraftStorage, loaded: Person = { name: 'Jan', bsn: '' }, saves: () => boolean = () => true) {
  const scope = effectScope()
  const model = ref<Person | null>(null)
  const save = vi.fn(() => Promise.resolve(saves()))
  const guard = scope.run(() => useUnsavedGuard({ model, draftKey: 'client:c1', recordId: 'c1', save, storage, draftDelayMs: 5, guardRoute: false }))
  if (!guard) throw new Error('no guard')
  model.value = { ...loaded }
  return { model, guard, save, close: () => scope.stop() }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

beforeEach(() => setActivePinia(createPinia()))

describe('useUnsavedGuard', () => {
  it('is dirty only while the model differs from what was loaded', async () => {
    const { model, guard } = openForm(memoryStorage())
    expect(guard.dirty.value).toBe(false)
    model.value!.name = 'Janneke'
    expect(guard.dirty.value).toBe(true)
    model.value!.name = 'Jan'
    expect(guard.dirty.value).toBe(false)
    // A new load is the new "unchanged".
    model.value!.name = 'Piet'
    model.value = { name: 'Klaas', bsn: '' }
    await nextTick()
    expect(guard.dirty.value).toBe(false)
  })

  it('keeps a draft while dirty, drops it when the form is changed back', async () => {
    const storage = memoryStorage()
    const { model } = openForm(storage)
    model.value!.bsn = '111222333'
    await settle()
    expect(storage.rows.get('client:c1')).toMatchObject({ recordId: 'c1', values: { name: 'Jan', bsn: '111222333' } })
    model.value!.bsn = ''
    await settle()
    expect(storage.rows.has('client:c1')).toBe(false)
  })

  it('offers the draft when the same form opens again; restoring it makes the form dirty, throwing it away removes it', async () => {
    const storage = memoryStorage()
    const first = openForm(storage)
    first.model.value!.name = 'Janneke'
    await settle()
    first.close()

    const second = openForm(storage)
    await settle()
    expect(second.guard.offeredDraft.value).toMatchObject({ savedAt: '2026-11-23T09:30:00.000Z', values: { name: 'Janneke' } })
    second.guard.restoreDraft()
    expect(second.model.value).toEqual({ name: 'Janneke', bsn: '' })
    expect(second.guard.dirty.value).toBe(true)
    expect(second.guard.offeredDraft.value).toBeNull()
    second.close()

    const third = openForm(storage)
    await settle()
    expect(third.guard.offeredDraft.value).not.toBeNull()
    await third.guard.discardDraft()
    expect(third.guard.offeredDraft.value).toBeNull()
    expect(storage.rows.has('client:c1')).toBe(false)
  })

  it('offers no draft that equals what was loaded', async () => {
    const storage = memoryStorage()
    await storage.keep({ key: 'client:c1', recordId: 'c1', values: { name: 'Jan', bsn: '' } })
    const { guard } = openForm(storage)
    await settle()
    expect(guard.offeredDraft.value).toBeNull()
  })

  it('a successful save makes the form clean and removes its draft', async () => {
    const storage = memoryStorage()
    const { model, guard } = openForm(storage)
    model.value!.name = 'Janneke'
    await settle()
    expect(await guard.save()).toBe(true)
    expect(guard.dirty.value).toBe(false)
    expect(storage.rows.has('client:c1')).toBe(false)
  })

  it('leaving asks only when dirty: Blijven stays, Niet opslaan restores and removes the draft, Opslaan saves', async () => {
    const storage = memoryStorage()
    const work = useUnsavedWorkStore()
    const { model, guard, save } = openForm(storage)
    await expect(guard.confirmLeave()).resolves.toBe(true)
    expect(work.question).toBeNull()

    model.value!.name = 'Janneke'
    await settle()
    const stay = guard.confirmLeave()
    expect(work.question).not.toBeNull()
    work.question?.answer('stay')
    await expect(stay).resolves.toBe(false)
    expect(model.value).toEqual({ name: 'Janneke', bsn: '' })

    const discard = guard.confirmLeave()
    work.question?.answer('discard')
    await expect(discard).resolves.toBe(true)
    expect(model.value).toEqual({ name: 'Jan', bsn: '' })
    expect(storage.rows.has('client:c1')).toBe(false)

    model.value!.name = 'Piet'
    const saved = guard.confirmLeave()
    work.question?.answer('save')
    await expect(saved).resolves.toBe(true)
    expect(save).toHaveBeenCalledOnce()
    expect(guard.dirty.value).toBe(false)
  })

  it('Opslaan with a refused save stays on the form, still dirty', async () => {
    const { model, guard } = openForm(memoryStorage(), undefined, () => false)
    const work = useUnsavedWorkStore()
    model.value!.bsn = '123'
    const leaving = guard.confirmLeave()
    work.question?.answer('save')
    await expect(leaving).resolves.toBe(false)
    expect(guard.dirty.value).toBe(true)
  })

  it('counts in the window-wide state only while open, and only while active', async () => {
    const work = useUnsavedWorkStore()
    const active = ref(false)
    const model = ref<Person | null>({ name: 'Jan', bsn: '' })
    const scope = effectScope()
    scope.run(() => useUnsavedGuard({ model, draftKey: null, save: () => Promise.resolve(true), active, guardRoute: false, storage: memoryStorage() }))
    model.value!.name = 'Piet'
    expect(work.anyDirty).toBe(false)
    active.value = true
    await nextTick()
    // Opening (becoming active) takes the current values as loaded.
    expect(work.anyDirty).toBe(false)
    model.value!.name = 'Klaas'
    expect(work.anyDirty).toBe(true)
    scope.stop()
    expect(work.anyDirty).toBe(false)
  })
})
