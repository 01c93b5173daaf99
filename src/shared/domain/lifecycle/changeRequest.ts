import { periodContaining } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import { maxDate } from '../../calendar/dateMath'
import type { WorkingCalendar } from '../../calendar/workingDays'
import { formatDate } from '../../format/date'
import type { ChangeRequest, ChangeRequestStatus, Initiator, SubscriptionPeriod } from '../../model/subscription'
import { DomainRuleError } from '../errors'
import { PROCESSING_WORKING_DAYS } from './registration'
import { changePlanAt, subscriptionOn, type SubscriptionPeriodChanges } from './subscriptionPeriods'

/**
 * Spec rule 4, abonnementswijziging: `open` → `akkoord` (both parties approved) → `verwerkt`; `open` →
 * `afgewezen` (a party declines); `open` or `akkoord` → `ingetrokken` (withdrawn before processing).
 * `verwerkt`, `afgewezen` and `ingetrokken` are final.
 */
export const CHANGE_REQUEST_TRANSITIONS: Readonly<Record<ChangeRequestStatus, readonly ChangeRequestStatus[]>> = {
  open: ['akkoord', 'afgewezen', 'ingetrokken'],
  akkoord: ['verwerkt', 'ingetrokken'],
  verwerkt: [],
  afgewezen: [],
  ingetrokken: [],
}

export function canTransition(from: ChangeRequestStatus, to: ChangeRequestStatus): boolean {
  return CHANGE_REQUEST_TRANSITIONS[from].includes(to)
}

export function assertTransition(from: ChangeRequestStatus, to: ChangeRequestStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainRuleError('ongeldige-statusovergang', { from, to })
  }
}

function approvalDate(cr: ChangeRequest, party: Initiator): CalendarDate | null {
  return party === 'partner' ? cr.partnerApprovalDate : cr.operatorApprovalDate
}

/** Parties whose approval is still missing. */
export function pendingApprovals(cr: ChangeRequest): Initiator[] {
  return (['partner', 'operator'] as const).filter((p) => approvalDate(cr, p) === null)
}

/** The later of the two approvals, once both are given. */
export function laterApprovalDate(cr: ChangeRequest): CalendarDate | null {
  if (cr.partnerApprovalDate === null || cr.operatorApprovalDate === null) return null
  return maxDate(cr.partnerApprovalDate, cr.operatorApprovalDate)
}

/** Spec rule 4: processed within 10 working days after the later approval; null while an approval is missing. */
export function changeRequestDeadline(cr: ChangeRequest, calendar: WorkingCalendar): CalendarDate | null {
  const later = laterApprovalDate(cr)
  return later === null ? null : calendar.addWorkingDays(later, PROCESSING_WORKING_DAYS)
}

export interface NewChangeRequest {
  readonly id: string
  readonly clientId: string
  readonly fromPlanId: string
  readonly toPlanId: string
  readonly initiatedBy: Initiator
  readonly reason: string
  readonly requestDate: CalendarDate
}

/** A new request is `open`; the party that asks for the change approves it by asking (docs/rules.md). */
export function createChangeRequest(input: NewChangeRequest): ChangeRequest {
  if (input.fromPlanId === input.toPlanId) {
    throw new DomainRuleError('zelfde-abonnement')
  }
  return {
    ...input,
    partnerApprovalDate: input.initiatedBy === 'partner' ? input.requestDate : null,
    operatorApprovalDate: input.initiatedBy === 'operator' ? input.requestDate : null,
    closedDate: null,
    effectiveDate: null,
    status: 'open',
  }
}

/** Records one party's approval; with both approvals the request becomes `akkoord`. */
export function approveChangeRequest(cr: ChangeRequest, party: Initiator, date: CalendarDate): ChangeRequest {
  if (cr.status !== 'open') assertTransition(cr.status, 'akkoord')
  if (approvalDate(cr, party) !== null) {
    throw new DomainRuleError('al-akkoord', { party })
  }
  if (date < cr.requestDate) {
    throw new DomainRuleError('akkoord-voor-aanvraag', { date: formatDate(date), requestDate: formatDate(cr.requestDate) })
  }
  const next: ChangeRequest = party === 'partner' ? { ...cr, partnerApprovalDate: date } : { ...cr, operatorApprovalDate: date }
  return pendingApprovals(next).length === 0 ? { ...next, status: 'akkoord' } : next
}

/** A party declines: `open` → `afgewezen`. */
export function rejectChangeRequest(cr: ChangeRequest, date: CalendarDate): ChangeRequest {
  assertTransition(cr.status, 'afgewezen')
  return { ...cr, status: 'afgewezen', closedDate: date }
}

/** Withdrawn before processing: `open`/`akkoord` → `ingetrokken`. */
export function withdrawChangeRequest(cr: ChangeRequest, date: CalendarDate): ChangeRequest {
  assertTransition(cr.status, 'ingetrokken')
  return { ...cr, status: 'ingetrokken', closedDate: date }
}

/**
 * The earliest effective date a change processed on `processedDate` may have: the start of the billing period
 * running that day (earlier periods may already be invoiced).
 */
export function earliestChangeEffectiveDate(processedDate: CalendarDate, startDay: number): CalendarDate {
  return periodContaining(processedDate, startDay).from
}

export interface ProcessedChangeRequest {
  readonly changeRequest: ChangeRequest
  readonly changes: SubscriptionPeriodChanges
}

/**
 * Processing (spec rule 4) closes the running subscription period and opens the new plan on the effective
 * date. Like a deregistration it cannot reach back before the billing period running on the processing day
 * (earlier periods may already be invoiced), and the client must be on the request's from-plan that day.
 */
export function processChangeRequest(input: {
  readonly changeRequest: ChangeRequest
  readonly periods: readonly SubscriptionPeriod[]
  readonly effectiveDate: CalendarDate
  readonly processedDate: CalendarDate
  readonly newPeriodId: string
  readonly startDay: number
}): ProcessedChangeRequest {
  const { changeRequest: cr, effectiveDate, processedDate } = input
  assertTransition(cr.status, 'verwerkt')
  const running = periodContaining(processedDate, input.startDay)
  if (effectiveDate < earliestChangeEffectiveDate(processedDate, input.startDay)) {
    throw new DomainRuleError('terugwerkende-kracht', { date: formatDate(effectiveDate), period: running.name, periodFrom: formatDate(running.from) })
  }
  const periods = input.periods.filter((p) => p.clientId === cr.clientId)
  const current = subscriptionOn(periods, effectiveDate)
  if (current !== null && current.planId !== cr.fromPlanId) {
    throw new DomainRuleError('ander-abonnement', { date: formatDate(effectiveDate) })
  }
  return {
    changeRequest: { ...cr, status: 'verwerkt', effectiveDate, closedDate: processedDate },
    changes: changePlanAt(periods, effectiveDate, cr.toPlanId, input.newPeriodId),
  }
}
