import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { billingPeriod } from '@shared/calendar/billingPeriod'
import { fromDayNumber, toDayNumber } from '@shared/calendar/dateMath'
import { coveredSegments } from '@shared/domain/coverage'
import { aggregateContactRows, usageMinutes, type ContactUsageRow } from '@shared/domain/usage/aggregate'
import { percentOfBundle, proRataBundle } from '@shared/domain/usage/bundle'
import { buildUsageReport, buildUsageReports } from '@shared/domain/usage/usageReport'
import { usageSchema } from '@shared/model/usage'
import { PLANS, client, d, period, usage } from '../fixtures'

const partnerOf = new Map([
  ['c1', 'p1'],
  ['c2', 'p1'],
  ['c3', 'p2'],
])
const row = (clientId: string, date: string, callMinutes: number, registrationMinutes = 0): ContactUsageRow => ({
  clientId,
  date: d(date),
  callMinutes,
  registrationMinutes,
})

describe('aggregateContactRows (spec: Usage)', () => {
  it('sums per client per billing period, counting rows as contacts', () => {
    const result = aggregateContactRows(
      [row('c1', '2026-10-26', 10, 2), row('c1', '2026-11-25', 5.5, 1), row('c1', '2026-11-26', 7), row('c2', '2026-11-01', 3), row('c3', '2026-10-25', 4)],
      26,
      partnerOf,
    )
    expect(result).toEqual([
      { id: 'c3|2026-10', clientId: 'c3', partnerId: 'p2', period: '2026-10', callMinutes: 4, registrationMinutes: 0, contacts: 1 },
      { id: 'c1|2026-11', clientId: 'c1', partnerId: 'p1', period: '2026-11', callMinutes: 15.5, registrationMinutes: 3, contacts: 2 },
      { id: 'c2|2026-11', clientId: 'c2', partnerId: 'p1', period: '2026-11', callMinutes: 3, registrationMinutes: 0, contacts: 1 },
      { id: 'c1|2026-12', clientId: 'c1', partnerId: 'p1', period: '2026-12', callMinutes: 7, registrationMinutes: 0, contacts: 1 },
    ])
    for (const u of result) expect(usageSchema.parse(u)).toEqual(u)
  })

  it('keeps decimal exports exact to the hundredth', () => {
    const [u] = aggregateContactRows([row('c1', '2026-11-01', 0.1), row('c1', '2026-11-02', 0.2)], 26, partnerOf)
    expect(u?.callMinutes).toBe(0.3)
  })

  it('refuses unknown clients and negative minutes', () => {
    expect(() => aggregateContactRows([row('cX', '2026-11-01', 1)], 26, partnerOf)).toThrow(/onbekende cliënt/)
    expect(() => aggregateContactRows([row('c1', '2026-11-01', -1)], 26, partnerOf)).toThrow(/Ongeldig aantal minuten/)
  })

  it('property: totals are preserved and every date lands in its own period', () => {
    const dayNumber = fc.integer({ min: toDayNumber(d('2026-01-01')), max: toDayNumber(d('2027-12-31')) })
    const rows = fc.array(
      fc.record({
        clientId: fc.constantFrom('c1', 'c2', 'c3'),
        day: dayNumber,
        call: fc.integer({ min: 0, max: 6000 }),
        reg: fc.integer({ min: 0, max: 600 }),
      }),
      { maxLength: 60 },
    )
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 28 }), (rs, startDay) => {
        // minutes with at most one decimal, as exports give them
        const input = rs.map((r) => row(r.clientId, fromDayNumber(r.day), r.call / 10, r.reg / 10))
        const result = aggregateContactRows(input, startDay, partnerOf)
        const sum = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 100)
        expect(sum(result.map((u) => u.callMinutes))).toBe(sum(input.map((r) => r.callMinutes)))
        expect(result.reduce((s, u) => s + u.contacts, 0)).toBe(input.length)
        expect(new Set(result.map((u) => u.id)).size).toBe(result.length)
      }),
    )
  })
})

describe('bundle and percentage (spec rule 8)', () => {
  const plansById = new Map(PLANS.map((p) => [p.id, p]))
  const billing = billingPeriod('2026-11', 26)

  it.each<[string, ReturnType<typeof period>[], number]>([
    ['full period', [period('c1', 'plus', '2026-01-01', null)], 300],
    ['from 10-11: 16 of 31 days', [period('c1', 'plus', '2026-11-10', null)], 154.84],
    ['two plans', [period('c1', 'basis', '2026-01-01', '2026-11-10'), period('c1', 'plus', '2026-11-10', null)], 212.9], // 120×15/31 + 300×16/31 = 58.06 + 154.84
    ['not covered', [period('c1', 'plus', '2026-12-01', null)], 0],
  ])('%s → %s minutes', (_name, periods, minutes) => {
    expect(proRataBundle(coveredSegments(periods, billing), plansById, billing)).toBe(minutes)
  })

  it('percentage with one decimal, none without a bundle', () => {
    expect(percentOfBundle(150, 300)).toBe(50)
    expect(percentOfBundle(100, 154.84)).toBe(64.6)
    expect(percentOfBundle(10, 0)).toBeNull()
  })

  it('registration minutes count towards usage', () => {
    expect(usageMinutes({ callMinutes: 10.25, registrationMinutes: 4.5 })).toBe(14.75)
    expect(usageMinutes(undefined)).toBe(0)
  })
})

