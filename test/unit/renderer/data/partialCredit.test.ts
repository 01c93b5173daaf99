import { describe, expect, it } from 'vitest'
import { buildInvoice } from '@shared/domain/invoicing/buildInvoice'
import { correctionInvoice } from '@shared/domain/invoicing/correctionInvoice'
import { parseCalendarDate as d, type Invoice, type SubscriptionPeriod } from '@shared/model'
import { RuleError } from '@renderer/data/errors'
import { clientInput, partnerInput, planInput, testData, useRealOperator } from './testDb'

/** A partner with two clients on one plan, a final invoice 2026-0001 for 2026-11, and a way to build a correction. */
async function finalInvoice() {
  const data = testData()
  const { repos } = data
  await useRealOperator(repos)
  const plan = await repos.plans.create(planInput({ monthlyFeeCents: 10000, isExample: false }))
  const partner = await repos.partners.create(partnerInput())
  const a = await repos.clients.create(clientInput(partner, plan, { clientNumber: 'P-1001' }))
  const b = await repos.clients.create(clientInput(partner, plan, { clientNumber: 'P-1002', lastName: 'de Vries' }))
  await repos.clients.activate(a.id, d('2026-11-10'))
  await repos.clients.activate(b.id, d('2026-11-03'))
  const input = async (periods?: (all: SubscriptionPeriod[]) => SubscriptionPeriod[]) => {
    const all = await repos.subscriptionPeriods.listByPartner(partner.id)
    return {
      partner,
      plans: await repos.plans.list(),
      clients: await repos.clients.listByPartner(partner.id),
      subscriptionPeriods: periods ? periods(all) : all,
      settings: await repos.settings.get(),
      invoiceDate: d('2026-12-01'),
    }
  }
  const concept = buildInvoice({ ...(await input()), id: 'orig', period: '2026-11' })
  if (!concept) throw new Error('nothing billed')
  await repos.invoices.saveConcepts([concept])
  const original = await repos.invoices.finalise(concept.id, d('2026-11-27'))
  const correction = async (clientIds: string[], periods?: (all: SubscriptionPeriod[]) => SubscriptionPeriod[]): Promise<Invoice | null> =>
    correctionInvoice(original, { ...(await input(periods)), id: 'new', clientIds })
  return { ...data, original, a, b, correction }
}

describe('invoices repository: partial credit and correction', () => {
  it('stores the credit note for the chosen client with its reason and the correction from the current data, both audited', async () => {
    const { repos, db, original, a, correction } = await finalInvoice()
    expect(original.totalCents).toBe(5161 + 7419)
    // Client a should have started on 20-11: 6 days instead of 16.
    const corrected = await correction([a.id], (all) => all.map((p) => (p.clientId === a.id ? { ...p, from: d('2026-11-20') } : p)))
    const { credit, correction: stored } = await repos.invoices.createPartialCredit({
      originalId: original.id,
      clientIds: [a.id],
      reason: 'Startdatum was 20-11',
      invoiceDate: d('2026-12-01'),
      correction: corrected,
    })
    expect(credit).toMatchObject({
      kind: 'creditnota',
      status: 'concept',
      totalCents: -5161,
      correctsInvoiceId: original.id,
      correctsInvoiceNumber: '2026-0001',
      creditReason: 'Startdatum was 20-11',
    })
    expect(stored).toMatchObject({ kind: 'factuur', status: 'concept', totalCents: 1935, correctsInvoiceId: original.id, correctsInvoiceNumber: '2026-0001' })
    expect(stored?.id).not.toBe('new')
    const events = (await db.auditEntries.toArray()).slice(-2).map((e) => [e.event, e.params])
    expect(events).toEqual([
      ['partialCreditNoteCreated', { number: '2026-0001', partner: original.partner.name, clients: 'P-1001', reason: 'Startdatum was 20-11' }],
      ['correctionInvoiceCreated', { number: '2026-0001', partner: original.partner.name, clients: 'P-1001' }],
    ])

    // Both finalise with the next numbers; the original still stands for its other client.
    const [cr, corr] = await repos.invoices.finaliseAll([credit.id, stored?.id ?? ''], d('2026-12-01'))
    expect([cr?.number, corr?.number]).toEqual(['2026-0002', '2026-0003'])
    // A monthly run leaves the partner alone (its invoice stands) and never replaces the correction.
    expect((await repos.invoices.saveConcepts([{ ...original, id: 'again', status: 'concept', number: null, finalisedDate: null }])).skippedFinal).toHaveLength(
      1,
    )
  })

  it('refuses a client credited before (concept credit note), keeps the other client creditable, and writes nothing on refusal', async () => {
    const { repos, original, a, b, correction } = await finalInvoice()
    await repos.invoices.createPartialCredit({
      originalId: original.id,
      clientIds: [a.id],
      reason: 'Fout',
      invoiceDate: d('2026-12-01'),
      correction: await correction([a.id]),
    })
    const count = (await repos.invoices.list()).length
    const again = repos.invoices.createPartialCredit({
      originalId: original.id,
      clientIds: [a.id, b.id],
      reason: 'Nog eens',
      invoiceDate: d('2026-12-01'),
      correction: await correction([a.id, b.id]),
    })
    await expect(again).rejects.toBeInstanceOf(RuleError)
    await expect(again).rejects.toMatchObject({ ruleCode: 'regel-al-gecrediteerd', params: { number: '2026-0001', clients: 'P-1001' } })
    expect((await repos.invoices.list()).length).toBe(count)
    const other = await repos.invoices.createPartialCredit({
      originalId: original.id,
      clientIds: [b.id],
      reason: 'Ook fout',
      invoiceDate: d('2026-12-01'),
      correction: null,
    })
    expect(other.credit.totalCents).toBe(-7419)
    expect(other.correction).toBeNull()
  })

  it('refuses a correction that is not for the chosen clients of this invoice', async () => {
    const { repos, original, a, b, correction } = await finalInvoice()
    const wrong = await correction([b.id])
    await expect(
      repos.invoices.createPartialCredit({ originalId: original.id, clientIds: [a.id], reason: 'Fout', invoiceDate: d('2026-12-01'), correction: wrong }),
    ).rejects.toBeInstanceOf(RuleError)
    expect((await repos.invoices.list()).length).toBe(1)
  })
})
