import { chainUnchained, headOf, verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { describe, expect, it } from 'vitest'
import { parseCalendarDate as d, defaultSettings, type AuditEntry, type Client, type Plan } from '@shared/model'
import { RuleError, ValidationError } from '@renderer/data/errors'
import { clientInput, partnerInput, planInput, testData, type TestData } from './testDb'

async function activeClient(): Promise<TestData & { client: Client; basis: Plan; plus: Plan }> {
  const data = testData()
  const { repos } = data
  const basis = await repos.plans.create(planInput())
  const plus = await repos.plans.create(
    planInput({ code: 'PLUS', name: 'Plus', sortOrder: 30, monthlyFeeCents: 9900, includedMinutes: 180, hasIntakeConversation: true }),
  )
  const partner = await repos.partners.create(partnerInput())
  const registered = await repos.clients.create(clientInput(partner, basis))
  const client = await repos.clients.activate(registered.id, d('2026-11-10'))
  return { ...data, client, basis, plus }
}

describe('activation', () => {
  it('makes the client actief and opens the first period on the activation date, with audit entries', async () => {
    const { db, repos, client, basis } = await activeClient()
    expect(client).toMatchObject({ status: 'actief', activationDate: '2026-11-10' })
    expect(await repos.subscriptionPeriods.listByClient(client.id)).toMatchObject([{ planId: basis.id, from: '2026-11-10', until: null }])
    expect(await db.auditEntries.where('entity').equals('subscriptionPeriod').count()).toBe(1)
    expect((await repos.clients.list({ status: 'actief' })).total).toBe(1)
  })

  it('refuses a second activation as a rule error and writes nothing', async () => {
    const { db, repos, client } = await activeClient()
    const audits = await db.auditEntries.count()
    await expect(repos.clients.activate(client.id, d('2026-11-12'))).rejects.toBeInstanceOf(RuleError)
    expect(await db.subscriptionPeriods.count()).toBe(1)
    expect(await db.auditEntries.count()).toBe(audits)
  })
})

describe('change requests', () => {
  it('runs open → akkoord → verwerkt and switches the plan on the effective date', async () => {
    const { repos, client, basis, plus } = await activeClient()
    const cr = await repos.changeRequests.create({
      clientId: client.id,
      toPlanId: plus.id,
      initiatedBy: 'partner',
      reason: 'Meer contact nodig',
      requestDate: d('2026-11-12'),
    })
    expect(cr).toMatchObject({ status: 'open', fromPlanId: basis.id, partnerApprovalDate: '2026-11-12', operatorApprovalDate: null })
    expect((await repos.changeRequests.approve(cr.id, 'operator', d('2026-11-13'))).status).toBe('akkoord')
    const done = await repos.changeRequests.process(cr.id, d('2026-11-26'), d('2026-11-16'))
    expect(done).toMatchObject({ status: 'verwerkt', effectiveDate: '2026-11-26' })
    expect(await repos.subscriptionPeriods.listByClient(client.id)).toMatchObject([
      { planId: basis.id, from: '2026-11-10', until: '2026-11-26' },
      { planId: plus.id, from: '2026-11-26', until: null },
    ])
    expect((await repos.clients.list({ planId: plus.id })).items.map((c) => c.id)).toEqual([client.id])
  })

  it('refuses a second running request for the same client', async () => {
    const { repos, client, plus } = await activeClient()
    await repos.changeRequests.create({ clientId: client.id, toPlanId: plus.id, initiatedBy: 'operator', reason: 'Belgedrag', requestDate: d('2026-11-12') })
    await expect(
      repos.changeRequests.create({ clientId: client.id, toPlanId: plus.id, initiatedBy: 'partner', reason: 'Nog eens', requestDate: d('2026-11-13') }),
    ).rejects.toBeInstanceOf(RuleError)
  })

  it('leaves periods and request untouched when the write fails midway', async () => {
    const { db, repos, client, basis, plus } = await activeClient()
    const cr = await repos.changeRequests.create({
      clientId: client.id,
      toPlanId: plus.id,
      initiatedBy: 'partner',
      reason: 'Meer',
      requestDate: d('2026-11-12'),
    })
    await repos.changeRequests.approve(cr.id, 'operator', d('2026-11-13'))
    const auditsBefore = await db.auditEntries.count()
    // The periods are written first; the request itself fails afterwards.
    db.changeRequests.hook('updating', () => {
      throw new Error('schijffout')
    })
    db.changeRequests.hook('creating', () => {
      throw new Error('schijffout')
    })
    await expect(repos.changeRequests.process(cr.id, d('2026-11-26'), d('2026-11-16'))).rejects.toThrow(/schijffout/)
    expect(await repos.subscriptionPeriods.listByClient(client.id)).toMatchObject([{ planId: basis.id, until: null }])
    expect((await repos.changeRequests.get(cr.id))?.status).toBe('akkoord')
    // Nothing of the change in the trail; only the failure, in a transaction of its own.
    expect(await db.auditEntries.count()).toBe(auditsBefore + 1)
    expect(await db.auditEntries.orderBy('id').last()).toMatchObject({ event: 'writeFailed', outcome: 'fout', action: 'update' })
    expect((await db.clients.get(client.id))?.currentPlanId).toBe(basis.id)
  })
})

describe('deregistrations', () => {
  it('computes the effective date, then ends billing and marks the client afgemeld in one step', async () => {
    const { repos, client } = await activeClient()
    const dereg = await repos.deregistrations.create({ clientId: client.id, receivedDate: d('2026-11-20'), requestedDate: d('2026-10-01') })
    expect(dereg.effectiveDate).toBe('2026-11-20')
    expect(await repos.deregistrations.list({ unprocessedOnly: true })).toHaveLength(1)
    await repos.deregistrations.process(dereg.id, d('2026-11-23'))
    expect((await repos.clients.get(client.id))?.status).toBe('afgemeld')
    expect(await repos.subscriptionPeriods.listByClient(client.id)).toMatchObject([{ from: '2026-11-10', until: '2026-11-20' }])
    expect(await repos.deregistrations.list({ unprocessedOnly: true })).toHaveLength(0)
  })

  it('anonymises only after the retention period, and scrubs personal values from the audit trail', async () => {
    const { repos, client } = await activeClient()
    const dereg = await repos.deregistrations.create({ clientId: client.id, receivedDate: d('2026-11-20'), requestedDate: d('2026-11-30') })
    await repos.deregistrations.process(dereg.id, d('2026-11-23'))
    await repos.settings.save({ ...defaultSettings, retentionMonths: 12 })
    await expect(repos.clients.anonymise(client.id, d('2027-11-29'))).rejects.toThrow(/vanaf 30-11-2027/)
    const anonymous = await repos.clients.anonymise(client.id, d('2027-11-30'))
    expect(anonymous).toMatchObject({
      firstName: 'Geanonimiseerd',
      bsn: '',
      begeleider: { name: '' },
      anonymisedDate: '2027-11-30',
      clientNumber: client.clientNumber,
    })
    const trail = JSON.stringify(await repos.audit.forRecord('client', client.id))
    expect(trail).not.toContain('van den Berg')
    expect(trail).not.toContain('Petra Smit')
    expect((await repos.audit.list({ action: 'anonymise' })).total).toBe(1)
    await expect(repos.clients.update({ ...anonymous, notes: 'x' })).rejects.toBeInstanceOf(RuleError)
  })

  it("leaves nothing personal in the anonymised client's audit entries: parameters cleared, recorded sentences too", async () => {
    const { db, repos, client } = await activeClient()
    const [period] = await repos.subscriptionPeriods.listByClient(client.id)
    // Entries recorded before events named the client in their sentence.
    const historic = {
      at: '2026-11-10T09:00:00.000Z',
      clerk: 'Medewerker',
      action: 'update',
      changes: [],
      outcome: 'ok',
      event: 'historic',
      params: {},
    } satisfies Partial<AuditEntry>
    // Chained as the database upgrade chains them.
    const old = [
      { ...historic, entity: 'client', recordId: client.id, historicSummary: `Cliënt ${client.clientNumber} Jan van den Berg gewijzigd` },
      {
        ...historic,
        entity: 'subscriptionPeriod',
        recordId: period!.id,
        historicSummary: `Abonnement van cliënt ${client.clientNumber} Jan van den Berg gestart`,
      },
    ] satisfies AuditEntry[]
    await db.auditEntries.bulkAdd(chainUnchained(old, headOf([(await db.auditEntries.orderBy(':id').last()) ?? {}])))
    const dereg = await repos.deregistrations.create({ clientId: client.id, receivedDate: d('2026-11-20'), requestedDate: d('2026-11-30') })
    await repos.deregistrations.process(dereg.id, d('2026-11-23'))
    await repos.settings.save({ ...defaultSettings, retentionMonths: 12 })
    const named = await db.auditEntries.filter((e) => e.params.clientName === 'Jan van den Berg').toArray()
    expect(named.map((e) => e.event).sort()).toEqual(['clientActivated', 'clientDeregistered', 'clientRegistered'])

    await repos.clients.anonymise(client.id, d('2027-11-30'))
    const entries = await db.auditEntries.toArray()
    const trail = JSON.stringify(entries)
    for (const personal of ['van den Berg', 'Petra Smit', 'petra@zorggroepnoord.nl', '1234 5678', '111222333', '1950-03-14'])
      expect(trail).not.toContain(personal)
    for (const entry of entries.filter((e) => named.some((n) => n.id === e.id))) {
      expect(entry.params).toMatchObject({ clientNumber: client.clientNumber, clientName: '[geanonimiseerd]' })
    }
    expect(entries.filter((e) => e.event === 'historic').map((e) => e.historicSummary)).toEqual([
      `Cliënt ${client.clientNumber} [geanonimiseerd] gewijzigd`,
      `Abonnement van cliënt ${client.clientNumber} [geanonimiseerd] gestart`,
    ])
    expect(entries.at(-1)).toMatchObject({ event: 'clientAnonymised', params: { clientNumber: client.clientNumber } })
    // Anonymisation removed values, not links: the chain holds from the first entry to the last.
    expect(verifyChain(entries as ChainedEntry[])).toMatchObject({ ok: true, head: { count: entries.length } })
  })
})

describe('usage', () => {
  it('imports rows, and a re-import of the period replaces instead of adding', async () => {
    const { db, repos, client } = await activeClient()
    const row = {
      id: `${client.id}|2026-11`,
      clientId: client.id,
      partnerId: client.partnerId,
      period: '2026-11',
      callMinutes: 30,
      registrationMinutes: 5,
      contacts: 3,
    }
    expect(await repos.usage.importRows([row], 'verbruik-nov.csv')).toEqual({ written: 1, replaced: 0, periods: ['2026-11'] })
    expect(await repos.usage.importRows([{ ...row, callMinutes: 40 }], 'verbruik-nov.csv')).toEqual({ written: 1, replaced: 1, periods: ['2026-11'] })
    expect(await repos.usage.listByPeriod('2026-11', client.partnerId)).toMatchObject([{ callMinutes: 40 }])
    expect(await db.auditEntries.where('entity').equals('usage').count()).toBe(2)
  })

  it('checks the whole file first: one bad row and nothing is written', async () => {
    const { db, repos, client } = await activeClient()
    const good = {
      id: `${client.id}|2026-11`,
      clientId: client.id,
      partnerId: client.partnerId,
      period: '2026-11',
      callMinutes: 30,
      registrationMinutes: 5,
      contacts: 3,
    }
    const error = await repos.usage.importRows([good, { ...good, id: 'x|2026-11', clientId: 'x', callMinutes: -1 }], 'bestand.csv').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).fieldErrors).toMatchObject({ '1.callMinutes': 'validation.notNegative', '1.clientId': 'validation.clientRequired' })
    expect(await db.usage.count()).toBe(0)
  })
})
