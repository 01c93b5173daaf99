import { periodContaining, type BillingPeriod } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import type { WorkingCalendar } from '../../calendar/workingDays'
import { formatDate } from '../../format/date'
import type { Client } from '../../model/client'
import type { Deregistration, SubscriptionPeriod } from '../../model/subscription'
import type { LifecycleProblem } from '../../problems/lifecycle'
import { DomainRuleError } from '../errors'
import { PROCESSING_WORKING_DAYS } from './registration'
import { closePeriodsAt, type SubscriptionPeriodChanges } from './subscriptionPeriods'

export type DeregistrationExplanation = LifecycleProblem<'afmelding-per-ontvangst'>

export interface DeregistrationAssessment {
  readonly effectiveDate: CalendarDate
  /** True when the requested date could not be honoured and the date of receipt applies. */
  readonly adjusted: boolean
  /** The billing period running on the day the e-mail was received. */
  readonly runningPeriod: BillingPeriod
  /** Why the date of receipt applies, for the clerk and the partner, when `adjusted`; null otherwise. */
  readonly explanation: DeregistrationExplanation | null
}

/**
 * Spec rule 5: not retroactive. The effective date (first day no longer billed) is the requested date, unless
 * that lies before the start of the billing period running on the day of receipt: then the date of receipt.
 * Received 10-11-2026 (period 2026-11 from 26-10-2026): requested 20-10 → 10-11; 28-10 → 28-10; 31-12 → 31-12.
 */
export function assessDeregistration(receivedDate: CalendarDate, requestedDate: CalendarDate, startDay: number): DeregistrationAssessment {
  const runningPeriod = periodContaining(receivedDate, startDay)
  if (requestedDate >= runningPeriod.from) return { effectiveDate: requestedDate, adjusted: false, runningPeriod, explanation: null }
  const explanation: DeregistrationExplanation = {
    code: 'afmelding-per-ontvangst',
    params: {
      requested: formatDate(requestedDate),
      period: runningPeriod.name,
      from: formatDate(runningPeriod.from),
      last: formatDate(runningPeriod.last),
      received: formatDate(receivedDate),
    },
  }
  return { effectiveDate: receivedDate, adjusted: true, runningPeriod, explanation }
}

export function deregistrationEffectiveDate(receivedDate: CalendarDate, requestedDate: CalendarDate, startDay: number): CalendarDate {
  return assessDeregistration(receivedDate, requestedDate, startDay).effectiveDate
}

/** Spec rule 5: processed within 10 working days of receipt. */
export function deregistrationDeadline(receivedDate: CalendarDate, calendar: WorkingCalendar): CalendarDate {
  return calendar.addWorkingDays(receivedDate, PROCESSING_WORKING_DAYS)
}

/** A new, unprocessed deregistration with its computed effective date. */
export function createDeregistration(
  input: { readonly id: string; readonly clientId: string; readonly receivedDate: CalendarDate; readonly requestedDate: CalendarDate },
  startDay: number,
): Deregistration {
  return {
    ...input,
    effectiveDate: deregistrationEffectiveDate(input.receivedDate, input.requestedDate, startDay),
    processedDate: null,
  }
}

export interface ProcessedDeregistration {
  readonly client: Client
  readonly deregistration: Deregistration
  readonly changes: SubscriptionPeriodChanges
}

/**
 * Processing ends billing on the effective date (closing the running period, removing any later ones) and
 * marks the client `afgemeld`. Whether the client is still billed on a given day follows from its periods,
 * not from the status (docs/rules.md).
 */
export function processDeregistration(
  client: Client,
  periods: readonly SubscriptionPeriod[],
  deregistration: Deregistration,
  processedDate: CalendarDate,
): ProcessedDeregistration {
  if (deregistration.clientId !== client.id) throw new DomainRuleError('andere-client')
  if (deregistration.processedDate !== null) {
    throw new DomainRuleError('al-verwerkt', { date: formatDate(deregistration.processedDate) })
  }
  if (processedDate < deregistration.receivedDate) {
    throw new DomainRuleError('verwerkt-voor-ontvangst')
  }
  return {
    client: { ...client, status: 'afgemeld' },
    deregistration: { ...deregistration, processedDate },
    changes: closePeriodsAt(
      periods.filter((p) => p.clientId === client.id),
      deregistration.effectiveDate,
    ),
  }
}
