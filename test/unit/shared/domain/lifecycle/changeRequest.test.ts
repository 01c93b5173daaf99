import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@shared/calendar/workingDays'
import { DomainRuleError } from '@shared/domain/errors'
import {
  CHANGE_REQUEST_TRANSITIONS,
  approveChangeRequest,
  assertTransition,
  canTransition,
  changeRequestDeadline,
  createChangeRequest,
  earliestChangeEffectiveDate,
  laterApprovalDate,
  pendingApprovals,
  processChangeRequest,
  rejectChangeRequest,
  withdrawChangeRequest,
} from '@shared/domain/lifecycle/changeRequest'
import { createDeregistration, processDeregistration } from '@shared/domain/lifecycle/deregistration'
import { activateClient } from '@shared/domain/lifecycle/registration'
import { applyPeriodChanges, checkSubscriptionPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import { changeRequestStatusSchema, type ChangeRequestStatus } from '@shared/model/subscription'
import { changeRequest, client, d, period } from '../fixtures'

const calendar = createWorkingCalendar()
const STATUSES = changeRequestStatusSchema.options

describe('status machine (spec rule 4)', () => {
  const legal = new Set(['open>akkoord', 'open>afgewezen', 'open>ingetrokken', 'akkoord>verwerkt', 'akkoord>ingetrokken'])
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [ChangeRequestStatus, ChangeRequestStatus]))

  it.each(pairs)('%s → %s', (from, to) => {
    const allowed = legal.has(`${from}>${to}`)
    expect(canTransition(from, to)).toBe(allowed)
    if (allowed) expect(() => assertTransition(from, to)).not.toThrow()
    else expect(() => assertTransition(from, to)).toThrow(DomainRuleError)
  })

  it('final states have no way out', () => {
    expect(CHANGE_REQUEST_TRANSITIONS.verwerkt).toEqual([])
    expect(CHANGE_REQUEST_TRANSITIONS.afgewezen).toEqual([])
    expect(CHANGE_REQUEST_TRANSITIONS.ingetrokken).toEqual([])
  })
})

describe('two-party approval', () => {
  const base = {
    id: 'cr1',
    clientId: 'c1',
    fromPlanId: 'plus',
    toPlanId: 'intensief',
    reason: 'Belt vaker',
    requestDate: d('2026-11-02'),
  } as const

  it('the asking party approves by asking; the other party completes it', () => {
    const cr = createChangeRequest({ ...base, initiatedBy: 'partner' })
    expect(cr.status).toBe('open')
    expect(pendingApprovals(cr)).toEqual(['operator'])
    expect(changeRequestDeadline(cr, calendar)).toBeNull()
    const approved = approveChangeRequest(cr, 'operator', d('2026-11-06'))
    expect(approved.status).toBe('akkoord')
    expect(laterApprovalDate(approved)).toBe('2026-11-06')
    expect(changeRequestDeadline(approved, calendar)).toBe('2026-11-20')
  })

  it('deadline counts from the later approval, whichever party gave it', () => {
    const cr = changeRequest({ partnerApprovalDate: d('2026-12-18'), operatorApprovalDate: d('2026-12-01'), status: 'akkoord' })
    expect(changeRequestDeadline(cr, calendar)).toBe('2027-01-05')
  })

  it('refuses a double approval, an approval before the request and approving a closed request', () => {
    const cr = createChangeRequest({ ...base, initiatedBy: 'operator' })
    expect(() => approveChangeRequest(cr, 'operator', d('2026-11-03'))).toThrow(/al gegeven/)
    expect(() => approveChangeRequest(cr, 'partner', d('2026-11-01'))).toThrow(/vóór de aanvraag/)
    const rejected = rejectChangeRequest(cr, d('2026-11-04'))
    expect(rejected).toMatchObject({ status: 'afgewezen', closedDate: '2026-11-04' })
    expect(() => approveChangeRequest(rejected, 'partner', d('2026-11-05'))).toThrow(DomainRuleError)
  })

  it('refuses a request to the same plan', () => {
    expect(() => createChangeRequest({ ...base, toPlanId: 'plus', initiatedBy: 'operator' })).toThrow(/gelijk/)
  })

  it('can be withdrawn while open or approved, not after processing', () => {
    const approved = changeRequest({ partnerApprovalDate: d('2026-11-03'), status: 'akkoord' })
    expect(withdrawChangeRequest(approved, d('2026-11-04')).status).toBe('ingetrokken')
    expect(() => rejectChangeRequest(approved, d('2026-11-04'))).toThrow(DomainRuleError)
    expect(() => withdrawChangeRequest({ ...approved, status: 'verwerkt' }, d('2026-11-04'))).toThrow(DomainRuleError)
  })
})

