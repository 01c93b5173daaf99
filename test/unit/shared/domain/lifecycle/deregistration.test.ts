import { describe, expect, it } from 'vitest'
import { lifecycleNl } from '@shared/i18n/lifecycle.nl'
import { fillParams } from '@shared/problems/dutchText'
import fc from 'fast-check'
import { periodContaining } from '@shared/calendar/billingPeriod'
import { fromDayNumber, toDayNumber } from '@shared/calendar/dateMath'
import { createWorkingCalendar } from '@shared/calendar/workingDays'
import { DomainRuleError } from '@shared/domain/errors'
import {
  assessDeregistration,
  createDeregistration,
  deregistrationDeadline,
  deregistrationEffectiveDate,
  processDeregistration,
} from '@shared/domain/lifecycle/deregistration'
import { applyPeriodChanges, checkSubscriptionPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import { client, d, period } from '../fixtures'

describe('deregistration effective date (spec rule 5)', () => {
  // The spec's examples: e-mail received Tuesday 10-11-2026, running period 2026-11 starts 26-10-2026.
  it.each<[string, string, string, boolean]>([
    ['2026-11-10', '2026-10-20', '2026-11-10', true],
    ['2026-11-10', '2026-10-28', '2026-10-28', false],
    ['2026-11-10', '2026-12-31', '2026-12-31', false],
    // own edge cases
    ['2026-11-10', '2026-10-26', '2026-10-26', false], // exactly the running period's first day
    ['2026-11-10', '2026-10-25', '2026-11-10', true], // the day before it
    ['2026-10-26', '2026-10-25', '2026-10-26', true], // received on a period's first day
    ['2026-10-25', '2026-09-26', '2026-09-26', false], // received on a period's last day
    ['2027-01-04', '2026-12-24', '2027-01-04', true], // across the year end: period 2027-01 starts 26-12-2026
    ['2027-01-04', '2026-12-26', '2026-12-26', false],
  ])('received %s, requested %s → effective %s (adjusted: %s)', (received, requested, effective, adjusted) => {
    const result = assessDeregistration(d(received), d(requested), 26)
    expect(result.effectiveDate).toBe(effective)
    expect(result.adjusted).toBe(adjusted)
    expect(result.explanation === null).toBe(!adjusted)
  })

  it('explains why the requested date was not used, worded in Dutch by the translation file', () => {
    const { explanation } = assessDeregistration(d('2026-11-10'), d('2026-10-20'), 26)
    expect(explanation?.code).toBe('afmelding-per-ontvangst')
    expect(explanation && fillParams(lifecycleNl[explanation.code], explanation.params)).toBe(
      'De gevraagde afmelddatum 20-10-2026 ligt vóór de facturatieperiode 2026-11 (26-10-2026 t/m 25-11-2026) ' +
        'die liep toen de afmelding op 10-11-2026 binnenkwam. Afmeldingen gaan niet met terugwerkende kracht in; ' +
        'de afmelding gaat daarom in per de datum van ontvangst, 10-11-2026.',
    )
  })

  it('follows the configured start day', () => {
    expect(deregistrationEffectiveDate(d('2026-11-10'), d('2026-11-01'), 1)).toBe('2026-11-01')
    expect(deregistrationEffectiveDate(d('2026-11-10'), d('2026-10-31'), 1)).toBe('2026-11-10')
  })

  it('property: never before the start of the period running at receipt; always requested or received', () => {
    const day = fc.integer({ min: toDayNumber(d('2020-01-01')), max: toDayNumber(d('2035-12-31')) })
    fc.assert(
      fc.property(day, fc.integer({ min: -120, max: 120 }), fc.integer({ min: 1, max: 28 }), (r, offset, startDay) => {
        const received = fromDayNumber(r)
        const requested = fromDayNumber(r + offset)
        const effective = deregistrationEffectiveDate(received, requested, startDay)
        return effective >= periodContaining(received, startDay).from && (effective === requested || effective === received)
      }),
    )
  })

  it('deadline: 10 working days after receipt', () => {
    expect(deregistrationDeadline(d('2026-12-18'), createWorkingCalendar())).toBe('2027-01-05')
  })

  it('createDeregistration stores the computed effective date', () => {
    expect(createDeregistration({ id: 'a1', clientId: 'c1', receivedDate: d('2026-11-10'), requestedDate: d('2026-10-20') }, 26)).toEqual({
      id: 'a1',
      clientId: 'c1',
      receivedDate: '2026-11-10',
      requestedDate: '2026-10-20',
      effectiveDate: '2026-11-10',
      processedDate: null,
    })
  })
})

describe('processDeregistration', () => {
  const c = client({ id: 'c1', activationDate: d('2026-06-01') })
  const periods = [period('c1', 'basis', '2026-06-01', '2026-09-01', 'a'), period('c1', 'plus', '2026-09-01', null, 'b')]
  const dereg = createDeregistration({ id: 'x', clientId: 'c1', receivedDate: d('2026-11-10'), requestedDate: d('2026-12-31') }, 26)

  it('closes the running period on the effective date and marks the client afgemeld', () => {
    const result = processDeregistration(c, periods, dereg, d('2026-11-12'))
    expect(result.client.status).toBe('afgemeld')
    expect(result.deregistration.processedDate).toBe('2026-11-12')
    expect(result.changes).toEqual({ put: [{ ...periods[1], until: '2026-12-31' }], remove: [] })
    const after = applyPeriodChanges(periods, result.changes)
    expect(checkSubscriptionPeriods(c, after, result.deregistration)).toEqual([])
  })

  it('removes periods that would start on or after the effective date (a scheduled change)', () => {
    const withFuture = [period('c1', 'plus', '2026-06-01', '2027-01-01', 'a'), period('c1', 'basis', '2027-01-01', null, 'b')]
    const result = processDeregistration(c, withFuture, dereg, d('2026-11-12'))
    expect(result.changes).toEqual({ put: [{ ...withFuture[0], until: '2026-12-31' }], remove: ['b'] })
  })

  it('effective on or before activation: nothing is billed at all', () => {
    const late = client({ id: 'c1', activationDate: d('2026-11-05') })
    const ps = [period('c1', 'plus', '2026-11-05', null, 'a')]
    const early = createDeregistration({ id: 'x', clientId: 'c1', receivedDate: d('2026-11-10'), requestedDate: d('2026-11-01') }, 26)
    const result = processDeregistration(late, ps, early, d('2026-11-10'))
    expect(result.changes).toEqual({ put: [], remove: ['a'] })
    expect(checkSubscriptionPeriods(late, applyPeriodChanges(ps, result.changes), result.deregistration)).toEqual([])
  })

  it('refuses to process twice, before receipt, or for another client', () => {
    const done = processDeregistration(c, periods, dereg, d('2026-11-12')).deregistration
    expect(() => processDeregistration(c, periods, done, d('2026-11-13'))).toThrow(DomainRuleError)
    expect(() => processDeregistration(c, periods, dereg, d('2026-11-09'))).toThrow(/vóór de ontvangst/)
    expect(() => processDeregistration(client({ id: 'c2' }), periods, dereg, d('2026-11-12'))).toThrow(/andere cliënt/)
  })
})
