import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isDeviation, quarterlyCheck, quarterStatus } from '@shared/domain/quarterlyCheck'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import type { SubscriptionPeriod } from '@shared/model/subscription'
import type { Usage } from '@shared/model/usage'
import { PLANS, client, partner, period, usage } from '../fixtures'

// 2026-Q4 = periods 2026-10 (30 days), 2026-11 (31), 2026-12 (26-11 … 25-12, 30). Plans: waakvlam 30, basis 120, plus 300, intensief 600.
const Q = ['2026-10', '2026-11', '2026-12'] as const
const day = (iso: string) => iso as CalendarDate

function run(clients: number, periodsOf: (i: number) => SubscriptionPeriod[], usages: Usage[]) {
  return quarterlyCheck({
    quarter: '2026-Q4',
    partners: [partner({ id: 'p1' })],
    plans: PLANS,
    clients: Array.from({ length: clients }, (_, i) => client({ id: `c${i}`, clientNumber: `${1000 + i}` })),
    subscriptionPeriods: Array.from({ length: clients }, (_, i) => periodsOf(i)).flat(),
    usage: usages,
    startDay: 26,
    tolerancePercent: 10,
  })
}

describe('quarterlyCheck with periods lacking imported usage', () => {
  it('a run of 2026-12 before December is imported judges on October and November, not on a zero December', () => {
    // Plus (300): 320 and 310 in the two imported periods. A zero December used to make the average 210.
    const [row] = run(1, () => [period('c0', 'plus', '2026-01-01', null)], [usage('c0', '2026-10', 320), usage('c0', '2026-11', 310)])
    expect(row?.periods.map((p) => p.usageImported)).toEqual([true, true, false])
    expect(row).toMatchObject({ outcome: 'binnen', averageMonthlyUsage: 315, totalUsageMinutes: 630, totalBundleMinutes: 600, recommendedPlanId: null })
  })

  it('a client whose only full imported period is one is not judged (te kort actief)', () => {
    const [row] = run(1, () => [period('c0', 'plus', '2026-01-01', null)], [usage('c0', '2026-10', 10)])
    expect(row).toMatchObject({ outcome: 'te kort actief', averageMonthlyUsage: null, recommendedPlanId: null, fullyCoveredPeriods: 3 })
  })

  it('no usage imported at all: every client te kort actief, no average, no advice', () => {
    const rows = run(3, (i) => [period(`c${i}`, 'basis', '2026-01-01', null)], [])
    expect(rows.map((r) => [r.outcome, r.averageMonthlyUsage, r.recommendedPlanId])).toEqual([
      ['te kort actief', null, null],
      ['te kort actief', null, null],
      ['te kort actief', null, null],
    ])
  })

  it('property: a period without any imported usage never lowers the average (it is not averaged as zero)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 3, maxLength: 3 }),
        fc.subarray([0, 1, 2], { minLength: 1 }),
        fc.constantFrom('waakvlam', 'basis', 'plus', 'intensief'),
        (minutes, imported, planId) => {
          const usages = imported.map((i) => usage('c0', Q[i]!, minutes[i]!))
          const [row] = run(1, () => [period('c0', planId, '2026-01-01', null)], usages)
          if (!row) return false
          if (imported.length < 2) return row.outcome === 'te kort actief' && row.averageMonthlyUsage === null
          const expected = imported.reduce((s, i) => s + minutes[i]!, 0) / imported.length
          return Math.abs((row.averageMonthlyUsage ?? -1) - expected) < 0.01 && row.periods.every((p, i) => p.usageImported === imported.includes(i))
        },
      ),
    )
  })

  it('property: only deviating clients (boven, onder) get a recommended plan; with all periods imported the outcome is as before', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('waakvlam', 'basis', 'plus', 'intensief'),
            fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 3, maxLength: 3 }),
            fc.constantFrom('2026-01-01', '2026-10-26', '2026-11-10'),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (clients) => {
          const usages = clients.flatMap(([, minutes], i) => Q.map((p, k) => usage(`c${i}`, p, minutes[k]!)))
          const rows = run(clients.length, (i) => [period(`c${i}`, clients[i]![0], clients[i]![2], null)], usages)
          return rows.every((r) => (isDeviation(r) ? r.recommendedPlanId !== null : r.recommendedPlanId === null && !r.recommendationDiffers))
        },
      ),
    )
  })
})

describe('quarterStatus: VOORLOPIG', () => {
  const all = Q.map((p) => usage('c0', p, 1))
  it('is provisional while the last period runs (2026-12 ends 25-12-2026) and final after', () => {
    expect(quarterStatus('2026-Q4', 26, all, day('2026-12-05'))).toMatchObject({ provisional: true, running: true, periodsWithoutUsage: [] })
    expect(quarterStatus('2026-Q4', 26, all, day('2026-12-25')).provisional).toBe(true)
    expect(quarterStatus('2026-Q4', 26, all, day('2026-12-26'))).toMatchObject({ provisional: false, running: false })
  })

  it('is provisional when a period has no usage imported at all', () => {
    expect(quarterStatus('2026-Q4', 26, all.slice(0, 2), day('2027-01-10'))).toMatchObject({
      provisional: true,
      running: false,
      periodsWithoutUsage: ['2026-12'],
    })
    expect(quarterStatus('2026-Q4', 26, [], day('2027-01-10')).periodsWithoutUsage).toEqual(Q)
  })
})
