import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { billingPeriod } from '@shared/calendar/billingPeriod'
import { addDays, daysBetween, fromDayNumber, maxDate, minDate, toDayNumber } from '@shared/calendar/dateMath'
import { buildInvoice, buildInvoices, clientInvoiceLines, invoiceTotals } from '@shared/domain/invoicing/buildInvoice'
import { proRataCents, divideRounded } from '@shared/domain/rounding'
import { invoiceSchema, type InvoiceLine } from '@shared/model/invoice'
import type { SubscriptionPeriod } from '@shared/model/subscription'
import { PLANS, SETTINGS, client, d, partner, period, plan } from '../fixtures'

const P1 = partner({ id: 'p1', kvkNumber: '12345678', oin: '00000001123456780000', purchaseOrderReference: 'IO-2026-17' })
const plansById = new Map(PLANS.map((p) => [p.id, p]))
const invoiceFor = (periods: SubscriptionPeriod[], name = '2026-11', extra: Partial<typeof SETTINGS> = {}) =>
  buildInvoice({
    id: 'inv1',
    partner: P1,
    plans: PLANS,
    clients: [client({ id: 'c1', clientNumber: '1001' })],
    subscriptionPeriods: periods,
    settings: { ...SETTINGS, ...extra },
    period: name,
    invoiceDate: d('2026-11-26'),
  })
const lineSummary = (lines: InvoiceLine[] | undefined) => lines?.map((l) => [l.planId, l.from, l.until, l.billedDays, l.amountCents])

describe('rounding (spec rule 7)', () => {
  it.each([
    [10000, 16, 31, 5161], // spec example: € 100,00, 16 of 31 days → € 51,61
    [10000, 31, 31, 10000],
    [10000, 1, 31, 323], // 322.58
    [14, 1, 28, 1], // exactly 0.5 → 1
    [42, 1, 28, 2], // exactly 1.5 → 2
    [-14, 1, 28, -1], // -0.5 → -1 (away from zero)
    [0, 10, 31, 0],
    [10000, 29, 29, 10000],
  ])('fee %i × %i / %i = %i cents', (fee, days, periodDays, cents) => {
    expect(proRataCents(fee, days, periodDays)).toBe(cents)
  })

  it('never yields -0', () => {
    expect(Object.is(divideRounded(0, -5), 0)).toBe(true)
    expect(Object.is(divideRounded(-1, 5), 0)).toBe(true)
  })
})

