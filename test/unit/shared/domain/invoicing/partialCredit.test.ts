import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '@shared/calendar/dateMath'
import { buildInvoice } from '@shared/domain/invoicing/buildInvoice'
import { correctionInvoice } from '@shared/domain/invoicing/correctionInvoice'
import { finaliseInvoice } from '@shared/domain/invoicing/numbering'
import { creditableClients, invoicesWithCreditableLines, partialCreditInvoice } from '@shared/domain/invoicing/partialCredit'
import { DomainRuleError } from '@shared/domain/errors'
import { invoiceSchema, type Invoice } from '@shared/model/invoice'
import type { Client } from '@shared/model/client'
import type { SubscriptionPeriod } from '@shared/model/subscription'
import { PLANS, SETTINGS, client, d, partner, period } from '../fixtures'

const P1 = partner({ id: 'p1' })
const CLIENTS = [client({ id: 'c1', clientNumber: '1001' }), client({ id: 'c2', clientNumber: '1002' }), client({ id: 'c3', clientNumber: '1003' })]
const TODAY = d('2026-11-28')

function finalInvoice(periods: SubscriptionPeriod[], clients: readonly Client[] = CLIENTS, settings = SETTINGS): Invoice {
  const concept = buildInvoice({
    id: 'orig',
    partner: P1,
    plans: PLANS,
    clients,
    subscriptionPeriods: periods,
    settings,
    period: '2026-11',
    invoiceDate: TODAY,
  })
  if (!concept) throw new Error('nothing billed')
  return finaliseInvoice(concept, {
    existingNumbers: ['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0005', '2026-0006'],
    finalisedDate: TODAY,
    paymentTermDays: 14,
  })
}

const ORIGINAL_PERIODS = [
  period('c1', 'plus', '2026-06-01', null),
  period('c2', 'basis', '2026-06-01', '2026-11-05'),
  period('c2', 'intensief', '2026-11-05', null),
  period('c3', 'basis', '2026-11-10', null),
]
const credit = (original: Invoice, clientIds: string[], others: Invoice[] = [], reason = 'Verkeerd abonnement') =>
  partialCreditInvoice(original, others, { id: 'cr1', invoiceDate: d('2026-12-01'), paymentTermDays: 14, clientIds, reason })

describe('partialCreditInvoice (spec rule 7: credit some client lines)', () => {
  const original = finalInvoice(ORIGINAL_PERIODS)

  it('credits only the chosen clients, every line of them, negated, with the reason and the original', () => {
    const note = credit(original, ['c2'])
    expect(invoiceSchema.parse(note)).toEqual(note)
    expect(note).toMatchObject({
      kind: 'creditnota',
      status: 'concept',
      number: null,
      correctsInvoiceId: 'orig',
      correctsInvoiceNumber: '2026-0007',
      creditReason: 'Verkeerd abonnement',
      invoiceDate: '2026-12-01',
      dueDate: '2026-12-15',
    })
    const c2 = original.lines.filter((l) => l.clientId === 'c2')
    expect(note.lines).toEqual(c2.map((l) => ({ ...l, amountCents: -l.amountCents })))
    expect(note.subtotalCents).toBe(-c2.reduce((s, l) => s + l.amountCents, 0))
    expect(note.planSummary.map((s) => [s.planId, s.clients, s.amountCents])).toEqual(c2.map((l) => [l.planId, 1, -l.amountCents]))
    expect(note.partner).toEqual(original.partner)
  })

  it('VAT is computed over the credited lines as for an invoice', () => {
    const taxed = finalInvoice(ORIGINAL_PERIODS, CLIENTS, { ...SETTINGS, vatRatePercent: 21 })
    const note = credit(taxed, ['c1', 'c3'])
    const sub = taxed.lines.filter((l) => l.clientId !== 'c2').reduce((s, l) => s + l.amountCents, 0)
    expect(note.subtotalCents).toBe(-sub)
    expect(note.vatCents).toBe(-Math.round((sub * 21) / 100))
    expect(note.totalCents).toBe(note.subtotalCents + note.vatCents)
  })

  it('all clients chosen: the whole invoice negated', () => {
    const note = credit(original, ['c1', 'c2', 'c3'])
    expect(note.totalCents).toBe(-original.totalCents)
    expect(note.lines).toHaveLength(original.lines.length)
  })

  it.each<[string, () => Invoice, string]>([
    ['no client chosen', () => credit(original, []), 'geen-regels-gekozen'],
    ['no reason', () => credit(original, ['c1'], [], '  '), 'creditreden-ontbreekt'],
    ['a client not on the invoice', () => credit(original, ['c9']), 'regel-niet-op-factuur'],
    ['a concept', () => credit({ ...original, status: 'concept', number: null }, ['c1']), 'niet-crediteerbaar'],
    ['a credit note', () => credit({ ...original, kind: 'creditnota' }, ['c1']), 'niet-crediteerbaar'],
    ['a client credited before (concept credit note)', () => credit(original, ['c1', 'c2'], [credit(original, ['c2'])]), 'regel-al-gecrediteerd'],
  ])('refuses %s', (_, make, code) => {
    expect(make).toThrow(DomainRuleError)
    try {
      make()
    } catch (error) {
      expect((error as DomainRuleError).code).toBe(code)
    }
  })

  it('names the clients credited before', () => {
    const earlier = { ...credit(original, ['c2']), status: 'definitief' as const, number: '2026-0008' }
    expect(() => credit(original, ['c2'], [earlier])).toThrow(/1002/)
    expect(credit(original, ['c1'], [earlier]).lines.every((l) => l.clientId === 'c1')).toBe(true)
  })

  it('lists the clients for the dialog and which invoices still have creditable lines', () => {
    const earlier = credit(original, ['c1', 'c3'])
    expect(creditableClients(original, [earlier]).map((c) => [c.clientNumber, c.lines.length, c.credited])).toEqual([
      ['1001', 1, true],
      ['1002', 2, false],
      ['1003', 1, true],
    ])
    expect([...invoicesWithCreditableLines([original, earlier])]).toEqual(['orig'])
    expect([...invoicesWithCreditableLines([original, earlier, credit(original, ['c2'])])]).toEqual([])
  })
})

