import { describe, expect, it } from 'vitest'
import { activeClientFigures, clientFlowByPeriod, usageAgainstBundles } from '@shared/domain/overview'
import { d, period, PLANS, plan } from '../fixtures'

describe('activeClientFigures', () => {
  it('counts clients billed today per plan (every active plan shown) and per partner', () => {
    const periods = [
      period('a', 'plus', '2026-01-01', null),
      period('b', 'basis', '2026-01-01', '2026-11-10'),
      period('b', 'plus', '2026-11-10', null),
      period('c', 'basis', '2026-01-01', '2026-11-23'), // ended today: not billed today
      period('d', 'intensief', '2026-11-24', null), // starts tomorrow
      period('e', 'plus', '2026-01-01', null),
    ]
    const partnerOf = new Map([
      ['a', 'p1'],
      ['b', 'p2'],
      ['c', 'p1'],
      ['d', 'p1'],
      ['e', 'p2'],
    ])
    const plans = [...PLANS, plan({ id: 'oud', sortOrder: 9, active: false })]
    expect(activeClientFigures(periods, partnerOf, plans, d('2026-11-23'))).toEqual({
      total: 3,
      byPlan: [
        { planId: 'waakvlam', count: 0 },
        { planId: 'basis', count: 0 },
        { planId: 'plus', count: 3 },
        { planId: 'intensief', count: 0 },
      ],
      byPartner: [
        { partnerId: 'p2', count: 2 },
        { partnerId: 'p1', count: 1 },
      ],
    })
  })
})

describe('clientFlowByPeriod', () => {
  it('counts registrations by receipt and deregistrations by effective date, per billing period', () => {
    const flow = clientFlowByPeriod(
      ['2026-10', '2026-11', '2026-12'],
      [
        { registrationReceivedDate: d('2026-10-25') },
        { registrationReceivedDate: d('2026-10-26') },
        { registrationReceivedDate: d('2026-11-25') },
        { registrationReceivedDate: d('2025-01-01') },
      ],
      [{ effectiveDate: d('2026-11-26') }, { effectiveDate: d('2026-10-01') }],
      26,
    )
    expect(flow).toEqual([
      { period: '2026-10', registrations: 1, deregistrations: 1 },
      { period: '2026-11', registrations: 2, deregistrations: 0 },
      { period: '2026-12', registrations: 0, deregistrations: 1 },
    ])
  })
})

describe('usageAgainstBundles', () => {
  it('sums pro rata bundles of billed clients against call plus registration minutes', () => {
    // 2026-11: 26-10 … 25-11 (31 days). Plus = 300 min. Client b starts 10-11: 16 of 31 days.
    const periods = [period('a', 'plus', '2026-01-01', null), period('b', 'plus', '2026-11-10', null)]
    const totals = [{ period: '2026-11', callMinutes: 250.5, registrationMinutes: 20, clients: 2 }]
    expect(usageAgainstBundles(['2026-10', '2026-11'], PLANS, periods, totals, 26)).toEqual([
      { period: '2026-10', bundleMinutes: 300, usageMinutes: 0, billedClients: 1, clientsWithUsage: 0 },
      { period: '2026-11', bundleMinutes: 454.84, usageMinutes: 270.5, billedClients: 2, clientsWithUsage: 2 },
    ])
  })
})
