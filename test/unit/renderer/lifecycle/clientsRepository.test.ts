import { describe, expect, it } from 'vitest'
import { checkClientHistory } from '@shared/domain/lifecycle/reregistration'
import { parseCalendarDate as d } from '@shared/model'
import { RuleError, ValidationError } from '@renderer/data/errors'
import { clientInput, partnerInput, planInput, testData } from '../data/testDb'

async function setup() {
  const data = testData('lifecycle-clients')
  const { repos } = data
  const basis = await repos.plans.create(planInput())
  const plus = await repos.plans.create(planInput({ code: 'PLUS', name: 'Plus', sortOrder: 30, monthlyFeeCents: 9900, hasIntakeConversation: true }))
  const partner = await repos.partners.create(partnerInput())
  const registered = await repos.clients.create(clientInput(partner, basis))
  return { ...data, basis, plus, registered }
}

describe('clients.activate with the mail sent', () => {
  it('records login and intake-form dates in the activation transaction, with one client audit entry', async () => {
    const { db, repos, registered } = await setup()
    const before = await db.auditEntries.count()
    const active = await repos.clients.activate(registered.id, d('2026-11-10'), { loginSentDate: d('2026-11-10'), intakeFormSentDate: d('2026-11-11') })
    expect(active).toMatchObject({ status: 'actief', loginSentDate: '2026-11-10', intake: { formSentDate: '2026-11-11', formReceivedDate: null } })
    expect(await repos.clients.get(registered.id)).toEqual(active)
    const entries = await db.auditEntries.where('id').above(0).offset(before).toArray()
    expect(entries.map((e) => e.entity)).toEqual(['client', 'subscriptionPeriod'])
    expect(entries[0]?.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['status', 'activationDate', 'loginSentDate', 'intake.formSentDate']))
  })

  it('leaves the dates alone when none are given', async () => {
    const { repos, registered } = await setup()
    expect(await repos.clients.activate(registered.id, d('2026-11-10'))).toMatchObject({ loginSentDate: null, intake: { formSentDate: null } })
  })
})

describe('clients.reregister', () => {
  async function deregistered() {
    const data = await setup()
    const { repos, registered } = data
    await repos.clients.activate(registered.id, d('2026-11-10'))
    const dereg = await repos.deregistrations.create({ clientId: registered.id, receivedDate: d('2026-11-16'), requestedDate: d('2026-12-01') })
    await repos.deregistrations.process(dereg.id, d('2026-11-17'))
    return data
  }

  it('starts a new registration on the same record and keeps the history', async () => {
    const { db, repos, registered, plus } = await deregistered()
    const again = await repos.clients.reregister(registered.id, { registrationPlanId: plus.id, receivedDate: d('2027-02-01') })
    expect(again).toMatchObject({
      id: registered.id,
      clientNumber: registered.clientNumber,
      status: 'aangemeld',
      registrationPlanId: plus.id,
      registrationReceivedDate: '2027-02-01',
      activationDate: null,
    })
    expect((await repos.clients.list({ status: 'aangemeld', planId: plus.id })).items.map((c) => c.id)).toEqual([registered.id])
    const last = await db.auditEntries.orderBy('id').last()
    expect(last).toMatchObject({ entity: 'client', action: 'update', event: 'clientReregistered', params: { clientNumber: registered.clientNumber } })

    const active = await repos.clients.activate(registered.id, d('2027-02-08'))
    const periods = await repos.subscriptionPeriods.listByClient(registered.id)
    expect(periods.map((p) => [p.from, p.until])).toEqual([
      ['2026-11-10', '2026-12-01'],
      ['2027-02-08', null],
    ])
    expect(checkClientHistory(active, periods, await repos.deregistrations.list({ clientId: registered.id }))).toEqual([])
  })

  it('refuses a date before billing ended, or an unknown plan, and writes nothing', async () => {
    const { db, repos, registered, basis } = await deregistered()
    const audits = await db.auditEntries.count()
    await expect(repos.clients.reregister(registered.id, { registrationPlanId: basis.id, receivedDate: d('2026-11-30') })).rejects.toMatchObject({
      ruleCode: 'aanmelding-voor-einde',
    })
    await expect(repos.clients.reregister(registered.id, { registrationPlanId: 'nope', receivedDate: d('2027-01-04') })).rejects.toBeInstanceOf(ValidationError)
    expect(await db.auditEntries.count()).toBe(audits)
    expect((await repos.clients.get(registered.id))?.status).toBe('afgemeld')
  })

  it('counts the retention period from the latest deregistration when anonymising', async () => {
    const { repos, registered, basis } = await deregistered()
    await repos.clients.reregister(registered.id, { registrationPlanId: basis.id, receivedDate: d('2027-02-01') })
    await repos.clients.activate(registered.id, d('2027-02-08'))
    const second = await repos.deregistrations.create({ clientId: registered.id, receivedDate: d('2027-02-22'), requestedDate: d('2027-03-01') })
    await repos.deregistrations.process(second.id, d('2027-02-23'))
    // 24 months after the first end (01-12-2026) but not after the second (01-03-2027).
    await expect(repos.clients.anonymise(registered.id, d('2028-12-15'))).rejects.toMatchObject({ ruleCode: 'bewaartermijn' })
    expect((await repos.clients.anonymise(registered.id, d('2029-03-01'))).anonymisedDate).toBe('2029-03-01')
  })

  it('refuses a client that is not deregistered', async () => {
    const { repos, registered, basis } = await setup()
    await expect(repos.clients.reregister(registered.id, { registrationPlanId: basis.id, receivedDate: d('2027-01-04') })).rejects.toBeInstanceOf(RuleError)
  })
})
