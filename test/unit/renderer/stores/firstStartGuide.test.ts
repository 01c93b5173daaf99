// Must come first: Dexie looks for IndexedDB when the data layer is first imported.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { repositories } from '@renderer/data'
import { useFirstStartGuideStore } from '@renderer/stores/firstStartGuide'
import { usePartnersStore } from '@renderer/stores/partners'
import { defaultSettings } from '@shared/model'
import { freshStores, partnerDraft, seedPlan } from './storeTestSetup'

/** A window's localStorage, kept across stores as the browser keeps it across starts. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

let storage: Storage
beforeEach(async () => {
  storage = memoryStorage()
  vi.stubGlobal('localStorage', storage)
  await freshStores()
})
afterEach(() => vi.unstubAllGlobals())

/** A new start of the app: a fresh Pinia over the same database and storage. */
function restart() {
  setActivePinia(createPinia())
  return useFirstStartGuideStore()
}

describe('useFirstStartGuideStore', () => {
  it('opens by itself after an empty start, and no longer once "Later verder" was chosen, across starts', async () => {
    await seedPlan()
    const guide = useFirstStartGuideStore()
    await guide.load()
    expect(guide.progress?.doneCount).toBe(0)
    expect(guide.opensByItself).toBe(true)
    guide.later()
    const next = restart()
    await next.load()
    expect(next.unfinished).toBe(true)
    expect(next.opensByItself).toBe(false)
  })

  it('reads the progress from the data: a partner saved elsewhere ticks its step off', async () => {
    const guide = useFirstStartGuideStore()
    await guide.load()
    expect(guide.progress?.steps.find((s) => s.key === 'partners')?.done).toBe(false)
    expect((await usePartnersStore().save(null, partnerDraft())).ok).toBe(true)
    await guide.load()
    expect(guide.progress?.steps.find((s) => s.key === 'partners')?.done).toBe(true)
  })

  it('does not open by itself over demo data (the rule over the state it read)', async () => {
    await repositories().settings.save({ ...defaultSettings })
    const guide = useFirstStartGuideStore()
    await guide.load()
    expect(guide.opensByItself).toBe(true)
    guide.state = { ...guide.state!, demoData: true }
    expect(guide.opensByItself).toBe(false)
  })

  it('treats an unreadable preference as never set', async () => {
    storage.setItem('clientadministratie.firstStartGuide', '{"later": "ja"')
    const guide = restart()
    await guide.load()
    expect(guide.opensByItself).toBe(true)
  })
})
