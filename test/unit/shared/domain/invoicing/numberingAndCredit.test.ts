import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildInvoice } from '@shared/domain/invoicing/buildInvoice'
import { creditInvoice } from '@shared/domain/invoicing/creditInvoice'
import { finaliseInvoice, nextInvoiceNumber, numbersIssuedBefore } from '@shared/domain/invoicing/numbering'
import { DomainRuleError } from '@shared/domain/errors'
import { invoiceSchema, type Invoice } from '@shared/model/invoice'
import { PLANS, SETTINGS, client, d, partner, period } from '../fixtures'

describe('nextInvoiceNumber (spec rule 7, F1)', () => {
  it.each<[string[], number, string]>([
    [[], 2026, '2026-0001'],
    [['2026-0001', '2026-0002'], 2026, '2026-0003'],
    [['2026-0002', '2026-0001'], 2026, '2026-0003'],
    [['2025-0001', '2025-0002', '2025-0003'], 2026, '2026-0001'], // a new year starts again at 1
    [['2025-0041', '2026-0001'], 2026, '2026-0002'],
  ])('%j in %i → %s', (existing, year, next) => {
    expect(nextInvoiceNumber(existing, year)).toBe(next)
  })

  it.each<[string[], RegExp]>([
    [['2026-0001', '2026-0003'], /gat.*2026-0002 ontbreekt/],
    [['2026-0002'], /2026-0001 ontbreekt/],
    [['2026-0001', '2026-0001'], /dubbel/],
    [['2026-01'], /Ongeldig/],
    [['2026-0000'], /Ongeldig/],
  ])('refuses a damaged series %j', (existing, message) => {
    expect(() => nextInvoiceNumber(existing, 2026)).toThrow(message)
  })

  it('stops at 9999', () => {
    const all = Array.from({ length: 9999 }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`)
    expect(() => nextInvoiceNumber(all, 2026)).toThrow(DomainRuleError)
  })

  it('property: numbering n times gives 0001…n without gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
        const numbers: string[] = []
        for (let i = 0; i < n; i++) numbers.push(nextInvoiceNumber(numbers, 2027))
        return numbers.every((x, i) => x === `2027-${String(i + 1).padStart(4, '0')}`)
      }),
    )
  })
})

describe('continuing the numbers an earlier system issued this year', () => {
  it('starts after the last number issued before, and finds a gap or a double against that start', () => {
    expect(nextInvoiceNumber([], 2027, 412)).toBe('2027-0413')
    expect(nextInvoiceNumber(['2027-0413', '2027-0414', '2026-0001'], 2027, 412)).toBe('2027-0415')
    expect(() => nextInvoiceNumber(['2027-0414'], 2027, 412)).toThrow(
      expect.objectContaining({ code: 'gat-in-nummering', params: { year: 2027, number: '2027-0413' } }),
    )
    // A stored number the earlier system also issued would be a double.
    expect(() => nextInvoiceNumber(['2027-0412'], 2027, 412)).toThrow(expect.objectContaining({ code: 'dubbel-factuurnummer' }))
    expect(() => nextInvoiceNumber([], 2027, 9999)).toThrow(DomainRuleError)
  })

  it('applies to the year the settings name only', () => {
    expect(numbersIssuedBefore({ year: 2027, lastNumber: 412 }, 2027)).toBe(412)
    expect(numbersIssuedBefore({ year: 2027, lastNumber: 412 }, 2028)).toBe(0)
    expect(numbersIssuedBefore(undefined, 2027)).toBe(0)
  })

  it('property: after k earlier numbers, numbering n times gives k+1…k+n without gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 100 }), (k, n) => {
        const numbers: string[] = []
        for (let i = 0; i < n; i++) numbers.push(nextInvoiceNumber(numbers, 2027, k))
        return numbers.every((x, i) => x === `2027-${String(k + i + 1).padStart(4, '0')}`)
      }),
    )
  })
})

function concept(): Invoice {
  const invoice = buildInvoice({
    id: 'inv1',
    partner: partner({ id: 'p1' }),
    plans: PLANS,
    clients: [client({ id: 'c1' }), client({ id: 'c2' })],
    subscriptionPeriods: [
      period('c1', 'plus', '2026-11-10', null),
      period('c2', 'basis', '2026-01-01', '2026-11-05'),
      period('c2', 'intensief', '2026-11-05', null),
    ],
    settings: { ...SETTINGS, vatRatePercent: 21 },
    period: '2026-11',
    invoiceDate: d('2026-11-26'),
  })
  if (!invoice) throw new Error('fixture has lines')
  return invoice
}

describe('finaliseInvoice', () => {
  it('assigns the next number of the year, dates the invoice and freezes it', () => {
    const final = finaliseInvoice(concept(), { existingNumbers: ['2026-0001'], finalisedDate: d('2026-11-28'), paymentTermDays: 14 })
    expect(final).toMatchObject({ status: 'definitief', number: '2026-0002', invoiceDate: '2026-11-28', dueDate: '2026-12-12', finalisedDate: '2026-11-28' })
    expect(final.lines).toEqual(concept().lines)
    expect(() => finaliseInvoice(final, { existingNumbers: ['2026-0001', '2026-0002'], finalisedDate: d('2026-11-29'), paymentTermDays: 14 })).toThrow(
      /al definitief/,
    )
  })

  it('numbers by the year of finalisation', () => {
    const final = finaliseInvoice(concept(), { existingNumbers: ['2026-0001', '2026-0002'], finalisedDate: d('2027-01-04'), paymentTermDays: 30 })
    expect(final.number).toBe('2027-0001')
  })
})

describe('creditInvoice', () => {
  const final = finaliseInvoice(concept(), { existingNumbers: [], finalisedDate: d('2026-11-28'), paymentTermDays: 30 })

  it('exactly negates the final invoice and references it', () => {
    const credit = creditInvoice(final, { id: 'cr1', invoiceDate: d('2026-12-02'), paymentTermDays: 30 })
    expect(invoiceSchema.parse(credit)).toEqual(credit)
    expect(credit).toMatchObject({
      kind: 'creditnota',
      status: 'concept',
      number: null,
      correctsInvoiceId: 'inv1',
      correctsInvoiceNumber: '2026-0001',
      invoiceDate: '2026-12-02',
    })
    expect(credit.totalCents).toBe(-final.totalCents)
    expect(credit.lines.map((l) => l.amountCents)).toEqual(final.lines.map((l) => -l.amountCents))
    expect(credit.lines.map((l) => l.billedDays)).toEqual(final.lines.map((l) => l.billedDays))
    expect(credit.partner).toEqual(final.partner)
    const numbered = finaliseInvoice(credit, { existingNumbers: ['2026-0001'], finalisedDate: d('2026-12-02'), paymentTermDays: 30 })
    expect(numbered.number).toBe('2026-0002')
  })

  it('refuses a concept or a credit invoice', () => {
    expect(() => creditInvoice(concept(), { id: 'x', invoiceDate: d('2026-12-02'), paymentTermDays: 30 })).toThrow(/definitieve factuur/)
    const credit = creditInvoice(final, { id: 'cr1', invoiceDate: d('2026-12-02'), paymentTermDays: 30 })
    const creditFinal = finaliseInvoice(credit, { existingNumbers: ['2026-0001'], finalisedDate: d('2026-12-02'), paymentTermDays: 30 })
    expect(() => creditInvoice(creditFinal, { id: 'y', invoiceDate: d('2026-12-03'), paymentTermDays: 30 })).toThrow(DomainRuleError)
  })

  it('property: a credit invoice plus its original sums to zero, line by line, with no -0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (amounts) => {
        const lines = amounts.map((amountCents, i) => ({ ...final.lines[0]!, clientId: `c${i}`, amountCents }))
        const subtotal = amounts.reduce((a, b) => a + b, 0)
        const original: Invoice = { ...final, lines, subtotalCents: subtotal, vatCents: 0, totalCents: subtotal }
        const credit = creditInvoice(original, { id: 'x', invoiceDate: d('2026-12-02'), paymentTermDays: 30 })
        credit.lines.forEach((l, i) => {
          expect(l.amountCents + lines[i]!.amountCents).toBe(0)
          if (lines[i]!.amountCents === 0) expect(Object.is(l.amountCents, 0)).toBe(true)
        })
        expect(credit.totalCents + original.totalCents).toBe(0)
        expect(credit.subtotalCents + original.subtotalCents).toBe(0)
        expect(credit.vatCents + original.vatCents).toBe(0)
        expect(credit.planSummary.reduce((s, p) => s + p.amountCents, 0) + original.planSummary.reduce((s, p) => s + p.amountCents, 0)).toBe(0)
      }),
    )
  })
})
