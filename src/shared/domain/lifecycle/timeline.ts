import { addDays } from '../../calendar/dateMath'
import type { CalendarDate } from '../../calendar/calendarDate'
import type { Client } from '../../model/client'
import type { ChangeRequest, Deregistration, SubscriptionPeriod } from '../../model/subscription'
import { assessDeregistration, type DeregistrationExplanation } from './deregistration'

/** One line of a client's subscription history, oldest first (spec rule 4: "timeline"). */
export type TimelineEntry =
  | {
      readonly kind: 'registration'
      readonly date: CalendarDate
      readonly planId: string
      /** A deregistered client registered again: there are periods before this registration. */
      readonly again: boolean
    }
  | { readonly kind: 'activation'; readonly date: CalendarDate; readonly loginSentDate: CalendarDate | null }
  | {
      readonly kind: 'period'
      readonly date: CalendarDate
      readonly period: SubscriptionPeriod
      /** Last billed day (inclusive), null while open-ended. */
      readonly lastDay: CalendarDate | null
    }
  | { readonly kind: 'changeRequest'; readonly date: CalendarDate; readonly request: ChangeRequest }
  | {
      readonly kind: 'deregistration'
      readonly date: CalendarDate
      readonly deregistration: Deregistration
      /** Why the requested date could not be honoured, as code and parameters; null when it was. */
      readonly explanation: DeregistrationExplanation | null
    }

/**
 * Why a stored deregistration's effective date differs from the requested one (a lifecycle problem); null
 * when it does not. Only where the dates differ: the start day may have changed since it was computed.
 */
export function deregistrationExplanation(deregistration: Deregistration, startDay: number): DeregistrationExplanation | null {
  if (deregistration.effectiveDate === deregistration.requestedDate) return null
  return assessDeregistration(deregistration.receivedDate, deregistration.requestedDate, startDay).explanation
}

export interface TimelineInput {
  readonly client: Client
  readonly periods: readonly SubscriptionPeriod[]
  readonly changeRequests: readonly ChangeRequest[]
  readonly deregistrations: readonly Deregistration[]
  readonly startDay: number
}

// Same day: the order in which things happen in the workflow.
const KIND_ORDER: Record<TimelineEntry['kind'], number> = { registration: 0, activation: 1, period: 2, changeRequest: 3, deregistration: 4 }

/**
 * The registration and activation on the client record are those of its current registration; earlier
 * registrations of a re-registered client show through their periods and deregistrations.
 */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const { client } = input
  const again = input.periods.some((p) => p.from < client.registrationReceivedDate)
  const entries: TimelineEntry[] = [{ kind: 'registration', date: client.registrationReceivedDate, planId: client.registrationPlanId, again }]
  if (client.activationDate !== null) entries.push({ kind: 'activation', date: client.activationDate, loginSentDate: client.loginSentDate })
  for (const period of input.periods) {
    entries.push({ kind: 'period', date: period.from, period, lastDay: period.until === null ? null : addDays(period.until, -1) })
  }
  for (const request of input.changeRequests) entries.push({ kind: 'changeRequest', date: request.requestDate, request })
  for (const deregistration of input.deregistrations) {
    entries.push({
      kind: 'deregistration',
      date: deregistration.receivedDate,
      deregistration,
      explanation: deregistrationExplanation(deregistration, input.startDay),
    })
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]))
}
