import { describe, expect, it } from 'vitest'
import { LIFECYCLE_PROBLEMS } from '@shared/problems/lifecycle'
import fc from 'fast-check'
import { addDays } from '@shared/calendar/dateMath'
import { processChangeRequest } from '@shared/domain/lifecycle/changeRequest'
import { createDeregistration, processDeregistration } from '@shared/domain/lifecycle/deregistration'
import { activateClient } from '@shared/domain/lifecycle/registration'
import {
  applyPeriodChanges,
  changePlanAt,
  checkAllSubscriptionPeriods,
  checkSubscriptionPeriods,
  closePeriodsAt,
  groupPeriodsByClient,
  isActiveOn,
  subscriptionOn,
} from '@shared/domain/lifecycle/subscriptionPeriods'
import type { Deregistration } from '@shared/model/subscription'
import { changeRequest, client, d, period } from '../fixtures'

const c = client({ id: 'c1', activationDate: d('2026-01-12') })
const processed = (effective: string): Pick<Deregistration, 'effectiveDate' | 'processedDate'> => ({
  effectiveDate: d(effective),
  processedDate: d('2026-11-01'),
})
const codes = (v: { code: string }[]): string[] => v.map((x) => x.code)

describe('checkSubscriptionPeriods', () => {
  it('accepts a sound history', () => {
    const ps = [period('c1', 'basis', '2026-01-12', '2026-05-01'), period('c1', 'plus', '2026-05-01', '2026-09-10'), period('c1', 'basis', '2026-09-10', null)]
    expect(checkSubscriptionPeriods(c, ps, null)).toEqual([])
    expect(checkSubscriptionPeriods(c, [...ps].reverse(), null)).toEqual([]) // order of input does not matter
  })

  it.each<[string, ReturnType<typeof period>[], Pick<Deregistration, 'effectiveDate' | 'processedDate'> | null, string[]]>([
    ['overlap', [period('c1', 'basis', '2026-01-12', '2026-05-02'), period('c1', 'plus', '2026-05-01', null)], null, ['overlap']],
    ['gap', [period('c1', 'basis', '2026-01-12', '2026-04-30'), period('c1', 'plus', '2026-05-01', null)], null, ['gat']],
    ['two open-ended', [period('c1', 'basis', '2026-01-12', null), period('c1', 'plus', '2026-05-01', null)], null, ['overlap']],
    ['empty interval', [period('c1', 'basis', '2026-01-12', '2026-01-12')], null, ['ongeldige-periode', 'beeindigd-zonder-afmelding']],
    ['starts after activation', [period('c1', 'basis', '2026-01-13', null)], null, ['begin-niet-op-activatie']],
    ['ended without deregistration', [period('c1', 'basis', '2026-01-12', '2026-06-01')], null, ['beeindigd-zonder-afmelding']],
    ['runs on after deregistration', [period('c1', 'basis', '2026-01-12', null)], processed('2026-06-01'), ['einde-niet-op-afmelding']],
    ['ends before deregistration', [period('c1', 'basis', '2026-01-12', '2026-05-01')], processed('2026-06-01'), ['einde-niet-op-afmelding']],
    ['other client', [period('c2', 'basis', '2026-01-12', null)], null, ['andere-client']],
    ['active without period', [], null, ['actief-zonder-abonnement']],
    [
      'gap and overlap together',
      [period('c1', 'a', '2026-01-12', '2026-03-01'), period('c1', 'b', '2026-03-05', '2026-04-01'), period('c1', 'c', '2026-03-20', null)],
      null,
      ['gat', 'overlap'],
    ],
  ])('%s', (_name, periods, dereg, expected) => {
    const violations = checkSubscriptionPeriods(c, periods, dereg)
    expect(codes(violations)).toEqual(expected)
    for (const v of violations) expect(Object.keys(v.params).sort(), v.code).toEqual([...LIFECYCLE_PROBLEMS[v.code]].sort())
  })

  it('an unprocessed deregistration does not end billing yet', () => {
    expect(checkSubscriptionPeriods(c, [period('c1', 'basis', '2026-01-12', null)], { effectiveDate: d('2026-06-01'), processedDate: null })).toEqual([])
  })

  it('a never-activated client has no periods; one with periods but no activation is flagged', () => {
    const registered = client({ id: 'c1', status: 'aangemeld', activationDate: null })
    expect(checkSubscriptionPeriods(registered, [], null)).toEqual([])
    expect(codes(checkSubscriptionPeriods(registered, [period('c1', 'basis', '2026-01-12', null)], null))).toEqual(['geen-activatiedatum'])
  })

  it('checks all clients in one call', () => {
    const clients = [c, client({ id: 'c2', activationDate: d('2026-02-01') })]
    const periods = [period('c1', 'basis', '2026-01-12', null), period('c2', 'basis', '2026-02-02', null)]
    expect(checkAllSubscriptionPeriods(clients, periods, []).map((v) => [v.clientId, v.code])).toEqual([['c2', 'begin-niet-op-activatie']])
  })
})

