import { describe, expect, it } from 'vitest'
import { parseCalendarDate as d, usageId } from '@shared/model'
import { clientInput, partnerInput, planInput, testData } from '../data/testDb'

describe('overview repository', () => {
  it('lists every client key from the index, and every client', async () => {
    const { repos } = testData('overview')
    const zgn = await repos.partners.create(partnerInput())
    const hzw = await repos.partners.create(partnerInput({ name: 'Huis ter Zwaluw', shortCode: 'HZW' }))
    const plan = await repos.plans.create(planInput())
    const a = await repos.clients.create(clientInput(zgn, plan, { clientNumber: '1002' }))
    const b = await repos.clients.create(clientInput(hzw, plan, { clientNumber: '1002', firstName: 'Els' }))
    const c = await repos.clients.create(clientInput(zgn, plan, { clientNumber: '0999' }))

    const keys = await repos.overview.clientKeys()
    expect(new Set(keys.map((k) => JSON.stringify(k)))).toEqual(
      new Set(
        [
          { id: a.id, partnerId: zgn.id, clientNumber: '1002' },
          { id: b.id, partnerId: hzw.id, clientNumber: '1002' },
          { id: c.id, partnerId: zgn.id, clientNumber: '0999' },
        ].map((k) => JSON.stringify(k)),
      ),
    )
    const all = await repos.overview.allClients()
    expect(all.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort())
    // Plain clients: the stored index fields stay inside the data layer.
    expect(Object.keys(all[0]!)).not.toContain('sortName')
  })

  it('adds up usage per period', async () => {
    const { repos } = testData('overview')
    const zgn = await repos.partners.create(partnerInput())
    const plan = await repos.plans.create(planInput())
    const a = await repos.clients.create(clientInput(zgn, plan, { clientNumber: '1' }))
    const b = await repos.clients.create(clientInput(zgn, plan, { clientNumber: '2' }))
    await repos.clients.activate(a.id, d('2026-11-02'))
    await repos.clients.activate(b.id, d('2026-11-02'))
    const row = (clientId: string, period: string, call: number, reg: number, contacts: number) => ({
      id: usageId(clientId, period),
      clientId,
      partnerId: zgn.id,
      period,
      callMinutes: call,
      registrationMinutes: reg,
      contacts,
    })
    await repos.usage.importRows([row(a.id, '2026-10', 10.1, 1, 2), row(b.id, '2026-10', 0.2, 0, 1), row(a.id, '2026-11', 5, 5, 1)], 'test')
    expect(await repos.overview.usageSums(['2026-11', '2026-10', '2026-09'])).toEqual([
      { period: '2026-11', callMinutes: 5, registrationMinutes: 5, contacts: 1, clients: 1 },
      { period: '2026-10', callMinutes: 10.3, registrationMinutes: 1, contacts: 3, clients: 2 },
      { period: '2026-09', callMinutes: 0, registrationMinutes: 0, contacts: 0, clients: 0 },
    ])
  })

  it('stamps where the data stands: the same until something is written', async () => {
    const { repos } = testData('overview')
    const empty = await repos.overview.dataStamp()
    expect(await repos.overview.dataStamp()).toBe(empty)
    const zgn = await repos.partners.create(partnerInput())
    const afterPartner = await repos.overview.dataStamp()
    expect(afterPartner).not.toBe(empty)
    expect(await repos.overview.dataStamp()).toBe(afterPartner)
    const plan = await repos.plans.create(planInput())
    await repos.clients.create(clientInput(zgn, plan, { clientNumber: '1' }))
    expect(await repos.overview.dataStamp()).not.toBe(afterPartner)
  })
})