describe('buildInvoice: table (spec rule 7)', () => {
  it('spec example: fee € 100,00, activation 10-11-2026 → 16 days, € 51,61', () => {
    const invoice = invoiceFor([period('c1', 'plus', '2026-11-10', null)])
    expect(lineSummary(invoice?.lines)).toEqual([['plus', '2026-11-10', '2026-11-26', 16, 5161]])
    expect(invoice?.lines[0]?.periodDays).toBe(31)
    expect(invoice).toMatchObject({ period: '2026-11', periodFrom: '2026-10-26', periodTo: '2026-11-25', subtotalCents: 5161, totalCents: 5161, vatCents: 0 })
  })

  it.each<[string, SubscriptionPeriod[], string, (string | number)[][]]>([
    ['activation on the first day', [period('c1', 'plus', '2026-10-26', null)], '2026-11', [['plus', '2026-10-26', '2026-11-26', 31, 10000]]],
    ['activation on the last day', [period('c1', 'plus', '2026-11-25', null)], '2026-11', [['plus', '2026-11-25', '2026-11-26', 1, 323]]],
    ['activation the day after', [period('c1', 'plus', '2026-11-26', null)], '2026-11', []],
    ['deregistration effective on the first day: nothing billed', [period('c1', 'plus', '2026-06-01', '2026-10-26')], '2026-11', []],
    [
      'deregistration effective on the second day',
      [period('c1', 'plus', '2026-06-01', '2026-10-27')],
      '2026-11',
      [['plus', '2026-10-26', '2026-10-27', 1, 323]],
    ],
    ['leap year period 2028-03 has 29 days', [period('c1', 'plus', '2028-01-01', null)], '2028-03', [['plus', '2028-02-26', '2028-03-26', 29, 10000]]],
    ['leap year, one day', [period('c1', 'plus', '2028-03-25', null)], '2028-03', [['plus', '2028-03-25', '2028-03-26', 1, 345]]],
    ['across the year end', [period('c1', 'basis', '2026-12-31', null)], '2027-01', [['basis', '2026-12-31', '2027-01-26', 26, 4194]]],
    [
      'a change and a deregistration in one period',
      [period('c1', 'plus', '2026-06-01', '2026-11-05'), period('c1', 'intensief', '2026-11-05', '2026-11-20')],
      '2026-11',
      [
        ['plus', '2026-10-26', '2026-11-05', 10, 3226],
        ['intensief', '2026-11-05', '2026-11-20', 15, 9677],
      ],
    ],
    [
      'three plans in one period',
      [period('c1', 'basis', '2026-01-01', '2026-11-01'), period('c1', 'plus', '2026-11-01', '2026-11-11'), period('c1', 'intensief', '2026-11-11', null)],
      '2026-11',
      [
        ['basis', '2026-10-26', '2026-11-01', 6, 968],
        ['plus', '2026-11-01', '2026-11-11', 10, 3226],
        ['intensief', '2026-11-11', '2026-11-26', 15, 9677],
      ],
    ],
  ])('%s', (_name, periods, name, expected) => {
    const invoice = invoiceFor(periods, name)
    if (expected.length === 0) expect(invoice).toBeNull()
    else expect(lineSummary(invoice?.lines)).toEqual(expected)
  })

  it('a plan change on the activation day bills only the new plan', () => {
    // processChangeRequest turns a same-day change into the first period's plan (see lifecycle tests)
    const invoice = invoiceFor([period('c1', 'intensief', '2026-11-10', null)])
    expect(lineSummary(invoice?.lines)).toEqual([['intensief', '2026-11-10', '2026-11-26', 16, 10323]])
  })

  it('VAT per settings; 0% prints the exemption text instead', () => {
    const withVat = invoiceFor([period('c1', 'plus', '2026-11-10', null)], '2026-11', { vatRatePercent: 21 })
    expect(withVat).toMatchObject({ subtotalCents: 5161, vatRatePercent: 21, vatCents: 1084, totalCents: 6245, vatExemptionText: '' })
    const exempt = invoiceFor([period('c1', 'plus', '2026-11-10', null)])
    expect(exempt?.vatRatePercent).toBe(0)
    expect(exempt?.vatExemptionText).toBe(SETTINGS.vatExemptionText)
  })

  it('is a valid Invoice: concept, no number, due date after the payment term, frozen partner data', () => {
    const invoice = invoiceFor([period('c1', 'plus', '2026-11-10', null)])
    expect(invoiceSchema.parse(invoice)).toEqual(invoice)
    expect(invoice).toMatchObject({ kind: 'factuur', status: 'concept', number: null, invoiceDate: '2026-11-26', dueDate: '2026-12-26', finalisedDate: null })
    expect(invoice?.partner).toEqual({
      name: P1.name,
      shortCode: 'P1',
      invoiceAddress: P1.invoiceAddress,
      invoiceEmail: P1.invoiceEmail,
      debtorReference: 'DEB-1',
      kvkNumber: P1.kvkNumber,
      oin: P1.oin,
      purchaseOrderReference: P1.purchaseOrderReference,
    })
    expect(invoice?.partner.invoiceAddress).not.toBe(P1.invoiceAddress)
  })

  it("bills only the partner's clients, orders lines by client number and summarises per plan", () => {
    const clients = [
      client({ id: 'c10', clientNumber: '10' }),
      client({ id: 'c2', clientNumber: '2' }),
      client({ id: 'c3', clientNumber: '3', partnerId: 'p2' }),
      client({ id: 'c4', clientNumber: '4' }),
    ]
    const periods = [
      period('c10', 'plus', '2026-01-01', null),
      period('c2', 'basis', '2026-01-01', '2026-11-01'),
      period('c2', 'plus', '2026-11-01', null),
      period('c3', 'plus', '2026-01-01', null),
      period('c4', 'waakvlam', '2026-01-01', null),
    ]
    const invoice = buildInvoice({
      id: 'i',
      partner: P1,
      plans: PLANS,
      clients,
      subscriptionPeriods: periods,
      settings: SETTINGS,
      period: '2026-11',
      invoiceDate: d('2026-11-26'),
    })
    expect(invoice?.lines.map((l) => l.clientNumber)).toEqual(['2', '2', '4', '10'])
    expect(invoice?.planSummary.map((s) => [s.planCode, s.clients, s.amountCents])).toEqual([
      ['WAAKVLAM', 1, 2500],
      ['BASIS', 1, 968],
      ['PLUS', 2, 10000 + 8065],
    ])
    expect(invoice?.subtotalCents).toBe(2500 + 968 + 8065 + 10000)
  })

  it('buildInvoices gives the same invoices as one call per partner and skips partners with nothing to bill', () => {
    const partners = [P1, partner({ id: 'p2' }), partner({ id: 'p3' })]
    const clients = [client({ id: 'c1' }), client({ id: 'c2', partnerId: 'p2' })]
    const periods = [period('c1', 'plus', '2026-01-01', null), period('c2', 'basis', '2026-11-03', null)]
    const common = { plans: PLANS, clients, subscriptionPeriods: periods, settings: SETTINGS, period: '2026-11', invoiceDate: d('2026-11-26') }
    const all = buildInvoices({ ...common, partners, invoiceId: (p) => `inv-${p.id}` })
    expect(all.map((i) => i.partnerId)).toEqual(['p1', 'p2'])
    expect(all[1]).toEqual(buildInvoice({ ...common, id: 'inv-p2', partner: partners[1]! }))
  })

  it('refuses a subscription on an unknown plan', () => {
    expect(() => invoiceFor([period('c1', 'goud', '2026-11-10', null)])).toThrow(/bestaat niet/)
  })
})