describe('helpers', () => {
  const ps = [period('c1', 'basis', '2026-01-12', '2026-05-01', 'a'), period('c1', 'plus', '2026-05-01', null, 'b')]

  it('finds the period on a date', () => {
    expect(subscriptionOn(ps, d('2026-04-30'))?.id).toBe('a')
    expect(subscriptionOn(ps, d('2026-05-01'))?.id).toBe('b')
    expect(subscriptionOn(ps, d('2026-01-11'))).toBeNull()
    expect(isActiveOn(ps, d('2030-01-01'))).toBe(true)
  })

  it('groups by client, sorted', () => {
    const grouped = groupPeriodsByClient([ps[1]!, period('c2', 'x', '2026-01-01', null, 'z'), ps[0]!])
    expect(grouped.get('c1')?.map((p) => p.id)).toEqual(['a', 'b'])
    expect(grouped.get('c2')?.map((p) => p.id)).toEqual(['z'])
  })

  it('closes on a period boundary without leaving an empty period', () => {
    expect(closePeriodsAt(ps, d('2026-05-01'))).toEqual({ put: [], remove: ['b'] })
    expect(closePeriodsAt(ps, d('2026-01-12'))).toEqual({ put: [], remove: ['a', 'b'] })
  })

  it('refuses a change to the plan already running', () => {
    expect(() => changePlanAt(ps, d('2026-06-01'), 'plus', 'n')).toThrow(/gelijk/)
  })
})

describe('property: any sequence of activation, changes and a deregistration keeps the invariants', () => {
  const plans = ['waakvlam', 'basis', 'plus', 'intensief']
  const step = fc.record({ gap: fc.integer({ min: 0, max: 70 }), plan: fc.constantFrom(...plans) })

  it('holds', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), fc.option(fc.integer({ min: -40, max: 400 }), { nil: null }), (steps, deregOffset) => {
        const registered = client({
          id: 'c1',
          status: 'aangemeld',
          activationDate: null,
          registrationPlanId: 'plus',
          registrationReceivedDate: d('2026-01-05'),
        })
        const activation = activateClient(registered, d('2026-01-12'), 'p0')
        let current = activation.client
        let periods = [activation.period]
        let date = d('2026-01-12')
        let n = 0
        for (const s of steps) {
          date = addDays(date, s.gap)
          const running = subscriptionOn(periods, date)
          if (!running || running.planId === s.plan) continue
          n += 1
          const cr = changeRequest({
            id: `cr${n}`,
            fromPlanId: running.planId,
            toPlanId: s.plan,
            partnerApprovalDate: date,
            operatorApprovalDate: date,
            requestDate: date,
            status: 'akkoord',
          })
          const done = processChangeRequest({ changeRequest: cr, periods, effectiveDate: date, processedDate: date, newPeriodId: `p${n}`, startDay: 26 })
          periods = applyPeriodChanges(periods, done.changes)
        }
        let dereg: Deregistration | null = null
        if (deregOffset !== null) {
          const received = addDays(d('2026-01-12'), Math.max(0, deregOffset))
          const created = createDeregistration({ id: 'x', clientId: 'c1', receivedDate: received, requestedDate: addDays(received, deregOffset % 50) }, 26)
          const result = processDeregistration(current, periods, created, received)
          current = result.client
          dereg = result.deregistration
          periods = applyPeriodChanges(periods, result.changes)
        }
        expect(checkSubscriptionPeriods(current, periods, dereg)).toEqual([])
      }),
    )
  })
})
