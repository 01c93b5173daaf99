import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@shared/calendar/workingDays'
import { DomainRuleError } from '@shared/domain/errors'
import { activateClient, registrationDeadline } from '@shared/domain/lifecycle/registration'
import { client, d } from '../fixtures'

const calendar = createWorkingCalendar()

describe('registrationDeadline (spec rule 1)', () => {
  it.each([
    ['2026-12-18', '2027-01-05'],
    ['2026-11-10', '2026-11-24'],
    ['2026-04-20', '2026-05-06'], // over Koningsdag and 5 mei
  ])('received %s → process by %s', (received, deadline) => {
    expect(registrationDeadline(d(received), calendar)).toBe(deadline)
  })

  it('honours extra closing days', () => {
    expect(registrationDeadline(d('2026-12-18'), createWorkingCalendar([d('2026-12-24')]))).toBe('2027-01-06')
  })
})

describe('activateClient (spec rule 2)', () => {
  const registered = client({ id: 'c1', status: 'aangemeld', activationDate: null, registrationReceivedDate: d('2026-11-02'), registrationPlanId: 'basis' })

  it('makes the client active and opens the first period on the activation date with the chosen plan', () => {
    const { client: active, period } = activateClient(registered, d('2026-11-10'), 'sp-new')
    expect(active.status).toBe('actief')
    expect(active.activationDate).toBe('2026-11-10')
    expect(period).toEqual({ id: 'sp-new', clientId: 'c1', planId: 'basis', from: '2026-11-10', until: null })
  })

  it('activation on the day of receipt is fine', () => {
    expect(activateClient(registered, d('2026-11-02'), 'x').period.from).toBe('2026-11-02')
  })

  it('refuses a second activation and an activation before the registration arrived', () => {
    const active = activateClient(registered, d('2026-11-10'), 'x').client
    expect(() => activateClient(active, d('2026-11-11'), 'y')).toThrow(DomainRuleError)
    expect(() => activateClient(registered, d('2026-11-01'), 'y')).toThrow(/vóór de ontvangst/)
  })
})
