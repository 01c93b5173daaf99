// Must come first: Dexie looks for IndexedDB when the data layer is first imported.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseCalendarDate } from '@shared/model'
import { repositories } from '@renderer/data'
import { emptyClientDraft, type ClientDraft } from '@renderer/forms/clientForm'
import { useClientsStore } from '@renderer/stores/clients'
import { usePartnersStore } from '@renderer/stores/partners'
import { usePlansStore } from '@renderer/stores/plans'
import { auditCount, freshStores, partnerDraft, seedPlan } from './storeTestSetup'

const today = parseCalendarDate('2026-11-23')

beforeEach(freshStores)

async function setup(ecdMode: 'partner' | 'eigen') {
  const plan = await seedPlan()
  const created = await usePartnersStore().save(null, partnerDraft({ ecdMode }))
  if (!created.ok) throw new Error('partner')
  return { plan, partner: created.value }
}

function draft(partnerId: string, planId: string, over: Partial<ClientDraft> = {}): ClientDraft {
  return { ...emptyClientDraft(today), partnerId, registrationPlanId: planId, firstName: 'Anna', lastName: 'de Vries', ...over }
}

describe('useClientsStore.save', () => {
  it('refuses an invalid BSN at its field: no client, no audit entry', async () => {
    const { plan, partner } = await setup('eigen')
    const before = await auditCount()
    const store = useClientsStore()
    const outcome = await store.save(null, draft(partner.id, plan.id, { bsn: '123456789', birthDate: '01-02-1950' }), today)
    expect(outcome).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({ bsn: 'BSN voldoet niet aan de 11-proef' })
    expect((await repositories().clients.list()).total).toBe(0)
    expect(await auditCount()).toBe(before)
  })

  it('assigns the client number for a partner in ECD mode eigen', async () => {
    const { plan, partner } = await setup('eigen')
    const store = useClientsStore()
    const outcome = await store.save(null, draft(partner.id, plan.id, { bsn: '123456782', birthDate: '01-02-1950' }), today)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.value).toMatchObject({
      clientNumber: '000001',
      bsn: '123456782',
      birthDate: '1950-02-01',
      status: 'aangemeld',
      registrationReceivedDate: '2026-11-23',
    })
  })

  it("uses the partner's number in ECD mode partner and reports a duplicate at the number field", async () => {
    const { plan, partner } = await setup('partner')
    const store = useClientsStore()
    expect((await store.save(null, draft(partner.id, plan.id, { clientNumber: 'ZN-1' }), today)).ok).toBe(true)
    const again = await store.save(null, draft(partner.id, plan.id, { clientNumber: 'ZN-1', firstName: 'Bert' }), today)
    expect(again).toEqual({ ok: false, message: null })
    expect(store.fieldErrors.clientNumber).toMatch(/ZN-1 bestaat al/)
  })

  it('updates the edited fields, keeps the rest, and adds an audit entry', async () => {
    const { plan, partner } = await setup('partner')
    const store = useClientsStore()
    const created = await store.save(null, draft(partner.id, plan.id, { clientNumber: 'ZN-1' }), today)
    if (!created.ok) throw new Error('setup')
    const audits = await auditCount()
    const detail = await store.loadOne(created.value.id)
    expect(detail?.partner?.name).toBe('Zorggroep Noord')
    expect(detail?.planName).toBe('Basis')
    const updated = await store.save(created.value.id, draft(partner.id, plan.id, { clientNumber: 'ZN-1', lastName: 'Jansen' }), today)
    expect(updated.ok && updated.value).toMatchObject({ lastName: 'Jansen', status: 'aangemeld', id: created.value.id })
    expect(await auditCount()).toBe(audits + 1)
  })
})

