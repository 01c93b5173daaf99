import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { activePlansBySize, nextSmallerActivePlan, quarterlyCheck, recommendPlan, type QuarterlyCheckRow } from '@shared/domain/quarterlyCheck/quarterlyCheck'
import type { SubscriptionPeriod } from '@shared/model/subscription'
import type { Usage } from '@shared/model/usage'
import { PLANS, client, partner, period, usage } from '../fixtures'

// 2026-Q4 = periods 2026-10 (26-09 … 25-10, 30 days), 2026-11 (26-10 … 25-11, 31), 2026-12 (26-11 … 25-12, 30).
// Plans: waakvlam 30, basis 120, plus 300, intensief 600 minutes.
const Q = ['2026-10', '2026-11', '2026-12'] as const

function check(
  periods: SubscriptionPeriod[],
  minutes: [number, number, number],
  extra: { tolerancePercent?: number; plans?: typeof PLANS; usage?: Usage[] } = {},
): QuarterlyCheckRow | undefined {
  const usages = extra.usage ?? Q.map((p, i) => usage('c1', p, minutes[i]!))
  return quarterlyCheck({
    quarter: '2026-Q4',
    partners: [partner({ id: 'p1' })],
    plans: extra.plans ?? PLANS,
    clients: [client({ id: 'c1' })],
    subscriptionPeriods: periods,
    usage: usages,
    startDay: 26,
    tolerancePercent: extra.tolerancePercent ?? 10,
  })[0]
}
const wholeQuarter = (planId: string): SubscriptionPeriod[] => [period('c1', planId, '2026-01-01', null)]

