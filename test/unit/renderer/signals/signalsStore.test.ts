import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseCalendarDate as d, usageId } from '@shared/model'
import { repositories } from '@renderer/data'
import { useSignalsStore } from '@renderer/stores/signals'
import { useDashboardStore } from '@renderer/stores/dashboard'
import { freshStores, seedPlan } from '../stores/storeTestSetup'
import { clientInput, partnerInput } from '../data/testDb'

beforeEach(freshStores)
afterEach(() => vi.unstubAllGlobals())

async function seed() {
  const repos = repositories()
  const partner = await repos.partners.create(partnerInput())
  const plan = await seedPlan()
  const waiting = await repos.clients.create(clientInput(partner, plan, { clientNumber: '1001', registrationReceivedDate: d('2026-11-02') }))
  const active = await repos.clients.create(clientInput(partner, plan, { clientNumber: '1002', firstName: 'Els', registrationReceivedDate: d('2026-09-01') }))
  await repos.clients.activate(active.id, d('2026-09-07'))
  return { partner, plan, waiting, active }
}

describe('useSignalsStore', () => {
  it('computes every list and shows only those with work, with working days left from today', async () => {
    const { waiting, active } = await seed()
    const store = useSignalsStore()
    await store.load(d('2026-11-10'))
    expect(store.loadError).toBeNull()
    expect(store.lists).toHaveLength(9)
    expect(store.visibleLists.map((l) => l.key)).toEqual(['aanmeldingen-verwerken', 'intakeformulier-ontbreekt'])
    const registration = store.list('aanmeldingen-verwerken')!.rows[0]!
    expect(registration).toMatchObject({ clientId: waiting.id, deadline: '2026-11-16', workingDaysLeft: 4, overdue: false })
    expect(store.list('intakeformulier-ontbreekt')!.rows[0]).toMatchObject({ clientId: active.id, overdue: true })
    expect(store.openWork).toBe(2)
    expect(store.overdueWork).toBe(1)
    expect(store.names.partnerName(registration.partnerId)).toBe('Zorggroep Noord')
  })

  it('reads again on every load, so work done elsewhere leaves the list', async () => {
    const { waiting } = await seed()
    const store = useSignalsStore()
    await store.load(d('2026-11-10'))
    await repositories().clients.activate(waiting.id, d('2026-11-10'))
    await store.load(d('2026-11-10'))
    expect(store.visibleLists.map((l) => l.key)).toEqual(['intakeformulier-ontbreekt'])
  })

  it('shows the same result again without computing while nothing was written, and computes after a write or on another day', async () => {
    const { waiting } = await seed()
    const store = useSignalsStore()
    await store.load(d('2026-11-10'))
    const first = store.overview
    await store.load(d('2026-11-10'))
    expect(store.overview).toBe(first)
    await repositories().clients.activate(waiting.id, d('2026-11-10'))
    await store.load(d('2026-11-10'))
    expect(store.overview).not.toBe(first)
    const second = store.overview
    await store.load(d('2026-11-11'))
    expect(store.overview).not.toBe(second)
    expect(store.overview!.today).toBe('2026-11-11')
  })

  it('says why a list cannot be exported outside the app', async () => {
    await seed()
    const store = useSignalsStore()
    await store.load(d('2026-11-10'))
    // A window without the preload's API, as in a plain browser.
    vi.stubGlobal('window', {})
    const outcome = await store.exportList('aanmeldingen-verwerken')
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('De koppeling met de toepassing ontbreekt') as unknown })
  })
})

describe('useDashboardStore', () => {
  it('shows clients billed today per plan and partner, the flow per period and usage against the bundles', async () => {
    const { partner, plan, active } = await seed()
    await repositories().usage.importRows(
      [
        {
          id: usageId(active.id, '2026-10'),
          clientId: active.id,
          partnerId: partner.id,
          period: '2026-10',
          callMinutes: 40,
          registrationMinutes: 5,
          contacts: 3,
        },
      ],
      'test',
    )
    const store = useDashboardStore()
    await store.load(d('2026-11-10'))
    expect(store.activeTotal).toBe(1)
    expect(store.activeByPlan).toEqual([{ id: plan.id, name: 'Basis', count: 1 }])
    expect(store.topPartners).toEqual({ shown: [{ id: partner.id, name: 'Zorggroep Noord', count: 1 }], otherPartners: 0, otherClients: 0 })
    expect(store.flow.at(-1)).toEqual({ period: '2026-11', registrations: 1, deregistrations: 0 })
    expect(store.flow).toHaveLength(12)
    expect(store.workPerList.find((w) => w.key === 'aanmeldingen-verwerken')).toMatchObject({ count: 1, overdue: 0 })
    // The chart: the last 12 complete periods; October 2026 (26-09 … 25-10) billed 30 of 30 days at 60 minutes.
    expect(store.usage).toHaveLength(12)
    expect(store.usage!.at(-1)).toEqual({ period: '2026-10', bundleMinutes: 60, usageMinutes: 45, billedClients: 1, clientsWithUsage: 1 })
    expect(store.usage!.at(-2)).toMatchObject({ period: '2026-09', billedClients: 1, usageMinutes: 0 })
  })

  it('reads the usage chart again only after a write', async () => {
    const { partner, active } = await seed()
    const store = useDashboardStore()
    await store.load(d('2026-11-10'))
    const chart = store.usage
    await store.load(d('2026-11-10'))
    expect(store.usage).toBe(chart)
    await repositories().usage.importRows(
      [
        {
          id: usageId(active.id, '2026-10'),
          clientId: active.id,
          partnerId: partner.id,
          period: '2026-10',
          callMinutes: 40,
          registrationMinutes: 5,
          contacts: 3,
        },
      ],
      'test',
    )
    await store.load(d('2026-11-10'))
    expect(store.usage).not.toBe(chart)
    expect(store.usage!.at(-1)).toMatchObject({ period: '2026-10', usageMinutes: 45 })
  })
})
