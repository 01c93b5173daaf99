import { describe, expect, it } from 'vitest'
import { parseCalendarDate as d } from '@shared/model'
import type { Partner, Plan } from '@shared/model'
import type { ValidationError } from '@renderer/data/errors'
import { StorageFullError } from '@renderer/data/errors'
import { clientInput, partnerInput, planInput, testData, type TestData } from './testDb'

async function setup(mode: Partner['ecdMode'] = 'partner'): Promise<TestData & { partner: Partner; plan: Plan }> {
  const data = testData()
  const plan = await data.repos.plans.create(planInput())
  const partner = await data.repos.partners.create(partnerInput({ ecdMode: mode }))
  return { ...data, partner, plan }
}

describe('clients repository: create and update', () => {
  it('registers a client as aangemeld with an audit entry', async () => {
    const { db, repos, partner, plan } = await setup()
    const client = await repos.clients.create(clientInput(partner, plan))
    expect(client).toMatchObject({ status: 'aangemeld', activationDate: null, clientNumber: 'P-1001' })
    expect(await repos.clients.get(client.id)).toEqual(client)
    expect(await db.auditEntries.where('[entity+recordId]').equals(['client', client.id]).count()).toBe(1)
  })

  it('hands out domain records without the stored index fields', async () => {
    const { repos, partner, plan } = await setup()
    const client = await repos.clients.create(clientInput(partner, plan))
    const stored = await repos.clients.get(client.id)
    expect(Object.keys(stored ?? {})).not.toContain('searchKeys')
    expect(Object.keys(stored ?? {})).not.toContain('sortName')
  })

  it('assigns six-digit numbers in ECD mode eigen and requires BSN and birth date', async () => {
    const { repos, partner, plan } = await setup('eigen')
    expect(await repos.clients.peekNextNumber(partner.id)).toBe('000001')
    const first = await repos.clients.create(clientInput(partner, plan))
    const second = await repos.clients.create(clientInput(partner, plan, { bsn: '123456782' }))
    expect([first.clientNumber, second.clientNumber]).toEqual(['000001', '000002'])
    const error = await repos.clients.create(clientInput(partner, plan, { bsn: '', birthDate: null })).catch((e: unknown) => e)
    expect((error as ValidationError).fieldErrors).toEqual({
      bsn: 'validation.bsnRequired',
      birthDate: 'validation.birthDateRequired',
    })
  })

  it('never reuses a number after the highest one, even after a delete', async () => {
    const { repos, partner, plan } = await setup('eigen')
    await repos.clients.create(clientInput(partner, plan))
    const second = await repos.clients.create(clientInput(partner, plan))
    await repos.clients.create(clientInput(partner, plan, { clientNumber: '000010' }))
    await repos.clients.remove(second.id)
    expect((await repos.clients.create(clientInput(partner, plan))).clientNumber).toBe('000011')
  })

  it('rejects a BSN that fails the 11-proef and writes nothing', async () => {
    const { db, repos, partner, plan } = await setup('eigen')
    const error = await repos.clients.create(clientInput(partner, plan, { bsn: '123456789' })).catch((e: unknown) => e)
    expect((error as ValidationError).fieldErrors).toEqual({ bsn: 'validation.bsn' })
    expect(await db.clients.count()).toBe(0)
    expect(await db.auditEntries.where('entity').equals('client').count()).toBe(0)
  })

  it('refuses BSN and birth date for a partner that keeps its own ECD', async () => {
    const { repos, partner, plan } = await setup('partner')
    const error = await repos.clients.create(clientInput(partner, plan, { bsn: '111222333', birthDate: d('1950-01-01') })).catch((e: unknown) => e)
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(['birthDate', 'bsn'])
  })

  it('keeps client numbers unique within a partner but not across partners', async () => {
    const { db, repos, partner, plan } = await setup()
    const other = await repos.partners.create(partnerInput({ shortCode: 'ZGZ', name: 'Zorggroep Zuid' }))
    await repos.clients.create(clientInput(partner, plan))
    await repos.clients.create(clientInput(other, plan))
    const error = await repos.clients.create(clientInput(partner, plan, { firstName: 'Kees' })).catch((e: unknown) => e)
    expect((error as ValidationError).fieldErrors.clientNumber).toBe('validation.clientNumberTakenAt')
    expect((error as ValidationError).issues).toContainEqual({
      path: ['clientNumber'],
      message: 'validation.clientNumberTakenAt',
      params: { clientNumber: 'P-1001', partner: 'Zorggroep Noord' },
    })
    expect(await db.clients.count()).toBe(2)
  })

  it('reports every problem at once: schema, partner and plan', async () => {
    const { repos, partner, plan } = await setup()
    const error = await repos.clients
      .create(clientInput(partner, plan, { partnerId: 'nope', registrationPlanId: 'nope', firstName: '' }))
      .catch((e: unknown) => e)
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(['firstName', 'partnerId', 'registrationPlanId'])
  })

  it('update keeps partner and status as stored and audits the changed fields', async () => {
    const { db, repos, partner, plan } = await setup()
    const other = await repos.partners.create(partnerInput({ shortCode: 'ZGZ', name: 'Zorggroep Zuid' }))
    const client = await repos.clients.create(clientInput(partner, plan))
    const updated = await repos.clients.update({ ...client, lastName: 'Bergman', partnerId: other.id, status: 'actief' })
    expect(updated).toMatchObject({ lastName: 'Bergman', partnerId: partner.id, status: 'aangemeld' })
    const last = await db.auditEntries.orderBy('id').last()
    expect(last?.changes).toEqual([{ field: 'lastName', before: 'van den Berg', after: 'Bergman' }])
  })

  it('masks the BSN in the audit trail', async () => {
    const { db, repos, partner, plan } = await setup('eigen')
    const client = await repos.clients.create(clientInput(partner, plan))
    await repos.clients.update({ ...client, bsn: '123456782' })
    const last = await db.auditEntries.orderBy('id').last()
    expect(last?.changes).toEqual([{ field: 'bsn', before: '*****2333', after: '*****6782' }])
    expect(JSON.stringify(await db.auditEntries.toArray())).not.toContain('111222333')
  })

  it('turns a full disk into "schijf vol" and writes nothing', async () => {
    const { db, repos, partner, plan } = await setup()
    db.clients.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const error = await repos.clients.create(clientInput(partner, plan)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageFullError)
    expect((error as Error).message).toMatch(/^Schijf vol/)
    expect(await db.clients.count()).toBe(0)
    expect(await db.auditEntries.where('entity').equals('client').count()).toBe(0)
  })
})

