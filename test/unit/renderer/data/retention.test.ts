import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { buildInvoice } from '@shared/domain/invoicing/buildInvoice'
import { ANONYMISED_NAME, ANONYMISED_VALUE, parseCalendarDate as d, type CalendarDate } from '@shared/model'
import { RuleError } from '@renderer/data/errors'
import { clientInput, partnerInput, planInput, testData, useRealOperator } from './testDb'

/** Three clients deregistered on 01-12-2026 (due 01-12-2028 with 24 months) and one still active. */
async function setup() {
  const data = testData('retention')
  const { repos } = data
  await useRealOperator(repos)
  const plan = await repos.plans.create(planInput({ monthlyFeeCents: 10000, isExample: false }))
  const partner = await repos.partners.create(partnerInput())
  const deregistered = async (lastName: string) => {
    const client = await repos.clients.create(
      clientInput(partner, plan, { clientNumber: `P-${lastName.length}${lastName.charCodeAt(0)}`, lastName, notes: `notitie over ${lastName}` }),
    )
    await repos.clients.activate(client.id, d('2026-11-10'))
    const dereg = await repos.deregistrations.create({ clientId: client.id, receivedDate: d('2026-11-16'), requestedDate: d('2026-12-01') })
    await repos.deregistrations.process(dereg.id, d('2026-11-17'))
    return client
  }
  const a = await deregistered('Aalbers')
  const b = await deregistered('Bakker')
  const c = await deregistered('Claassen')
  const active = await repos.clients.create(clientInput(partner, plan, { clientNumber: 'P-Dekker', lastName: 'Dekker' }))
  await repos.clients.activate(active.id, d('2026-11-10'))
  return { ...data, plan, partner, due: [a, b, c], active }
}

async function chainOk(data: Awaited<ReturnType<typeof setup>>) {
  const entries = (await data.db.auditEntries.orderBy(':id').toArray()) as ChainedEntry[]
  return verifyChain(entries).ok
}

describe('clients due for anonymisation', () => {
  it('lists the deregistered clients whose retention ended, with the dates', async () => {
    const { repos, due, partner } = await setup()
    expect(await repos.clients.dueForAnonymisation(d('2028-11-30'))).toEqual([])
    const rows = await repos.clients.dueForAnonymisation(d('2028-12-01'))
    expect(rows.map((r) => r.clientId).sort()).toEqual(due.map((c) => c.id).sort())
    expect(rows[0]).toMatchObject({ deregisteredOn: '2026-12-01', dueSince: '2028-12-01', partnerId: partner.id })
  })
})

describe('clients.anonymiseMany', () => {
  it("removes the anonymised clients' unsaved form drafts, which may hold their BSN, and keeps the others'", async () => {
    const { repos, due, active } = await setup()
    const [first] = due
    await repos.drafts.keep({ key: `client:${first!.id}`, recordId: first!.id, values: { bsn: '111222333' } })
    await repos.drafts.keep({ key: `lifecycle-intake:${first!.id}`, recordId: first!.id, values: { formSentDate: '01-12-2026' } })
    await repos.drafts.keep({ key: `client:${active.id}`, recordId: active.id, values: { bsn: '123456782' } })
    await repos.clients.anonymiseMany([first!.id], d('2029-01-15'))
    expect(await repos.drafts.get(`client:${first!.id}`)).toBeUndefined()
    expect(await repos.drafts.get(`lifecycle-intake:${first!.id}`)).toBeUndefined()
    expect(await repos.drafts.get(`client:${active.id}`)).toBeDefined()
  })

  it('removes the kept start page, whose lists may name the anonymised clients', async () => {
    const { repos, due } = await setup()
    const kept = { key: 'overview', mark: { id: 1, hash: 'abc' }, today: d('2029-01-15'), settings: '{}', value: { rows: [due[0]!.lastName] } } as const
    await repos.keptResults.keep(kept)
    await repos.clients.anonymiseMany([due[0]!.id], d('2029-01-15'))
    expect(await repos.keptResults.get('overview', z.unknown())).toBeUndefined()
  })

  const today: CalendarDate = d('2029-01-15')

  it('anonymises the selection in one transaction, one entry per client plus one for the batch, chain intact', async () => {
    const data = await setup()
    const { repos, db, due } = data
    const before = await db.auditEntries.count()
    const done = await repos.clients.anonymiseMany(
      due.map((c) => c.id),
      today,
    )
    expect(done.map((c) => [c.lastName, c.notes, c.anonymisedDate])).toEqual(due.map(() => [ANONYMISED_NAME, '', '2029-01-15']))
    const entries = await db.auditEntries.where('id').above(0).offset(before).toArray()
    expect(entries.map((e) => e.event)).toEqual(['clientAnonymised', 'clientAnonymised', 'clientAnonymised', 'retentionBatchAnonymised'])
    expect(entries.at(-1)?.params).toEqual({ clients: 3, invoices: 0 })
    // No personal value left in the trail about these clients.
    const trail = JSON.stringify(await db.auditEntries.where('entity').equals('client').toArray())
    for (const name of ['Aalbers', 'Bakker', 'Claassen']) expect(trail).not.toContain(name)
    expect(trail).toContain('Dekker')
    expect(await chainOk(data)).toBe(true)
    expect(await repos.clients.dueForAnonymisation(today)).toEqual([])
  })

  it('changes nothing when a client in the middle of the selection is refused', async () => {
    const data = await setup()
    const { repos, db, due, active } = data
    const [a, b] = due
    const tables = async () => JSON.stringify([await db.clients.toArray(), await db.auditEntries.toArray()])
    const snapshot = await tables()
    await expect(repos.clients.anonymiseMany([a!.id, active.id, b!.id], today)).rejects.toBeInstanceOf(RuleError)
    // The refusal itself is a business rule: no failure entry is added either.
    expect(await tables()).toBe(snapshot)
    expect(await chainOk(data)).toBe(true)
    expect((await repos.clients.get(a!.id))?.anonymisedDate).toBeNull()
  })

  it('refuses a client whose retention has not ended, with its date', async () => {
    const { repos, due } = await setup()
    await expect(repos.clients.anonymiseMany([due[0]!.id], d('2028-11-30'))).rejects.toMatchObject({ ruleCode: 'bewaartermijn' })
  })
})

