// Must come first: Dexie looks for IndexedDB when the data layer is first imported.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '@shared/model'
import { repositories } from '@renderer/data'
import { emptyPlanDraft, planToDraft } from '@renderer/forms/planForm'
import { settingsToDraft } from '@renderer/forms/settingsForm'
import { i18n } from '@renderer/i18n'
import { usePlansStore } from '@renderer/stores/plans'
import { useSettingsStore } from '@renderer/stores/settings'
import { useDatabaseStore } from '@renderer/stores/database'
import { buildApi } from '@shared/ipc/api'
import { auditCount, freshStores, seedPlan } from './storeTestSetup'

beforeEach(freshStores)
afterEach(() => vi.unstubAllGlobals())

describe('usePlansStore', () => {
  it('shows the example banner until every example plan has been saved by the clerk', async () => {
    const store = usePlansStore()
    const example = await seedPlan()
    await store.load()
    expect(store.hasExamples).toBe(true)
    const outcome = await store.save(example.id, { ...planToDraft(example), monthlyFee: '52,50' })
    expect(outcome.ok && outcome.value.monthlyFeeCents).toBe(5250)
    await vi.waitFor(() => expect(store.hasExamples).toBe(false))
  })

  it('follows a plan written elsewhere (another screen, an import, a restore) without being loaded again', async () => {
    const store = usePlansStore()
    await store.load()
    expect(store.plans).toEqual([])
    const written = await seedPlan('PLUS', 'Plus')
    await vi.waitFor(() => expect(store.plans.map((p) => p.id)).toEqual([written.id]))
    await repositories().plans.remove(written.id)
    await vi.waitFor(() => expect(store.plans).toEqual([]))
  })

  it('refuses an unreadable fee without writing', async () => {
    const store = usePlansStore()
    const outcome = await store.save(null, { ...emptyPlanDraft(10), code: 'XL', name: 'Extra groot', monthlyFee: 'veel', includedMinutes: 600 })
    expect(outcome).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({ monthlyFeeCents: 'Ongeldig bedrag (bijvoorbeeld 1.234,56)' })
    expect(await repositories().plans.list()).toEqual([])
  })
})

describe('useSettingsStore', () => {
  it('loads the defaults, saves a change and switches the UI language with it', async () => {
    const store = useSettingsStore()
    await store.load()
    expect(store.settings).toEqual(defaultSettings)
    const outcome = await store.save({ ...settingsToDraft(defaultSettings), clerkName: 'Petra', locale: 'en' })
    expect(outcome.ok).toBe(true)
    expect(i18n.global.locale.value).toBe('en')
    expect((await repositories().settings.get()).clerkName).toBe('Petra')
    expect(await auditCount()).toBe(1)
  })

  it('tells main the UI language at start and when the clerk changes it, so its menu follows', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: null }))
    vi.stubGlobal('window', { api: buildApi(invoke) })
    const store = useSettingsStore()
    await store.load()
    await store.save({ ...settingsToDraft(defaultSettings), locale: 'en' })
    expect(invoke.mock.calls).toEqual([
      ['app:set-language', { language: 'nl' }],
      ['app:set-language', { language: 'en' }],
    ])
  })

  it('keeps the stored settings when a field is wrong', async () => {
    const store = useSettingsStore()
    await store.load()
    const outcome = await store.save({ ...settingsToDraft(defaultSettings), clerkName: '  ', billingPeriodStartDay: 31 })
    expect(outcome).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({ clerkName: 'Naam medewerker is verplicht', billingPeriodStartDay: 'Startdag: 1 t/m 28' })
    expect(await auditCount()).toBe(0)
  })

  it('reports the storage status (unknown where the platform cannot tell)', async () => {
    const store = useSettingsStore()
    await store.loadStorage()
    expect(store.storage).not.toBeNull()
    expect(Object.keys(store.storage ?? {})).toEqual(['persisted', 'usage', 'quota'])
  })
})

describe('useDatabaseStore', () => {
  it('opens the database and offers the first start while it is empty', async () => {
    const store = useDatabaseStore()
    await store.open()
    expect(store.state).toBe('ready')
    expect(store.showFirstStart).toBe(true)
  })

  it('starts empty with the example plan catalogue, marked as examples', async () => {
    const store = useDatabaseStore()
    await store.open()
    expect(await store.startEmpty()).toEqual({ ok: true, value: undefined })
    expect(store.showFirstStart).toBe(false)
    expect(store.generation).toBe(1)
    const plans = await repositories().plans.list()
    expect(plans.map((p) => p.code)).toEqual(['WAAKVLAM', 'BASIS', 'PLUS', 'INTENSIEF', 'COMPLEET'])
    expect(plans.every((p) => p.isExample)).toBe(true)
    expect(await repositories().partners.list()).toEqual([])
  })
})