describe('clients repository: paged lists', () => {
  async function populated() {
    const data = await setup()
    const { repos, partner, plan } = data
    const plus = await repos.plans.create(planInput({ code: 'PLUS', name: 'Plus', sortOrder: 30 }))
    const other = await repos.partners.create(partnerInput({ shortCode: 'ZGZ', name: 'Zorggroep Zuid' }))
    const people: [string, string][] = [
      ['Jan', 'van den Berg'],
      ['Anna', 'Bakker'],
      ['Émile', 'de Jong'],
      ['Kees', 'Jansen'],
      ['Fatima', 'El Amrani'],
      ['Piet', 'Bergsma'],
      ['Sanne', 'Visser'],
      ['Bram', "van 't Hof"],
      ['Lotte', 'Berg'],
      ['Noah', 'Smit'],
    ]
    let n = 0
    for (const [firstName, lastName] of people) {
      n++
      await repos.clients.create(clientInput(n % 2 ? partner : other, n % 3 ? plan : plus, { firstName, lastName, clientNumber: `${100 + n}` }))
    }
    return { ...data, plus, other }
  }

  it('pages through all clients sorted by last name without prefix, with the total', async () => {
    const { repos } = await populated()
    const first = await repos.clients.list({ limit: 4 })
    const second = await repos.clients.list({ limit: 4, offset: 4 })
    expect(first.total).toBe(10)
    expect(first.items.map((c) => c.lastName)).toEqual(['Bakker', 'van den Berg', 'Berg', 'Bergsma'])
    expect(second.items.map((c) => c.lastName)).toEqual(['El Amrani', "van 't Hof", 'Jansen', 'de Jong'])
  })

  it('finds by the start of a last name with or without prefix, of a first name, ignoring accents', async () => {
    const { repos } = await populated()
    const names = async (search: string) => (await repos.clients.list({ search })).items.map((c) => `${c.firstName} ${c.lastName}`).sort()
    expect(await names('berg')).toEqual(['Jan van den Berg', 'Lotte Berg', 'Piet Bergsma'])
    expect(await names('van den')).toEqual(['Jan van den Berg'])
    expect(await names('emile')).toEqual(['Émile de Jong'])
    expect(await names('JONG')).toEqual(['Émile de Jong'])
    expect((await repos.clients.list({ search: 'berg' })).total).toBe(3)
  })

  it('finds by the start of a client number', async () => {
    const { repos } = await populated()
    const page = await repos.clients.list({ search: '11' })
    expect(page.items.map((c) => c.clientNumber)).toEqual(['110'])
    expect((await repos.clients.list({ search: '10' })).total).toBe(9)
  })

  it('filters by partner, status and current plan, alone and combined', async () => {
    const { repos, partner, plus } = await populated()
    expect((await repos.clients.list({ partnerId: partner.id })).total).toBe(5)
    expect((await repos.clients.list({ planId: plus.id })).total).toBe(3)
    expect((await repos.clients.list({ status: 'aangemeld' })).total).toBe(10)
    expect((await repos.clients.list({ status: 'actief' })).total).toBe(0)
    const combined = await repos.clients.list({ partnerId: partner.id, planId: plus.id, search: 'b' })
    expect(combined.items.map((c) => c.lastName)).toEqual(['Berg'])
    const partnerAndSearch = await repos.clients.list({ partnerId: partner.id, search: 'berg' })
    expect(partnerAndSearch.items.map((c) => c.lastName)).toEqual(['van den Berg', 'Berg'])
    expect(partnerAndSearch.items[0]?.currentPlanId).toBeDefined()
  })

  it('finds one client by partner and number', async () => {
    const { repos, partner } = await populated()
    expect((await repos.clients.getByNumber(partner.id, '101'))?.lastName).toBe('van den Berg')
    expect(await repos.clients.getByNumber(partner.id, '102')).toBeUndefined()
  })
})
