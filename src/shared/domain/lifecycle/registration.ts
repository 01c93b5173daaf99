import type { CalendarDate } from '../../calendar/calendarDate'
import type { WorkingCalendar } from '../../calendar/workingDays'
import { formatDate } from '../../format/date'
import type { Client } from '../../model/client'
import type { SubscriptionPeriod } from '../../model/subscription'
import { DomainRuleError } from '../errors'

/** Registrations, deregistrations and approved changes are processed within 10 working days (spec rules 1, 4, 5). */
export const PROCESSING_WORKING_DAYS = 10

/** Spec rule 1: a registration must be processed within 10 working days of receipt. */
export function registrationDeadline(receivedDate: CalendarDate, calendar: WorkingCalendar): CalendarDate {
  return calendar.addWorkingDays(receivedDate, PROCESSING_WORKING_DAYS)
}

export interface Activation {
  readonly client: Client
  readonly period: SubscriptionPeriod
}

/**
 * Spec rule 2: activation makes the client `actief` and billing starts that day, so the first subscription
 * period opens on the activation date on the plan chosen at registration.
 */
export function activateClient(client: Client, activationDate: CalendarDate, periodId: string): Activation {
  if (client.status !== 'aangemeld') {
    throw new DomainRuleError('al-geactiveerd', { status: client.status })
  }
  if (activationDate < client.registrationReceivedDate) {
    throw new DomainRuleError('activatie-voor-aanmelding', { date: formatDate(activationDate), receivedDate: formatDate(client.registrationReceivedDate) })
  }
  return {
    client: { ...client, status: 'actief', activationDate },
    period: { id: periodId, clientId: client.id, planId: client.registrationPlanId, from: activationDate, until: null },
  }
}
