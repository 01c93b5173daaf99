import { describe, expect, it } from 'vitest'
import { clientInput, partnerInput, planInput, testData } from './testDb'

describe('who last handled a client (the werklijsten clerk filter)', () => {
  it('is the clerk of the newest audit entry on the client record', async () => {
    const { repos } = testData('last-clerks')
    const anna = await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
    const piet = await repos.clerks.create({ name: 'Piet Jansen', initials: 'PJ', active: true })
    await repos.clerks.signIn(anna.id)
    const partner = await repos.partners.create(partnerInput())
    const plan = await repos.plans.create(planInput())
    const first = await repos.clients.create(clientInput(partner, plan))
    const second = await repos.clients.create(clientInput(partner, plan, { clientNumber: 'P-1002' }))
    await repos.clerks.signIn(piet.id)
    await repos.clients.update({ ...first, notes: 'Gebeld' })
    await repos.plans.create(planInput({ code: 'PLUS', name: 'Plus' }))

    expect(await repos.overview.lastClientClerks()).toEqual(
      new Map([
        [first.id, 'Piet Jansen'],
        [second.id, 'Anna de Vries'],
      ]),
    )
  })
})