describe('processing', () => {
  const approved = changeRequest({ partnerApprovalDate: d('2026-11-03'), operatorApprovalDate: d('2026-11-02'), status: 'akkoord' })
  const periods = [period('c1', 'basis', '2026-06-01', '2026-09-01', 'a'), period('c1', 'plus', '2026-09-01', null, 'b')]
  const c = client({ id: 'c1', activationDate: d('2026-06-01') })

  it('closes the running period and opens the new plan on the effective date', () => {
    const result = processChangeRequest({
      changeRequest: approved,
      periods,
      effectiveDate: d('2026-11-16'),
      processedDate: d('2026-11-10'),
      newPeriodId: 'n',
      startDay: 26,
    })
    expect(result.changeRequest).toMatchObject({ status: 'verwerkt', effectiveDate: '2026-11-16', closedDate: '2026-11-10' })
    expect(result.changes.put).toEqual([
      { ...periods[1], until: '2026-11-16' },
      { id: 'n', clientId: 'c1', planId: 'intensief', from: '2026-11-16', until: null },
    ])
    expect(checkSubscriptionPeriods(c, applyPeriodChanges(periods, result.changes), null)).toEqual([])
  })

  it('may reach back to the start of the running billing period, not before', () => {
    const ok = processChangeRequest({
      changeRequest: approved,
      periods,
      effectiveDate: d('2026-10-26'),
      processedDate: d('2026-11-10'),
      newPeriodId: 'n',
      startDay: 26,
    })
    expect(ok.changes.put[1]?.from).toBe('2026-10-26')
    expect(() =>
      processChangeRequest({
        changeRequest: approved,
        periods,
        effectiveDate: d('2026-10-25'),
        processedDate: d('2026-11-10'),
        newPeriodId: 'n',
        startDay: 26,
      }),
    ).toThrow(/terugwerkende|vóór de lopende/)
  })

  it('refuses an open request, a client on another plan, and a date without subscription', () => {
    const open = changeRequest({})
    expect(() =>
      processChangeRequest({ changeRequest: open, periods, effectiveDate: d('2026-11-16'), processedDate: d('2026-11-10'), newPeriodId: 'n', startDay: 26 }),
    ).toThrow(DomainRuleError)
    const other = changeRequest({ ...approved, fromPlanId: 'basis' })
    expect(() =>
      processChangeRequest({ changeRequest: other, periods, effectiveDate: d('2026-11-16'), processedDate: d('2026-11-10'), newPeriodId: 'n', startDay: 26 }),
    ).toThrow(/ander abonnement/)
    const ended = [period('c1', 'plus', '2026-06-01', '2026-11-01', 'a')]
    expect(() =>
      processChangeRequest({
        changeRequest: approved,
        periods: ended,
        effectiveDate: d('2026-11-16'),
        processedDate: d('2026-11-10'),
        newPeriodId: 'n',
        startDay: 26,
      }),
    ).toThrow(/geen abonnement/)
  })

  it('a plan change on the same day as activation changes the first period instead of leaving an empty one', () => {
    const registered = client({ id: 'c1', status: 'aangemeld', activationDate: null, registrationPlanId: 'plus', registrationReceivedDate: d('2026-11-02') })
    const activation = activateClient(registered, d('2026-11-10'), 'first')
    const result = processChangeRequest({
      changeRequest: approved,
      periods: [activation.period],
      effectiveDate: d('2026-11-10'),
      processedDate: d('2026-11-10'),
      newPeriodId: 'n',
      startDay: 26,
    })
    expect(result.changes).toEqual({ put: [{ ...activation.period, planId: 'intensief' }], remove: [] })
    expect(checkSubscriptionPeriods(activation.client, applyPeriodChanges([activation.period], result.changes), null)).toEqual([])
  })

  it('a change and a deregistration in one period leave sound periods', () => {
    const change = processChangeRequest({
      changeRequest: approved,
      periods,
      effectiveDate: d('2026-11-05'),
      processedDate: d('2026-11-04'),
      newPeriodId: 'n',
      startDay: 26,
    })
    const afterChange = applyPeriodChanges(periods, change.changes)
    const dereg = createDeregistration({ id: 'x', clientId: 'c1', receivedDate: d('2026-11-12'), requestedDate: d('2026-11-20') }, 26)
    const result = processDeregistration(c, afterChange, dereg, d('2026-11-13'))
    const final = applyPeriodChanges(afterChange, result.changes)
    expect(final.map((p) => [p.planId, p.from, p.until])).toEqual([
      ['basis', '2026-06-01', '2026-09-01'],
      ['plus', '2026-09-01', '2026-11-05'],
      ['intensief', '2026-11-05', '2026-11-20'],
    ])
    expect(checkSubscriptionPeriods(result.client, final, result.deregistration)).toEqual([])
  })
})

describe('earliestChangeEffectiveDate', () => {
  it('is the start of the billing period running on the processing day', () => {
    expect(earliestChangeEffectiveDate(d('2026-11-20'), 26)).toBe('2026-10-26')
    expect(earliestChangeEffectiveDate(d('2026-11-26'), 26)).toBe('2026-11-26')
    expect(earliestChangeEffectiveDate(d('2026-11-20'), 1)).toBe('2026-11-01')
  })
})