describe('correctionInvoice', () => {
  const original = finalInvoice(ORIGINAL_PERIODS)
  const input = (periods: SubscriptionPeriod[], clientIds: string[]) => ({
    id: 'corr',
    partner: P1,
    plans: PLANS,
    clients: CLIENTS,
    subscriptionPeriods: periods,
    settings: SETTINGS,
    invoiceDate: d('2026-12-01'),
    clientIds,
  })

  it('bills the chosen clients again from the current data, marked as correcting the original', () => {
    const now = [...ORIGINAL_PERIODS.filter((p) => p.clientId !== 'c2'), period('c2', 'basis', '2026-06-01', null)]
    const corr = correctionInvoice(original, input(now, ['c2']))
    expect(corr).toMatchObject({
      kind: 'factuur',
      status: 'concept',
      period: '2026-11',
      correctsInvoiceId: 'orig',
      correctsInvoiceNumber: '2026-0007',
      subtotalCents: 5000,
    })
    expect(corr?.lines.map((l) => l.clientId)).toEqual(['c2'])
    expect(corr?.creditReason).toBeUndefined()
  })

  it('null when the current data bills the chosen clients nothing', () => {
    const now = ORIGINAL_PERIODS.filter((p) => p.clientId !== 'c3')
    expect(correctionInvoice(original, input(now, ['c3']))).toBeNull()
  })
})

describe('property: credit + correction make the original what the current data bills', () => {
  const base = d('2026-10-26')
  const planIds = PLANS.map((p) => p.id)
  const clientPeriods = (clientId: string) =>
    fc
      .record({
        plan: fc.constantFrom(...planIds),
        start: fc.integer({ min: -40, max: 30 }),
        length: fc.option(fc.integer({ min: 1, max: 60 })),
        change: fc.option(fc.record({ after: fc.integer({ min: 1, max: 20 }), plan: fc.constantFrom(...planIds) })),
      })
      .map(({ plan, start, length, change }): SubscriptionPeriod[] => {
        const from = addDays(base, start)
        const until = length === null ? null : addDays(from, length)
        if (change === null) return [period(clientId, plan, from, until)]
        const switchAt = addDays(from, change.after)
        if (until !== null && switchAt >= until) return [period(clientId, plan, from, until)]
        return [period(clientId, plan, from, switchAt), period(clientId, change.plan, switchAt, until)]
      })
  const ids = ['c1', 'c2', 'c3', 'c4', 'c5']
  const clients = ids.map((id, i) => client({ id, clientNumber: String(1001 + i) }))
  const data = fc.tuple(...ids.map(clientPeriods))

  it('original + credit + correction = a fresh invoice over the current data; unchosen lines untouched', () => {
    fc.assert(
      fc.property(data, data, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.constantFrom(0, 9, 21), (before, after, pick, vat) => {
        const settings = { ...SETTINGS, vatRatePercent: vat }
        const concept = buildInvoice({
          id: 'orig',
          partner: P1,
          plans: PLANS,
          clients,
          subscriptionPeriods: before.flat(),
          settings,
          period: '2026-11',
          invoiceDate: TODAY,
        })
        fc.pre(concept !== null)
        const original = finaliseInvoice(concept, { existingNumbers: [], finalisedDate: TODAY, paymentTermDays: 14 })
        const billed = [...new Set(original.lines.map((l) => l.clientId))]
        const chosen = billed.filter((_, i) => pick[i % pick.length])
        fc.pre(chosen.length > 0)
        // The current data: the chosen clients changed, the others as they were billed.
        const current = ids.flatMap((id, i) => (chosen.includes(id) ? after[i]! : before[i]!))
        const note = partialCreditInvoice(original, [], { id: 'cr', invoiceDate: TODAY, paymentTermDays: 14, clientIds: chosen, reason: 'r' })
        const corr = correctionInvoice(original, {
          id: 'corr',
          partner: P1,
          plans: PLANS,
          clients,
          subscriptionPeriods: current,
          settings,
          invoiceDate: TODAY,
          clientIds: chosen,
        })
        const fresh = buildInvoice({
          id: 'fresh',
          partner: P1,
          plans: PLANS,
          clients,
          subscriptionPeriods: current,
          settings,
          period: '2026-11',
          invoiceDate: TODAY,
        })

        expect(note.lines.every((l) => chosen.includes(l.clientId))).toBe(true)
        expect(note.lines.length).toBe(original.lines.filter((l) => chosen.includes(l.clientId)).length)
        expect(note.planSummary.reduce((s, p) => s + p.amountCents, 0)).toBe(note.subtotalCents)
        expect(original.subtotalCents + note.subtotalCents + (corr?.subtotalCents ?? 0)).toBe(fresh?.subtotalCents ?? 0)
        // VAT is rounded per document, so across three documents the totals may differ by the roundings only.
        const drift = original.totalCents + note.totalCents + (corr?.totalCents ?? 0) - (fresh?.totalCents ?? 0)
        expect(Math.abs(drift)).toBeLessThanOrEqual(vat === 0 ? 0 : 2)
      }),
      { numRuns: 300 },
    )
  })
})
