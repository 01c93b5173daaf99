import { describe, expect, it } from 'vitest'
import { buildInvoice } from '@shared/domain/invoicing/buildInvoice'
import { defaultSettings, parseCalendarDate as d, type Invoice } from '@shared/model'
import { FinaliseRefusedError, RuleError, ValidationError } from '@renderer/data/errors'
import { SETTINGS_KEY } from '@renderer/data/db'
import { partnerInput, REAL_OPERATOR, testData, seedBilledClient } from './testDb'

async function billedPartner() {
  const data = testData()
  const { repos } = data
  const { partner } = await seedBilledClient(repos)
  let n = 0
  const concept = async (): Promise<Invoice> => {
    const invoice = buildInvoice({
      id: `inv-${++n}`,
      partner,
      plans: await repos.plans.list(),
      clients: await repos.clients.listByPartner(partner.id),
      subscriptionPeriods: await repos.subscriptionPeriods.listByPartner(partner.id),
      settings: await repos.settings.get(),
      period: '2026-11',
      invoiceDate: d('2026-11-26'),
    })
    if (!invoice) throw new Error('nothing billed')
    return invoice
  }
  return { ...data, partner, concept }
}

describe('invoices repository', () => {
  it('stores concepts, replacing the earlier concept of the same partner and period', async () => {
    const { repos, concept } = await billedPartner()
    const first = await concept()
    expect(first.totalCents).toBe(5161)
    expect(await repos.invoices.saveConcepts([first])).toEqual({ saved: 1, replaced: 0, skippedFinal: [] })
    expect(await repos.invoices.saveConcepts([await concept()])).toEqual({ saved: 1, replaced: 1, skippedFinal: [] })
    expect((await repos.invoices.list({ period: '2026-11' })).map((i) => i.id)).toEqual(['inv-2'])
  })

  it('replaces in the order given within one call too: the later concept stands, and the trail says so in order', async () => {
    const { db, repos, concept } = await billedPartner()
    await repos.invoices.saveConcepts([await concept()])
    const trailBefore = await db.auditEntries.count()
    expect(await repos.invoices.saveConcepts([await concept(), await concept()])).toEqual({ saved: 2, replaced: 2, skippedFinal: [] })
    expect((await repos.invoices.list({ period: '2026-11' })).map((i) => i.id)).toEqual(['inv-3'])
    const trail = (await db.auditEntries.toArray()).slice(trailBefore)
    expect(trail.map((e) => [e.event, e.recordId])).toEqual([
      ['conceptInvoiceReplaced', 'inv-1'],
      ['conceptInvoiceCreated', 'inv-2'],
      ['conceptInvoiceReplaced', 'inv-2'],
      ['conceptInvoiceCreated', 'inv-3'],
    ])
  })

  it('numbers gaplessly at finalisation and never lets a final invoice change', async () => {
    const { db, repos, partner, concept } = await billedPartner()
    const invoice = await concept()
    await repos.invoices.saveConcepts([invoice])
    const final = await repos.invoices.finalise(invoice.id, d('2026-11-27'))
    expect(final).toMatchObject({ status: 'definitief', number: '2026-0001', invoiceDate: '2026-11-27', dueDate: '2026-12-27' })
    await expect(repos.invoices.finalise(invoice.id, d('2026-11-28'))).rejects.toBeInstanceOf(RuleError)
    await expect(repos.invoices.removeConcept(invoice.id)).rejects.toBeInstanceOf(RuleError)
    expect(await repos.invoices.saveConcepts([await concept()])).toEqual({ saved: 0, replaced: 0, skippedFinal: [partner.id] })
    expect(await db.auditEntries.where('[entity+recordId]').equals(['invoice', invoice.id]).count()).toBe(2)
  })

  it('a final credit invoice reopens the period for a new invoice, which takes the next number', async () => {
    const { repos, concept } = await billedPartner()
    const invoice = await concept()
    await repos.invoices.saveConcepts([invoice])
    await repos.invoices.finalise(invoice.id, d('2026-11-27'))
    const credit = await repos.invoices.createCredit(invoice.id, d('2026-12-01'))
    expect(credit).toMatchObject({ kind: 'creditnota', status: 'concept', totalCents: -5161, correctsInvoiceNumber: '2026-0001' })
    await expect(repos.invoices.createCredit(invoice.id, d('2026-12-01'))).rejects.toBeInstanceOf(RuleError)
    expect((await repos.invoices.finalise(credit.id, d('2026-12-01'))).number).toBe('2026-0002')
    const again = await concept()
    expect((await repos.invoices.saveConcepts([again])).saved).toBe(1)
    expect((await repos.invoices.finalise(again.id, d('2026-12-02'))).number).toBe('2026-0003')
  })
  it('continues the numbers an earlier system issued this year, a setting that locks once the year has a number', async () => {
    const { repos, db, concept } = await billedPartner()
    const settings = await repos.settings.get()
    await repos.settings.save({ ...settings, invoiceNumbering: { year: 2026, lastNumber: 412 } })
    const entry = await db.auditEntries.orderBy('id').last()
    expect(entry?.changes).toEqual([
      { field: 'invoiceNumbering.year', before: null, after: 2026 },
      { field: 'invoiceNumbering.lastNumber', before: null, after: 412 },
    ])
    const invoice = await concept()
    await repos.invoices.saveConcepts([invoice])
    expect((await repos.invoices.finalise(invoice.id, d('2026-11-27'))).number).toBe('2026-0413')
    // Now 2026 has a number: changing or removing the continuation would break the series.
    const refused = repos.settings.save({ ...settings, invoiceNumbering: { year: 2026, lastNumber: 500 } })
    await expect(refused).rejects.toBeInstanceOf(ValidationError)
    await expect(refused).rejects.toMatchObject({
      issues: [{ path: ['invoiceNumbering', 'lastNumber'], message: 'validation.numberingStarted', params: { year: 2026, number: '2026-0413' } }],
    })
    await expect(repos.settings.save({ ...settings, invoiceNumbering: undefined })).rejects.toBeInstanceOf(ValidationError)
    expect((await repos.settings.get()).invoiceNumbering).toEqual({ year: 2026, lastNumber: 412 })
    // Moving it to another year would leave 2026's series starting at 0413 without its start.
    await expect(repos.settings.save({ ...settings, invoiceNumbering: { year: 2027, lastNumber: 7 } })).rejects.toBeInstanceOf(ValidationError)
  })

  it('finalises several concepts in one transaction, numbered in the order given', async () => {
    const { repos, partner, concept } = await billedPartner()
    const second = await repos.partners.create(partnerInput({ name: 'Zorggroep Zuid', shortCode: 'ZZ' }))
    const first = await concept()
    const other = { ...first, id: 'inv-other', partnerId: second.id, partner: { ...first.partner, name: second.name } }
    await repos.invoices.saveConcepts([first, other])
    const finals = await repos.invoices.finaliseAll([other.id, first.id], d('2026-11-27'))
    expect(finals.map((i) => [i.partnerId, i.number])).toEqual([
      [second.id, '2026-0001'],
      [partner.id, '2026-0002'],
    ])
  })

  it('finalises none when one of them cannot be finalised, so the series keeps no gap', async () => {
    const { db, repos, concept } = await billedPartner()
    const invoice = await concept()
    await repos.invoices.saveConcepts([invoice])
    await expect(repos.invoices.finaliseAll([invoice.id, 'bestaat-niet'], d('2026-11-27'))).rejects.toThrow()
    await expect(repos.invoices.finaliseAll([invoice.id, invoice.id], d('2026-11-27'))).rejects.toBeInstanceOf(RuleError)
    expect(await repos.invoices.get(invoice.id)).toMatchObject({ status: 'concept', number: null })
    expect((await db.auditEntries.toArray()).filter((e) => e.action === 'finalise')).toEqual([])
    expect((await repos.invoices.finaliseAll([invoice.id], d('2026-11-27')))[0]?.number).toBe('2026-0001')
  })

  it('refuses to finalise while a billed plan has its example price or the details are the examples, finalising nothing', async () => {
    const { db, repos, concept } = await billedPartner()
    const [plan] = await repos.plans.list()
    if (!plan) throw new Error('no plan')
    await repos.plans.update({ ...plan, isExample: true })
    await repos.settings.save({ ...(await repos.settings.get()), operator: { ...REAL_OPERATOR, iban: defaultSettings.operator.iban, kvkNumber: '' } })
    const invoice = await concept()
    await repos.invoices.saveConcepts([invoice])
    const refused = await repos.invoices.finaliseAll([invoice.id], d('2026-11-27')).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(FinaliseRefusedError)
    expect(refused).toMatchObject({ ruleCode: 'voorbeeldgegevens', params: { count: 3 } })
    expect((refused as FinaliseRefusedError).problems.map((p) => p.code)).toEqual(['plan-voorbeeldprijs', 'operator-ontbreekt', 'operator-voorbeeld'])
    await expect(repos.invoices.finalise(invoice.id, d('2026-11-27'))).rejects.toBeInstanceOf(FinaliseRefusedError)
    expect(await repos.invoices.get(invoice.id)).toMatchObject({ status: 'concept', number: null })
    expect((await db.auditEntries.toArray()).filter((e) => e.action === 'finalise')).toEqual([])
  })

  it('lets demo data through as it is: its documents say VOORBEELD instead', async () => {
    const { db, repos, concept } = await billedPartner()
    const [plan] = await repos.plans.list()
    if (!plan) throw new Error('no plan')
    await repos.plans.update({ ...plan, isExample: true })
    await db.settings.put({ ...(await repos.settings.get()), operator: defaultSettings.operator, demoData: true, id: SETTINGS_KEY })
    const invoice = await concept()
    await repos.invoices.saveConcepts([invoice])
    expect((await repos.invoices.finaliseAll([invoice.id], d('2026-11-27')))[0]?.number).toBe('2026-0001')
  })

  it('overrides "uw kenmerk" on a concept, audited with the old and new value; refuses it on a final invoice', async () => {
    const { db, repos, concept } = await billedPartner()
    const invoice = await concept()
    await repos.invoices.saveConcepts([invoice])
    const changed = await repos.invoices.setPurchaseOrderReference(invoice.id, '  PO-2026/77  ')
    expect(changed.partner.purchaseOrderReference).toBe('PO-2026/77')
    expect((await repos.invoices.get(invoice.id))?.partner.purchaseOrderReference).toBe('PO-2026/77')
    const entry = await db.auditEntries.orderBy('id').last()
    expect(entry).toMatchObject({
      entity: 'invoice',
      recordId: invoice.id,
      action: 'update',
      event: 'conceptPurchaseOrderReferenceChanged',
      params: { period: '2026-11', partner: invoice.partner.name },
      changes: [{ field: 'partner.purchaseOrderReference', before: invoice.partner.purchaseOrderReference, after: 'PO-2026/77' }],
    })
    await expect(repos.invoices.setPurchaseOrderReference(invoice.id, 'x'.repeat(101))).rejects.toBeInstanceOf(ValidationError)
    await repos.invoices.finalise(invoice.id, d('2026-11-27'))
    const entries = await db.auditEntries.count()
    await expect(repos.invoices.setPurchaseOrderReference(invoice.id, 'PO-later')).rejects.toMatchObject({ ruleCode: 'definitief-ongewijzigd' })
    expect((await repos.invoices.get(invoice.id))?.partner.purchaseOrderReference).toBe('PO-2026/77')
    expect(await db.auditEntries.count()).toBe(entries)
  })
})
