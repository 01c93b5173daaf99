// Must come first: Dexie looks for IndexedDB when the data layer is first imported.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { repositories } from '@renderer/data'
import { useFirstStartGuideStore } from '@renderer/stores/firstStartGuide'
import { usePartnersStore } from '@renderer/stores/partners'
import { defaultSettings } from '@shared/model'
import { clientInput, partnerInput, planInput } from '../data/testDb'
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

  it('the menu and start page ask only whether clients exist; the guide itself counts them', async () => {
    const repos = repositories()
    const partner = await repos.partners.create(partnerInput())
    const plan = await repos.plans.create(planInput())
    const first = await repos.clients.create(clientInput(partner, plan, { clientNumber: '2001', lastName: 'de Boer' }))
    const second = await repos.clients.create(clientInput(partner, plan, { clientNumber: '2002', lastName: 'Bakker' }))
    const guide = useFirstStartGuideStore()
    await guide.load({ countClients: false })
    expect(guide.state?.clients).toBe(2)
    const count = vi.spyOn(repos.clients, 'count')
    const third = await repos.clients.create(clientInput(partner, plan, { clientNumber: '2003', lastName: 'Visser' }))
    await guide.load({ countClients: false })
    expect(count).not.toHaveBeenCalled()
    expect(guide.progress?.steps.find((s) => s.key === 'clients')?.done).toBe(true)
    await guide.load()
    expect(count).toHaveBeenCalledTimes(1)
    expect(guide.state?.clients).toBe(3)
    for (const c of [first, second, third]) await repos.clients.remove(c.id)
    await guide.load({ countClients: false })
    expect(guide.state?.clients).toBe(0)
    expect(guide.progress?.steps.find((s) => s.key === 'clients')?.done).toBe(false)
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
