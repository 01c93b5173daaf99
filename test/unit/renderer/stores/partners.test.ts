// Must come first: Dexie looks for IndexedDB when the data layer is first imported.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { repositories } from '@renderer/data'
import { usePartnersStore } from '@renderer/stores/partners'
import { parseCalendarDate } from '@shared/model'
import { auditCount, freshStores, partnerDraft, seedPlan } from './storeTestSetup'

beforeEach(freshStores)

describe('usePartnersStore', () => {
  it('saves nothing and writes no audit entry when a field is wrong, and says which field', async () => {
    const store = usePartnersStore()
    const outcome = await store.save(null, partnerDraft({ invoiceEmail: 'geen-mail', invoiceAddress: { street: 'x', postcode: '12', city: 'y' } }))
    expect(outcome).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({ invoiceEmail: 'Ongeldig e-mailadres', 'invoiceAddress.postcode': 'Ongeldige postcode (1234 AB)' })
    expect(await repositories().partners.list()).toEqual([])
    expect(await auditCount()).toBe(0)
  })

  it('creates a partner with its short code in capitals and lists it', async () => {
    const store = usePartnersStore()
    const outcome = await store.save(null, partnerDraft())
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.value.shortCode).toBe('ZGN')
    expect(store.fieldErrors).toEqual({})
    await store.loadPage()
    expect(store.rows.map((p) => p.name)).toEqual(['Zorggroep Noord'])
    expect(await auditCount()).toBe(1)
  })

  it("shows the data layer's duplicate check at the short code field", async () => {
    const store = usePartnersStore()
    await store.save(null, partnerDraft())
    const outcome = await store.save(null, partnerDraft({ name: 'Andere partner' }))
    expect(outcome).toEqual({ ok: false, message: null })
    expect(store.fieldErrors.shortCode).toMatch(/ZGN is al in gebruik/)
  })

  it('searches by name and short code, sorts and pages in memory', async () => {
    const store = usePartnersStore()
    for (const [name, code] of [
      ['Zorggroep Noord', 'ZGN'],
      ['Amstelzorg', 'AMS'],
      ['Thuiszorg Zuid', 'TZ'],
      ['Zuidwester', 'ZW'],
    ] as const) {
      await store.save(null, partnerDraft({ name, shortCode: code }))
    }
    await store.loadPage()
    expect(store.rows.map((p) => p.shortCode)).toEqual(['AMS', 'TZ', 'ZGN', 'ZW'])
    store.query.search = 'zuid'
    expect(store.rows.map((p) => p.shortCode)).toEqual(['TZ', 'ZW'])
    store.query.search = 'zg'
    expect(store.rows.map((p) => p.shortCode)).toEqual(['ZGN'])
    store.query.search = ''
    store.query.sortField = 'shortCode'
    store.query.sortOrder = -1
    store.query.rows = 2
    store.query.first = 2
    expect(store.rows.map((p) => p.shortCode)).toEqual(['TZ', 'AMS'])
    expect(store.total).toBe(4)
  })

  it('updates and removes, reporting a refused delete as a Dutch message', async () => {
    const store = usePartnersStore()
    const created = await store.save(null, partnerDraft())
    if (!created.ok) throw new Error('setup')
    const updated = await store.save(created.value.id, partnerDraft({ name: 'Zorggroep Noord-Oost' }))
    expect(updated.ok && updated.value.name).toBe('Zorggroep Noord-Oost')
    expect(await auditCount()).toBe(2)
    expect(await store.remove(created.value.id)).toEqual({ ok: true, value: undefined })
    expect(await repositories().partners.list()).toEqual([])
  })

  it('refuses to delete a partner that still has clients, with the reason in Dutch', async () => {
    const store = usePartnersStore()
    const created = await store.save(null, partnerDraft())
    if (!created.ok) throw new Error('setup')
    const plan = await seedPlan()
    await repositories().clients.create({
      partnerId: created.value.id,
      clientNumber: 'ZN-1',
      firstName: 'Anna',
      lastName: 'Bakker',
      birthDate: null,
      bsn: '',
      begeleider: { name: '', email: '', phone: '' },
      representatives: [],
      registrationPlanId: plan.id,
      registrationReceivedDate: parseCalendarDate('2026-11-23'),
      notes: '',
    })
    const outcome = await store.remove(created.value.id)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.message).toMatch(/heeft nog cliënten/)
    expect(await repositories().partners.list()).toHaveLength(1)
  })
})