describe('buildUsageReport (spec rule 8)', () => {
  const clients = [
    client({ id: 'c1', clientNumber: '10' }),
    client({ id: 'c2', clientNumber: '9' }),
    client({ id: 'c3', clientNumber: '1', partnerId: 'p2' }),
    client({ id: 'c4', clientNumber: '4' }),
    client({ id: 'c5', clientNumber: '5' }),
  ]
  const periods = [
    period('c1', 'plus', '2026-11-10', null),
    period('c2', 'basis', '2026-01-01', '2026-11-10'),
    period('c2', 'plus', '2026-11-10', null),
    period('c3', 'plus', '2026-01-01', null),
    period('c4', 'plus', '2026-01-01', '2026-09-01'), // ended long ago, no usage → not in the report
    period('c5', 'basis', '2026-01-01', '2026-10-26'), // ended on the period's first day, but usage came in
  ]
  const usages = [
    usage('c1', '2026-11', 150, 20, 12),
    usage('c2', '2026-11', 100, 0, 3),
    usage('c3', '2026-11', 999),
    usage('c5', '2026-11', 5, 0, 1),
    usage('c1', '2026-10', 500),
  ]
  const report = buildUsageReport({ partnerId: 'p1', plans: PLANS, clients, subscriptionPeriods: periods, usage: usages, period: '2026-11', startDay: 26 })

  it('lists billed clients and clients with usage, by client number', () => {
    expect(report.rows.map((r) => r.clientNumber)).toEqual(['5', '9', '10'])
    expect(report).toMatchObject({ partnerId: 'p1', period: '2026-11', periodFrom: '2026-10-26', periodTo: '2026-11-25' })
  })

  it('computes the row fields', () => {
    const c1 = report.rows.find((r) => r.clientId === 'c1')
    expect(c1).toEqual({
      clientId: 'c1',
      clientNumber: '10',
      clientName: 'Jan Jansen c1',
      partnerId: 'p1',
      planIds: ['plus'],
      planLabel: 'Plus',
      coveredDays: 16,
      periodDays: 31,
      includedMinutes: 154.84,
      callMinutes: 150,
      registrationMinutes: 20,
      totalMinutes: 170,
      percentOfBundle: 109.8,
      contacts: 12,
      outsideBundle: true,
    })
    const c2 = report.rows.find((r) => r.clientId === 'c2')
    expect(c2).toMatchObject({ planLabel: 'Basis → Plus', includedMinutes: 212.9, totalMinutes: 100, outsideBundle: false })
    const c5 = report.rows.find((r) => r.clientId === 'c5')
    expect(c5).toMatchObject({ planLabel: '', includedMinutes: 0, totalMinutes: 5, percentOfBundle: null, outsideBundle: true })
  })

  it('adds up partner totals', () => {
    expect(report.totals).toEqual({
      clients: 3,
      includedMinutes: 367.74,
      callMinutes: 255,
      registrationMinutes: 20,
      totalMinutes: 275,
      percentOfBundle: 74.8,
      contacts: 16,
      clientsOutsideBundle: 2,
    })
  })

  it('usage exactly at the bundle is inside it', () => {
    const r = buildUsageReport({
      partnerId: 'p1',
      plans: PLANS,
      clients: [client({ id: 'c1' })],
      subscriptionPeriods: [period('c1', 'plus', '2026-01-01', null)],
      usage: [usage('c1', '2026-11', 280, 20)],
      period: '2026-11',
      startDay: 26,
    })
    expect(r.rows[0]).toMatchObject({ totalMinutes: 300, percentOfBundle: 100, outsideBundle: false })
  })

  it('buildUsageReports gives one report per partner, empty ones included', () => {
    const reports = buildUsageReports({
      partnerIds: ['p1', 'p2', 'p3'],
      plans: PLANS,
      clients,
      subscriptionPeriods: periods,
      usage: usages,
      period: '2026-11',
      startDay: 26,
    })
    expect(reports.map((r) => [r.partnerId, r.rows.length])).toEqual([
      ['p1', 3],
      ['p2', 1],
      ['p3', 0],
    ])
    expect(reports[0]).toEqual(report)
  })
})