describe('useClientsStore list', () => {
  it('pages, searches by name or number and filters by partner, naming partner and plan in each row', async () => {
    const { plan, partner } = await setup('partner')
    const other = await usePartnersStore().save(null, partnerDraft({ name: 'Thuiszorg Zuid', shortCode: 'TZ' }))
    if (!other.ok) throw new Error('setup')
    await usePlansStore().load()
    const store = useClientsStore()
    const names = ['Bakker', 'de Vries', 'Jansen', 'van den Berg', 'Visser']
    for (const [i, lastName] of names.entries()) {
      await store.save(null, draft(i < 3 ? partner.id : other.value.id, plan.id, { clientNumber: `N-${100 + i}`, lastName }), today)
    }

    store.query.rows = 2
    await store.refresh()
    // The page is on screen before the count: the total follows.
    expect(store.total).toBeNull()
    expect(store.hasMore).toBe(true)
    expect(store.rows.map((r) => r.client.lastName)).toEqual(['Bakker', 'van den Berg'])
    expect(store.rows[0]).toMatchObject({ partnerName: 'Zorggroep Noord', planName: 'Basis' })
    await vi.waitFor(() => expect(store.total).toBe(5))

    // The next pages start where the previous one ended; the last one says nothing follows.
    store.query.first = 2
    await store.loadPage()
    expect(store.rows.map((r) => r.client.lastName)).toEqual(['Jansen', 'Visser'])
    store.query.first = 4
    await store.loadPage()
    expect(store.rows.map((r) => r.client.lastName)).toEqual(['de Vries'])
    expect(store.hasMore).toBe(false)
    expect(store.total).toBe(5)
    store.query.first = 0

    store.query.search = 'berg'
    store.query.rows = 25
    await store.loadPage()
    expect(store.rows.map((r) => r.client.lastName)).toEqual(['van den Berg'])
    expect(store.total).toBeNull()
    await vi.waitFor(() => expect(store.total).toBe(1))

    // Back to a list counted before, with nothing written since: the count comes with the page.
    store.query.search = ''
    await store.loadPage()
    expect(store.total).toBe(5)
    store.query.search = 'berg'

    store.query.search = 'N-10'
    store.query.partnerId = other.value.id
    await store.loadPage()
    expect(store.rows.map((r) => r.client.clientNumber)).toEqual(['N-103', 'N-104'])
    expect(store.hasFilters).toBe(true)

    store.resetFilters()
    expect(store.hasFilters).toBe(false)
  })

  it('drops a count that belongs to filters the clerk has already changed', async () => {
    const { plan, partner } = await setup('partner')
    const store = useClientsStore()
    for (const [i, lastName] of ['Bakker', 'Berg', 'Visser'].entries())
      await store.save(null, draft(partner.id, plan.id, { clientNumber: `N-${i}`, lastName }), today)
    // The count for "b" is still running when the search changes, and answers last.
    const clients = repositories().clients
    const realCount = clients.count.bind(clients)
    let answerFirst: ((n: number) => void) | undefined
    const spy = vi
      .spyOn(clients, 'count')
      .mockImplementation((query) => (query?.search === 'b' ? new Promise((resolve) => (answerFirst = resolve)) : realCount(query)))
    store.query.search = 'b'
    await store.refresh()
    await vi.waitFor(() => expect(answerFirst).toBeDefined())
    store.query.search = 'vis'
    await store.loadPage()
    await vi.waitFor(() => expect(store.total).toBe(1))
    answerFirst!(2)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(store.total).toBe(1)
    spy.mockRestore()
  })

  it('reads the shown page again on reread: the rows stay until replaced, changes and the new count show', async () => {
    const { plan, partner } = await setup('partner')
    const store = useClientsStore()
    for (const [i, lastName] of ['Bakker', 'Berg'].entries()) await store.save(null, draft(partner.id, plan.id, { clientNumber: `N-${i}`, lastName }), today)
    await store.refresh()
    await vi.waitFor(() => expect(store.total).toBe(2))
    const bakker = store.rows[0]!.client

    // Meanwhile, elsewhere: Bakker is renamed and a client is added.
    const current = await repositories().clients.get(bakker.id)
    await repositories().clients.update({ ...current!, lastName: 'Aalders' })
    await store.save(null, draft(partner.id, plan.id, { clientNumber: 'N-2', lastName: 'Visser' }), today)

    const reading = store.reread()
    expect(store.rows.map((r) => r.client.lastName)).toEqual(['Bakker', 'Berg'])
    await reading
    expect(store.rows.map((r) => r.client.lastName)).toEqual(['Aalders', 'Berg', 'Visser'])
    await vi.waitFor(() => expect(store.total).toBe(3))
  })

  it('records each page load, the query within it, and the count after it in the performance timeline', async () => {
    for (const name of ['clients:list', 'clients:query', 'clients:count']) performance.clearMeasures(name)
    await useClientsStore().refresh()
    const [load] = performance.getEntriesByName('clients:list')
    const [query] = performance.getEntriesByName('clients:query')
    expect(load).toBeDefined()
    // The query is a part of the page load: it starts and ends within it.
    expect(query!.startTime).toBeGreaterThanOrEqual(load!.startTime)
    expect(query!.startTime + query!.duration).toBeLessThanOrEqual(load!.startTime + load!.duration)
    await vi.waitFor(() => expect(performance.getEntriesByName('clients:count')).toHaveLength(1))
  })
})
