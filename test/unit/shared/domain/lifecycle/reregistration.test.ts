import { describe, expect, it } from 'vitest'
import { DomainRuleError } from '@shared/domain/errors'
import { activateClient } from '@shared/domain/lifecycle/registration'
import { createDeregistration, processDeregistration } from '@shared/domain/lifecycle/deregistration'
import { billingEnd, checkClientHistory, reregisterClient } from '@shared/domain/lifecycle/reregistration'
import { applyPeriodChanges, checkSubscriptionPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import type { Deregistration } from '@shared/model/subscription'
import { client, d, period } from '../fixtures'

const codes = (vs: { code: string }[]) => vs.map((v) => v.code)

/** Registered, activated 12-01, deregistered effective 01-06 (processed). */
function deregisteredClient() {
  const c = client({ id: 'c1', status: 'afgemeld', activationDate: d('2026-01-12'), registrationPlanId: 'plus' })
  const periods = [period('c1', 'plus', '2026-01-12', '2026-03-01', 'a'), period('c1', 'intensief', '2026-03-01', '2026-06-01', 'b')]
  const dereg: Deregistration = {
    id: 'd1',
    clientId: 'c1',
    receivedDate: d('2026-05-20'),
    requestedDate: d('2026-06-01'),
    effectiveDate: d('2026-06-01'),
    processedDate: d('2026-05-21'),
  }
  return { c, periods, dereg }
}

describe('billingEnd', () => {
  it('is the latest end, or null while a period runs or there are none', () => {
    const { periods } = deregisteredClient()
    expect(billingEnd(periods)).toBe('2026-06-01')
    expect(billingEnd([...periods, period('c1', 'plus', '2026-07-01', null)])).toBeNull()
    expect(billingEnd([])).toBeNull()
  })
})

describe('reregisterClient', () => {
  it('starts a new registration and keeps the person and the history', () => {
    const { c, periods } = deregisteredClient()
    const again = reregisterClient({ ...c, loginSentDate: d('2026-01-12'), intake: { ...c.intake, formReceivedDate: d('2026-01-20') } }, periods, {
      registrationPlanId: 'basis',
      receivedDate: d('2026-09-01'),
    })
    expect(again).toMatchObject({
      id: 'c1',
      clientNumber: c.clientNumber,
      firstName: 'Jan',
      status: 'aangemeld',
      registrationPlanId: 'basis',
      registrationReceivedDate: '2026-09-01',
      activationDate: null,
      loginSentDate: null,
    })
    expect(again.intake.formReceivedDate).toBeNull()
  })

  it('refuses a client that is not deregistered, is anonymised, or a date before billing ended', () => {
    const { c, periods } = deregisteredClient()
    const input = { registrationPlanId: 'basis', receivedDate: d('2026-09-01') }
    expect(() => reregisterClient({ ...c, status: 'actief' }, periods, input)).toThrow(/Alleen een afgemelde cliënt/)
    expect(() => reregisterClient({ ...c, anonymisedDate: d('2028-07-01') }, periods, input)).toThrow(DomainRuleError)
    expect(() => reregisterClient(c, periods, { ...input, receivedDate: d('2026-05-31') })).toThrow(/vóór het einde van het vorige abonnement \(01-06-2026\)/)
    expect(reregisterClient(c, periods, { ...input, receivedDate: d('2026-06-01') }).status).toBe('aangemeld')
  })
})

describe('checkClientHistory', () => {
  it('equals the plain check for a client that was never re-registered', () => {
    const { c, periods, dereg } = deregisteredClient()
    expect(checkClientHistory(c, periods, [dereg])).toEqual([])
    expect(checkClientHistory(c, periods, [])).toEqual(checkSubscriptionPeriods(c, periods, null))
  })

  it('accepts the full cycle: deregistered, registered again, activated, deregistered again', () => {
    const { c, periods, dereg } = deregisteredClient()
    const registered = reregisterClient(c, periods, { registrationPlanId: 'basis', receivedDate: d('2026-09-01') })
    expect(checkClientHistory(registered, periods, [dereg])).toEqual([])
    const { client: active, period: next } = activateClient(registered, d('2026-09-07'), 'c')
    const all = [...periods, next]
    expect(checkClientHistory(active, all, [dereg])).toEqual([])
    // The plain check sees the gap and the old activation: that is why the history check exists.
    expect(codes(checkSubscriptionPeriods(active, all, dereg))).toContain('gat')

    const second = createDeregistration({ id: 'd2', clientId: 'c1', receivedDate: d('2026-11-10'), requestedDate: d('2026-12-01') }, 26)
    const done = processDeregistration(active, all, second, d('2026-11-11'))
    expect(checkClientHistory(done.client, applyPeriodChanges(all, done.changes), [dereg, done.deregistration])).toEqual([])
  })

  it('reports an earlier registration that never ended, or ended without a deregistration', () => {
    const { c, periods, dereg } = deregisteredClient()
    const active = { ...c, status: 'actief' as const, activationDate: d('2026-09-07') }
    const open = [period('c1', 'plus', '2026-01-12', null, 'a'), period('c1', 'basis', '2026-09-07', null, 'c')]
    expect(codes(checkClientHistory(active, open, [dereg]))).toEqual(['eerdere-aanmelding-loopt-door'])
    expect(checkClientHistory(active, open, [dereg])[0]?.params).toEqual({ date: '07-09-2026' })
    const unexplained = [...periods, period('c1', 'basis', '2026-09-07', null, 'c')]
    expect(codes(checkClientHistory(active, unexplained, [{ ...dereg, effectiveDate: d('2026-05-15') }]))).toEqual(['beeindigd-zonder-afmelding'])
  })

  it('reports the current registration as usual', () => {
    const { c, periods, dereg } = deregisteredClient()
    const active = { ...c, status: 'actief' as const, activationDate: d('2026-09-07') }
    expect(codes(checkClientHistory(active, periods, [dereg]))).toEqual(['actief-zonder-abonnement'])
    expect(codes(checkClientHistory(active, [...periods, period('c1', 'basis', '2026-09-08', null, 'c')], [dereg]))).toEqual(['begin-niet-op-activatie'])
  })
})
