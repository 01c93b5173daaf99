import { describe, expect, it } from 'vitest'
import { checkAllClientHistories } from '@shared/domain/lifecycle/checkAll'
import { createDeregistration } from '@shared/domain/lifecycle/deregistration'
import { checkAllSubscriptionPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import { client, d, period } from '../fixtures'

describe('checkAllClientHistories', () => {
  // c1 was deregistered per 01-06-2026 and activated again on 01-09-2026; c2 has an overlap.
  const clients = [client({ id: 'c1', activationDate: d('2026-09-01') }), client({ id: 'c2', activationDate: d('2026-01-12') })]
  const periods = [
    period('c1', 'plus', '2026-01-12', '2026-06-01'),
    period('c1', 'basis', '2026-09-01', null),
    period('c2', 'plus', '2026-01-12', '2026-05-02'),
    period('c2', 'basis', '2026-05-01', null),
  ]
  const deregistrations = [
    { ...createDeregistration({ id: 'a', clientId: 'c1', receivedDate: d('2026-05-20'), requestedDate: d('2026-06-01') }, 26), processedDate: d('2026-05-21') },
  ]

  it('judges a re-registered client per registration and still finds real violations', () => {
    expect(checkAllClientHistories(clients, periods, deregistrations).map((v) => [v.clientId, v.code])).toEqual([['c2', 'overlap']])
  })

  it('the single-registration check would flag the re-registered client', () => {
    expect(checkAllSubscriptionPeriods(clients, periods, deregistrations).map((v) => v.clientId)).toContain('c1')
  })
})
