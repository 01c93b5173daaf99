import { describe, expect, it } from 'vitest'
import { parseCalendarDate as d } from '@shared/model'
import { defaultSettings } from '@shared/model'
import { ConflictError, ValidationError } from '@renderer/data/errors'
import { partnerInput, planInput, testData } from './testDb'

describe('partners repository', () => {
  it('creates a partner and writes its audit entry in the same step', async () => {
    const { db, repos } = testData()
    const partner = await repos.partners.create(partnerInput())
    expect(await repos.partners.get(partner.id)).toEqual(partner)
    const audit = await db.auditEntries.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      entity: 'partner',
      recordId: partner.id,
      action: 'create',
      outcome: 'ok',
      clerk: defaultSettings.clerkName,
      at: '2026-11-23T09:30:00.000Z',
    })
    expect(audit[0]?.changes).toContainEqual({ field: 'invoiceAddress.city', before: null, after: 'Groningen' })
  })

  it('rejects an invalid partner with a validation code per field and writes nothing', async () => {
    const { db, repos } = testData()
    const bad = partnerInput({ shortCode: 'x', invoiceAddress: { street: 'Hoofdstraat 1', postcode: '97', city: 'Groningen' } })
    const error = await repos.partners.create(bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).fieldErrors).toEqual({
      shortCode: 'validation.shortCode',
      'invoiceAddress.postcode': 'validation.postcode',
    })
    expect(await db.partners.count()).toBe(0)
    expect(await db.auditEntries.count()).toBe(0)
  })

  it('refuses a short code that another partner uses', async () => {
    const { db, repos } = testData()
    await repos.partners.create(partnerInput())
    const error = await repos.partners.create(partnerInput({ name: 'Ander' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([
      { path: ['shortCode'], message: 'validation.shortCodeTaken', params: { shortCode: 'ZGN', name: 'Zorggroep Noord' } },
    ])
    expect(await db.partners.count()).toBe(1)
    expect(await db.auditEntries.count()).toBe(1)
  })

  it('audits only the changed fields, before and after, with the clerk from settings', async () => {
    const { db, repos } = testData()
    await repos.settings.save({ ...defaultSettings, clerkName: 'Fatima Yilmaz' })
    const partner = await repos.partners.create(partnerInput())
    await repos.partners.update({ ...partner, invoiceEmail: 'nieuw@zorggroepnoord.nl' })
    const last = await db.auditEntries.orderBy('id').last()
    expect(last).toMatchObject({ action: 'update', clerk: 'Fatima Yilmaz' })
    expect(last?.changes).toEqual([{ field: 'invoiceEmail', before: 'facturen@zorggroepnoord.nl', after: 'nieuw@zorggroepnoord.nl' }])
  })

  it('an update without changes writes no audit entry', async () => {
    const { db, repos } = testData()
    const partner = await repos.partners.create(partnerInput())
    await repos.partners.update(partner)
    expect(await db.auditEntries.count()).toBe(1)
  })

  it('deletes an unused partner with an audit entry, refuses one with clients', async () => {
    const { db, repos } = testData()
    const plan = await repos.plans.create(planInput())
    const used = await repos.partners.create(partnerInput())
    const unused = await repos.partners.create(partnerInput({ shortCode: 'LEEG', name: 'Leeg' }))
    await repos.clients.create({
      partnerId: used.id,
      clientNumber: 'A1',
      firstName: 'Piet',
      lastName: 'Jansen',
      birthDate: null,
      bsn: '',
      begeleider: { name: '', email: '', phone: '' },
      representatives: [],
      registrationPlanId: plan.id,
      registrationReceivedDate: d('2026-11-02'),
      notes: '',
    })
    await repos.partners.remove(unused.id)
    expect(await repos.partners.get(unused.id)).toBeUndefined()
    expect(await db.auditEntries.where({ entity: 'partner', recordId: unused.id }).last()).toMatchObject({ action: 'delete' })
    await expect(repos.partners.remove(used.id)).rejects.toBeInstanceOf(ConflictError)
    expect(await repos.partners.get(used.id)).toBeDefined()
  })

  it('reads a partner stored before the e-invoice fields existed with empty values', async () => {
    const { db, repos } = testData()
    const { kvkNumber: _k, oin: _o, purchaseOrderReference: _r, ...old } = { ...partnerInput(), id: 'old' }
    // A record as an earlier version stored it: the type of the table no longer allows that, the database does.
    await db.partners.add(old as never)
    const expected = { ...old, kvkNumber: '', oin: '', purchaseOrderReference: '' }
    expect(await repos.partners.get('old')).toEqual(expected)
    expect(await repos.partners.list()).toEqual([expected])
  })

  it('lists partners by name', async () => {
    const { repos } = testData()
    await repos.partners.create(partnerInput({ name: 'Zuid', shortCode: 'ZD' }))
    await repos.partners.create(partnerInput({ name: 'Amstel', shortCode: 'AM' }))
    expect((await repos.partners.list()).map((p) => p.name)).toEqual(['Amstel', 'Zuid'])
  })
})

describe('plans repository', () => {
  it('creates, updates with audit, and lists small to large', async () => {
    const { db, repos } = testData()
    const plus = await repos.plans.create(planInput({ code: 'PLUS', name: 'Plus', sortOrder: 30, monthlyFeeCents: 9900 }))
    await repos.plans.create(planInput())
    await repos.plans.update({ ...plus, monthlyFeeCents: 10500 })
    expect((await repos.plans.list()).map((p) => p.code)).toEqual(['BASIS', 'PLUS'])
    const last = await db.auditEntries.orderBy('id').last()
    expect(last?.changes).toEqual([{ field: 'monthlyFeeCents', before: 9900, after: 10500 }])
  })

  it('rejects a negative fee and a duplicate code, writing nothing', async () => {
    const { db, repos } = testData()
    await expect(repos.plans.create(planInput({ monthlyFeeCents: -1 }))).rejects.toMatchObject({ fieldErrors: { monthlyFeeCents: 'validation.notNegative' } })
    await repos.plans.create(planInput())
    await expect(repos.plans.create(planInput({ name: 'Dubbel' }))).rejects.toBeInstanceOf(ValidationError)
    expect(await db.plans.count()).toBe(1)
    expect(await db.auditEntries.count()).toBe(1)
  })

  it('refuses to delete a plan a client registered with', async () => {
    const { repos } = testData()
    const plan = await repos.plans.create(planInput())
    const partner = await repos.partners.create(partnerInput())
    await repos.clients.create({
      partnerId: partner.id,
      clientNumber: 'A1',
      firstName: 'Piet',
      lastName: 'Jansen',
      birthDate: null,
      bsn: '',
      begeleider: { name: '', email: '', phone: '' },
      representatives: [],
      registrationPlanId: plan.id,
      registrationReceivedDate: d('2026-11-02'),
      notes: '',
    })
    await expect(repos.plans.remove(plan.id)).rejects.toBeInstanceOf(ConflictError)
  })
})

describe('settings repository', () => {
  it('returns the defaults before the first save', async () => {
    const { repos } = testData()
    expect(await repos.settings.get()).toEqual(defaultSettings)
  })

  it('saves, audits the change and rejects invalid settings without writing', async () => {
    const { db, repos } = testData()
    await repos.settings.save({ ...defaultSettings, paymentTermDays: 14 })
    expect((await repos.settings.get()).paymentTermDays).toBe(14)
    expect(await db.auditEntries.toArray()).toMatchObject([
      { entity: 'settings', action: 'update', changes: [{ field: 'paymentTermDays', before: 30, after: 14 }] },
    ])
    await expect(repos.settings.save({ ...defaultSettings, billingPeriodStartDay: 31 })).rejects.toMatchObject({
      fieldErrors: { billingPeriodStartDay: 'validation.startDay' },
    })
    expect((await repos.settings.get()).billingPeriodStartDay).toBe(26)
    expect(await db.auditEntries.count()).toBe(1)
  })
})