describe('quarterlyCheck (spec rule 9)', () => {
  it.each<[string, SubscriptionPeriod[], [number, number, number], string, string | null]>([
    ['above in two periods but not in total → binnen', wholeQuarter('plus'), [340, 340, 200], 'binnen', null],
    ['above in two periods and in total → boven', wholeQuarter('plus'), [400, 400, 300], 'boven', 'intensief'],
    ['above in one period only → binnen', wholeQuarter('plus'), [900, 100, 200], 'binnen', null],
    ['exactly bundle + 10% is not above', wholeQuarter('plus'), [330, 330, 330], 'binnen', null],
    ['just over bundle + 10% → boven', wholeQuarter('plus'), [330.01, 330.01, 330.01], 'boven', 'intensief'],
    ['every period within the smaller plan → onder', wholeQuarter('plus'), [100, 50, 120], 'onder', 'basis'],
    ['one period over the smaller plan → binnen', wholeQuarter('plus'), [100, 50, 120.01], 'binnen', null],
    ['no usage at all on Basis → onder, recommends Waakvlam', wholeQuarter('basis'), [0, 0, 0], 'onder', 'waakvlam'],
    ['the smallest plan is never below', wholeQuarter('waakvlam'), [0, 0, 0], 'binnen', null],
    ['activated 10-11-2026: one full period → te kort actief', [period('c1', 'plus', '2026-11-10', null)], [0, 0, 999], 'te kort actief', null],
    [
      'activated on the first day of 2026-11: two full periods, October ignored',
      [period('c1', 'plus', '2026-10-26', null)],
      [5000, 400, 400],
      'boven',
      'intensief',
    ],
  ])('%s', (_name, periods, minutes, outcome, recommended) => {
    const row = check(periods, minutes)
    expect(row?.outcome).toBe(outcome)
    expect(row?.recommendedPlanId).toBe(recommended)
  })

  it('gives the period details, totals and average', () => {
    const row = check(wholeQuarter('plus'), [400, 400, 300])
    expect(row?.periods).toEqual([
      {
        period: '2026-10',
        periodDays: 30,
        coveredDays: 30,
        bundleMinutes: 300,
        usageMinutes: 400,
        smallerBundleMinutes: 120,
        aboveTolerance: true,
        usageImported: true,
      },
      {
        period: '2026-11',
        periodDays: 31,
        coveredDays: 31,
        bundleMinutes: 300,
        usageMinutes: 400,
        smallerBundleMinutes: 120,
        aboveTolerance: true,
        usageImported: true,
      },
      {
        period: '2026-12',
        periodDays: 30,
        coveredDays: 30,
        bundleMinutes: 300,
        usageMinutes: 300,
        smallerBundleMinutes: 120,
        aboveTolerance: false,
        usageImported: true,
      },
    ])
    expect(row).toMatchObject({
      fullyCoveredPeriods: 3,
      totalBundleMinutes: 900,
      totalUsageMinutes: 1100,
      averageMonthlyUsage: 366.67,
      currentPlanId: 'plus',
      recommendationDiffers: true,
    })
  })

  it('a client with three plans in one quarter: pro rata bundles per period', () => {
    const periods = [
      period('c1', 'basis', '2026-01-01', '2026-10-11'),
      period('c1', 'plus', '2026-10-11', '2026-11-26'),
      period('c1', 'intensief', '2026-11-26', null),
    ]
    const row = check(periods, [250, 350, 700])
    // 2026-10: basis 15 days + plus 15 days of 30 → 60 + 150 = 210; smaller: waakvlam 15 + basis 15 → 15 + 60 = 75
    expect(row?.periods.map((p) => [p.bundleMinutes, p.smallerBundleMinutes, p.aboveTolerance])).toEqual([
      [210, 75, true],
      [300, 120, true],
      [600, 300, true],
    ])
    expect(row).toMatchObject({
      outcome: 'boven',
      totalBundleMinutes: 1110,
      totalUsageMinutes: 1300,
      currentPlanId: 'intensief',
      recommendedPlanId: 'intensief',
      recommendationDiffers: false,
    })
  })

  it('a client deregistered in the last period: its partial bundle and average use covered days only', () => {
    const row = check([period('c1', 'plus', '2026-01-01', '2026-12-01')], [400, 400, 100])
    expect(row?.periods[2]).toMatchObject({ coveredDays: 5, bundleMinutes: 50 })
    // 900 minutes over 1 + 1 + 5/30 months
    expect(row).toMatchObject({ outcome: 'boven', fullyCoveredPeriods: 2, totalBundleMinutes: 650, averageMonthlyUsage: 415.38 })
  })

  it('usage recorded while not billed does not count', () => {
    const row = check([period('c1', 'plus', '2026-10-26', null)], [9999, 0, 0])
    expect(row).toMatchObject({ totalUsageMinutes: 0, outcome: 'onder' })
  })

  it('follows the tolerance setting', () => {
    expect(check(wholeQuarter('plus'), [340, 340, 340], { tolerancePercent: 20 })?.outcome).toBe('binnen')
    expect(check(wholeQuarter('plus'), [301, 301, 301], { tolerancePercent: 0 })?.outcome).toBe('boven')
  })

  it('skips inactive plans for "next smaller" and the recommendation', () => {
    const plans = PLANS.map((p) => (p.id === 'basis' ? { ...p, active: false } : p))
    const row = check(wholeQuarter('plus'), [20, 20, 20], { plans })
    expect(row?.periods[0]?.smallerBundleMinutes).toBe(30)
    expect(row).toMatchObject({ outcome: 'onder', recommendedPlanId: 'waakvlam' })
    expect(check(wholeQuarter('plus'), [100, 100, 100], { plans })).toMatchObject({ outcome: 'binnen', recommendedPlanId: null })
  })

  it('recommends the largest plan when usage exceeds every bundle', () => {
    expect(check(wholeQuarter('intensief'), [2000, 2000, 2000])).toMatchObject({
      outcome: 'boven',
      recommendedPlanId: 'intensief',
      recommendationDiffers: false,
    })
  })

  it("names the people to contact: the begeleider and the partner's first contact person", () => {
    const row = check(wholeQuarter('plus'), [400, 400, 400])
    expect(row?.begeleider).toEqual({ name: 'Bea Begeleider', email: 'bea@example.nl', phone: '0612345678' })
    expect(row?.partnerContact?.name).toBe('Carla Contact')
    const none = quarterlyCheck({
      quarter: '2026-Q4',
      partners: [partner({ id: 'p1', contacts: [] })],
      plans: PLANS,
      clients: [client({ id: 'c1' })],
      subscriptionPeriods: wholeQuarter('plus'),
      usage: [],
      startDay: 26,
      tolerancePercent: 10,
    })
    expect(none[0]?.partnerContact).toBeNull()
  })

  it('leaves out clients not billed in the quarter and orders rows by partner and client number', () => {
    const rows = quarterlyCheck({
      quarter: '2026-Q4',
      partners: [partner({ id: 'p1' }), partner({ id: 'p2' })],
      plans: PLANS,
      clients: [
        client({ id: 'c10', clientNumber: '10' }),
        client({ id: 'c9', clientNumber: '9' }),
        client({ id: 'c1', partnerId: 'p2' }),
        client({ id: 'c2' }),
      ],
      subscriptionPeriods: [
        period('c10', 'plus', '2026-01-01', null),
        period('c9', 'plus', '2026-01-01', null),
        period('c1', 'plus', '2026-01-01', null),
        period('c2', 'plus', '2026-01-01', '2026-09-26'),
      ],
      usage: [],
      startDay: 26,
      tolerancePercent: 10,
    })
    expect(rows.map((r) => r.clientId)).toEqual(['c9', 'c10', 'c1'])
  })
})

describe('plan helpers', () => {
  const bySize = activePlansBySize(PLANS)
  it('orders active plans small → large and finds the next smaller', () => {
    expect(bySize.map((p) => p.id)).toEqual(['waakvlam', 'basis', 'plus', 'intensief'])
    expect(nextSmallerActivePlan(PLANS[2]!, bySize)?.id).toBe('basis')
    expect(nextSmallerActivePlan(PLANS[0]!, bySize)).toBeNull()
  })

  it.each([
    [0, 'waakvlam'],
    [30, 'waakvlam'],
    [30.01, 'basis'],
    [300, 'plus'],
    [601, 'intensief'],
  ])('average %f → %s', (avg, planId) => {
    expect(recommendPlan(avg, bySize)?.id).toBe(planId)
  })

  it('property: the recommended plan covers the average, and no smaller active plan does (unless none can)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), (avg) => {
        const plan = recommendPlan(avg, bySize)!
        const i = bySize.indexOf(plan)
        const covers = (minutes: number): boolean => minutes * 100 >= Math.round(avg * 100)
        if (covers(plan.includedMinutes)) return bySize.slice(0, i).every((p) => !covers(p.includedMinutes))
        return i === bySize.length - 1
      }),
    )
  })
})
