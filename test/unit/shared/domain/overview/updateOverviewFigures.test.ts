import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { periodNamesBetween } from '@shared/calendar/billingPeriod'
import { overviewFigures, updateOverviewFigures, type FiguresData } from '@shared/domain/overview'
import type { SignalData } from '@shared/domain/signals'
import { BEFORE, TODAY, clerkEdits, edited } from '../clerkEdits'
import { client, d, period, plan } from '../fixtures'

const PERIODS = periodNamesBetween('2026-01', '2026-12')

function figuresData(data: SignalData): FiguresData {
  return { ...data, startDay: data.settings.billingPeriodStartDay, periods: PERIODS }
}

describe('dashboard figures brought up to date client by client', () => {
  const before = figuresData(BEFORE)
  const figures = overviewFigures(before)

  it('the demo data has active clients on several plans and partners, and flow in several periods', () => {
    expect(figures.active.byPlan.filter((p) => p.count > 0).length).toBeGreaterThan(1)
    expect(figures.active.byPartner.length).toBeGreaterThan(1)
    expect(figures.flow.filter((f) => f.registrations > 0).length).toBeGreaterThan(1)
    expect(figures.flow.filter((f) => f.deregistrations > 0).length).toBeGreaterThan(0)
  })

  it('equal the figures computed whole after any clerk’s work on a few clients', () => {
    fc.assert(
      fc.property(clerkEdits, (edits) => {
        const { after, touched } = edited(edits)
        expect(updateOverviewFigures({ data: before, figures }, figuresData(after), touched)).toEqual(overviewFigures(figuresData(after)))
      }),
      { numRuns: 80 },
    )
  })

  it('a partner or plan whose last active client went drops out (an active plan stays, with 0)', () => {
    const plans = [plan({ id: 'basis' }), plan({ id: 'oud', active: false, sortOrder: 9 })]
    const small: FiguresData = {
      today: TODAY,
      startDay: 26,
      periods: PERIODS,
      plans,
      clients: [client({ id: 'a', partnerId: 'p1' }), client({ id: 'b', partnerId: 'p2' })],
      subscriptionPeriods: [period('a', 'basis', '2026-01-01', null), period('b', 'oud', '2026-01-01', null)],
      deregistrations: [],
    }
    const without = { ...small, clients: small.clients.slice(0, 1), subscriptionPeriods: small.subscriptionPeriods.slice(0, 1) }
    const updated = updateOverviewFigures({ data: small, figures: overviewFigures(small) }, without, new Set(['b']))
    expect(updated.active).toEqual({ total: 1, byPlan: [{ planId: 'basis', count: 1 }], byPartner: [{ partnerId: 'p1', count: 1 }] })
    expect(updated).toEqual(overviewFigures(without))
  })

  it('computes all again for another day, other plans or other periods', () => {
    const none = new Set<string>()
    for (const other of [
      { ...before, today: d('2027-01-04') },
      { ...before, plans: before.plans.map((p, i) => (i === 0 ? { ...p, active: !p.active } : p)) },
      { ...before, periods: periodNamesBetween('2026-02', '2027-01') },
    ])
      expect(updateOverviewFigures({ data: before, figures }, other, none)).toEqual(overviewFigures(other))
    expect(updateOverviewFigures({ data: before, figures }, { ...before, today: TODAY }, none)).toEqual(figures)
  })
})