describe('frozen invoice copies', () => {
  async function withFinalInvoice() {
    const data = await setup()
    const { repos, partner } = data
    const invoice = buildInvoice({
      id: 'inv-1',
      partner,
      plans: await repos.plans.list(),
      clients: await repos.clients.listByPartner(partner.id),
      subscriptionPeriods: await repos.subscriptionPeriods.listByPartner(partner.id),
      settings: await repos.settings.get(),
      period: '2026-11',
      invoiceDate: d('2026-11-26'),
    })
    if (!invoice) throw new Error('nothing billed')
    await repos.invoices.saveConcepts([invoice])
    const final = await repos.invoices.finalise(invoice.id, d('2026-11-27'))
    return { ...data, final }
  }

  it('are due from the first day of the 8th year after the invoice year, and lose only the names', async () => {
    const data = await withFinalInvoice()
    const { repos, db, final } = data
    expect(await repos.invoices.frozenCopiesDue(d('2033-12-31'))).toEqual([])
    const due = await repos.invoices.frozenCopiesDue(d('2034-01-01'))
    expect(due).toEqual([{ id: final.id, number: final.number, partnerName: final.partner.name, invoiceDate: '2026-11-27', dueSince: '2034-01-01', lines: 4 }])
    expect(await repos.invoices.anonymiseFrozenCopies([final.id], d('2034-01-01'))).toBe(1)
    const after = await repos.invoices.get(final.id)
    expect(after?.lines.map((l) => l.clientName)).toEqual(final.lines.map(() => ANONYMISED_VALUE))
    expect({ ...after, lines: after?.lines.map((l) => ({ ...l, clientName: '' })) }).toEqual({
      ...final,
      lines: final.lines.map((l) => ({ ...l, clientName: '' })),
    })
    const last = await db.auditEntries.orderBy('id').reverse().limit(2).toArray()
    expect(last.map((e) => e.event)).toEqual(['retentionBatchAnonymised', 'invoiceCopyAnonymised'])
    expect(JSON.stringify(last)).not.toContain('Aalbers')
    expect(await chainOk(data)).toBe(true)
    expect(await repos.invoices.frozenCopiesDue(d('2034-01-01'))).toEqual([])
  })

  it('refuses a copy that is not due and changes nothing', async () => {
    const { repos, final } = await withFinalInvoice()
    await expect(repos.invoices.anonymiseFrozenCopies([final.id], d('2033-12-31'))).rejects.toMatchObject({ ruleCode: 'bewaartermijn' })
    expect(await repos.invoices.get(final.id)).toEqual(final)
  })
})