describe('properties', () => {
  const startDay = fc.integer({ min: 1, max: 28 })
  const monthIndex = fc.integer({ min: 2024 * 12, max: 2032 * 12 })
  const periodName = monthIndex.map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)
  const planId = fc.constantFrom(...PLANS.map((p) => p.id))
  // A client's gapless history: activation, then up to 4 changes, optionally ended.
  const history = fc.record({
    activation: fc.integer({ min: toDayNumber(d('2023-06-01')), max: toDayNumber(d('2033-06-01')) }),
    segments: fc.array(fc.record({ length: fc.integer({ min: 1, max: 60 }), planId }), { minLength: 1, maxLength: 5 }),
    open: fc.boolean(),
  })
  const toPeriods = (h: { activation: number; segments: { length: number; planId: string }[]; open: boolean }): SubscriptionPeriod[] => {
    let from = fromDayNumber(h.activation)
    return h.segments.map((s, i) => {
      const until = i === h.segments.length - 1 && h.open ? null : addDays(from, s.length)
      const p: SubscriptionPeriod = { id: `s${i}`, clientId: 'c1', planId: s.planId, from, until }
      if (until) from = until
      return p
    })
  }

  it("billed days never exceed the period, and a gapless client's lines cover exactly its active days", () => {
    fc.assert(
      fc.property(history, periodName, startDay, (h, name, s) => {
        const periods = toPeriods(h)
        const billing = billingPeriod(name, s)
        const lines = clientInvoiceLines(client({ id: 'c1' }), periods, plansById, billing)
        const billed = lines.reduce((sum, l) => sum + l.billedDays, 0)
        const first = periods[0]!.from
        const end = periods.at(-1)!.until ?? billing.until
        const activeFrom = maxDate(first, billing.from)
        const activeUntil = minDate(end, billing.until)
        const active = Math.max(0, daysBetween(activeFrom, activeUntil))
        expect(billed).toBeLessThanOrEqual(billing.days)
        expect(billed).toBe(active)
        lines.forEach((l, i) => {
          expect(l.billedDays).toBeGreaterThan(0)
          if (i > 0) expect(l.from).toBe(lines[i - 1]!.until)
        })
        if (lines.length > 0) expect([lines[0]!.from, lines.at(-1)!.until]).toEqual([activeFrom, activeUntil])
      }),
    )
  })

  it('a full period on one plan costs exactly the fee', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), periodName, startDay, (fee, name, s) => {
        const billing = billingPeriod(name, s)
        const plans = new Map([['x', plan({ id: 'x', monthlyFeeCents: fee })]])
        const lines = clientInvoiceLines(
          client({ id: 'c1' }),
          [{ id: 'a', clientId: 'c1', planId: 'x', from: addDays(billing.from, -5), until: null }],
          plans,
          billing,
        )
        return lines.length === 1 && lines[0]!.amountCents === fee && proRataCents(fee, billing.days, billing.days) === fee
      }),
    )
  })

  it('total = sum of lines + VAT; the plan summary adds up to the subtotal', () => {
    fc.assert(
      fc.property(fc.array(history, { minLength: 1, maxLength: 8 }), periodName, fc.integer({ min: 0, max: 25 }), (histories, name, vat) => {
        const clients = histories.map((_, i) => client({ id: `c${i}`, clientNumber: String(i) }))
        const periods = histories.flatMap((h, i) => toPeriods(h).map((p) => ({ ...p, id: `${i}-${p.id}`, clientId: `c${i}` })))
        const invoice = buildInvoice({
          id: 'i',
          partner: P1,
          plans: PLANS,
          clients,
          subscriptionPeriods: periods,
          settings: { ...SETTINGS, vatRatePercent: vat },
          period: name,
          invoiceDate: d('2026-01-01'),
        })
        if (invoice === null) return true
        const sum = invoice.lines.reduce((s, l) => s + l.amountCents, 0)
        expect(invoice.subtotalCents).toBe(sum)
        expect(invoice.planSummary.reduce((s, p) => s + p.amountCents, 0)).toBe(sum)
        expect(invoice.totalCents).toBe(sum + invoice.vatCents)
        expect(invoice.vatCents).toBe(divideRounded(sum * vat, 100))
        expect(invoiceTotals(invoice.lines, { vatRatePercent: vat, vatExemptionText: '' }).totalCents).toBe(invoice.totalCents)
        return true
      }),
    )
  })
})
