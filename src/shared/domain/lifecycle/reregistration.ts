import type { CalendarDate } from '../../calendar/calendarDate'
import { formatDate } from '../../format/date'
import { emptyIntake, type Client } from '../../model/client'
import type { Deregistration, SubscriptionPeriod } from '../../model/subscription'
import { DomainRuleError } from '../errors'
import { checkSubscriptionPeriods, latestDeregistrationByClient, sortPeriods, type SubscriptionViolation } from './subscriptionPeriods'

/**
 * A deregistered client can be registered again as a new registration (docs/rules.md). The client keeps its
 * record, client number and history (subscription periods, change requests, deregistrations); the new
 * registration starts a new episode: status `aangemeld`, the new plan and receipt date, and activation,
 * login and intake start over. Billing resumes only at the new activation.
 */

/** The first day no longer billed: the latest end of the periods; null while a period runs open-ended or there are none. */
export function billingEnd(periods: readonly SubscriptionPeriod[]): CalendarDate | null {
  let end: CalendarDate | null = null
  for (const p of periods) {
    if (p.until === null) return null
    if (end === null || p.until > end) end = p.until
  }
  return end
}

export interface Reregistration {
  readonly registrationPlanId: string
  readonly receivedDate: CalendarDate
}

export function reregisterClient(client: Client, periods: readonly SubscriptionPeriod[], input: Reregistration): Client {
  if (client.status !== 'afgemeld') {
    throw new DomainRuleError('niet-afgemeld')
  }
  if (client.anonymisedDate !== null) {
    throw new DomainRuleError('geanonimiseerd')
  }
  const own = periods.filter((p) => p.clientId === client.id)
  if (own.length > 0) {
    const end = billingEnd(own)
    if (end === null) throw new DomainRuleError('abonnement-loopt')
    if (input.receivedDate < end) {
      throw new DomainRuleError('aanmelding-voor-einde', { date: formatDate(input.receivedDate), endDate: formatDate(end) })
    }
  }
  return {
    ...client,
    status: 'aangemeld',
    registrationPlanId: input.registrationPlanId,
    registrationReceivedDate: input.receivedDate,
    activationDate: null,
    loginSentDate: null,
    intake: emptyIntake,
  }
}

/** The later of two period ends, where null (open-ended) is latest. */
function laterEnd(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  return a === null || b === null ? null : a > b ? a : b
}

/** Splits periods (sorted) into stretches without gaps: each earlier registration of a re-registered client is one. */
function stretches(periods: readonly SubscriptionPeriod[]): SubscriptionPeriod[][] {
  const result: SubscriptionPeriod[][] = []
  let current: SubscriptionPeriod[] = []
  let reach: CalendarDate | null = null
  for (const p of sortPeriods(periods)) {
    if (current.length > 0 && reach !== null && reach < p.from) {
      result.push(current)
      current = []
      reach = null
    }
    reach = current.length === 0 ? p.until : laterEnd(reach, p.until)
    current.push(p)
  }
  if (current.length > 0) result.push(current)
  return result
}

/**
 * The period invariants over a client's whole history, re-registrations included. Periods before the current
 * activation belong to earlier registrations: each earlier stretch must end on the effective date of a
 * processed deregistration and must not reach into the current one. The current registration is checked by
 * `checkSubscriptionPeriods` as usual. A client that was never re-registered gets exactly that check.
 */
export function checkClientHistory(
  client: Pick<Client, 'id' | 'activationDate'>,
  periods: readonly SubscriptionPeriod[],
  deregistrations: readonly Deregistration[],
): SubscriptionViolation[] {
  const own = deregistrations.filter((d) => d.clientId === client.id)
  const processed = own.filter((d) => d.processedDate !== null)
  const start = client.activationDate
  // Never deregistered: one registration, the usual check.
  if (processed.length === 0) return checkSubscriptionPeriods(client, periods, own.at(-1) ?? null)

  const violations: SubscriptionViolation[] = []
  const used = new Set<string>()
  for (const stretch of stretches(periods.filter((p) => start === null || p.from < start))) {
    const first = stretch[0]
    if (first === undefined) continue
    const end = billingEnd(stretch)
    const closing = end === null ? undefined : processed.find((d) => d.effectiveDate === end)
    if (closing) used.add(closing.id)
    // Without a closing deregistration the stretch counts as ended without one (or, when open, as still running).
    violations.push(...checkSubscriptionPeriods({ id: client.id, activationDate: first.from }, stretch, closing ?? null))
    if (end === null || (start !== null && end > start)) {
      const periodIds = stretch.map((p) => p.id)
      violations.push(
        start === null
          ? { code: 'eerdere-aanmelding-loopt', clientId: client.id, periodIds, params: {} }
          : { code: 'eerdere-aanmelding-loopt-door', clientId: client.id, periodIds, params: { date: formatDate(start) } },
      )
    }
  }
  if (start === null) return violations
  // The current registration's deregistration: not one that closed an earlier stretch or ended before this activation.
  const rest = own.filter((d) => !used.has(d.id) && !(d.processedDate !== null && d.effectiveDate < start))
  const current = periods.filter((p) => p.from >= start)
  violations.push(...checkSubscriptionPeriods(client, current, latestDeregistrationByClient(rest).get(client.id) ?? null))
  return violations
}
