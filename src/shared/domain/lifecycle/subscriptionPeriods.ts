import type { CalendarDate } from '../../calendar/calendarDate'
import { formatDate } from '../../format/date'
import type { Client } from '../../model/client'
import type { Deregistration, SubscriptionPeriod } from '../../model/subscription'
import type { LifecycleProblem } from '../../problems/lifecycle'
import { DomainRuleError } from '../errors'
import { containsDate } from '../intervals'

/**
 * Subscription periods (spec: Subscription period, rules 2, 4, 5): half-open [from, until) intervals on one
 * plan. Changes are returned as `{ put, remove }` so the data layer can write them in one transaction.
 */
export interface SubscriptionPeriodChanges {
  /** Periods to insert or overwrite (by id). */
  readonly put: SubscriptionPeriod[]
  /** Ids of periods to delete. */
  readonly remove: string[]
}

/** By start date, then id: the order of `sortPeriods`, a total one. */
export function byFrom(a: SubscriptionPeriod, b: SubscriptionPeriod): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function sortPeriods(periods: readonly SubscriptionPeriod[]): SubscriptionPeriod[] {
  return [...periods].sort(byFrom)
}

/** One linear pass: each client's periods, sorted by start date. */
export function groupPeriodsByClient(periods: readonly SubscriptionPeriod[]): Map<string, SubscriptionPeriod[]> {
  const map = new Map<string, SubscriptionPeriod[]>()
  for (const p of periods) {
    const list = map.get(p.clientId)
    if (list) list.push(p)
    else map.set(p.clientId, [p])
  }
  for (const list of map.values()) list.sort(byFrom)
  return map
}

/** The period that bills `date`, if any. */
export function subscriptionOn(periods: readonly SubscriptionPeriod[], date: CalendarDate): SubscriptionPeriod | null {
  return periods.find((p) => containsDate(p, date)) ?? null
}

export function isActiveOn(periods: readonly SubscriptionPeriod[], date: CalendarDate): boolean {
  return subscriptionOn(periods, date) !== null
}

/** Applies changes to a list (for previews and tests; the data layer applies them to the tables). */
export function applyPeriodChanges(periods: readonly SubscriptionPeriod[], changes: SubscriptionPeriodChanges): SubscriptionPeriod[] {
  const removed = new Set(changes.remove)
  const byId = new Map(periods.filter((p) => !removed.has(p.id)).map((p) => [p.id, p]))
  for (const p of changes.put) byId.set(p.id, p)
  return sortPeriods([...byId.values()])
}

/**
 * Ends billing at `effectiveDate` (the first day no longer billed, spec rule 5): the period running then is
 * closed on that date, periods that would start on or after it are removed.
 */
export function closePeriodsAt(periods: readonly SubscriptionPeriod[], effectiveDate: CalendarDate): SubscriptionPeriodChanges {
  const put: SubscriptionPeriod[] = []
  const remove: string[] = []
  for (const p of periods) {
    if (p.from >= effectiveDate) remove.push(p.id)
    else if (p.until === null || p.until > effectiveDate) put.push({ ...p, until: effectiveDate })
  }
  return { put, remove }
}

/**
 * Switches to `toPlanId` on `effectiveDate` (spec rule 4): the period running then is closed on that date and
 * a new period on the new plan opens on it, running as long as the old one would have. A change on the very
 * first day of a period (e.g. the activation day) changes that period's plan instead of leaving an empty one.
 */
export function changePlanAt(
  periods: readonly SubscriptionPeriod[],
  effectiveDate: CalendarDate,
  toPlanId: string,
  newPeriodId: string,
): SubscriptionPeriodChanges {
  const running = subscriptionOn(periods, effectiveDate)
  if (!running) {
    throw new DomainRuleError('geen-lopend-abonnement', { date: formatDate(effectiveDate) })
  }
  if (running.planId === toPlanId) {
    throw new DomainRuleError('zelfde-abonnement')
  }
  if (running.from === effectiveDate) return { put: [{ ...running, planId: toPlanId }], remove: [] }
  return {
    put: [
      { ...running, until: effectiveDate },
      { id: newPeriodId, clientId: running.clientId, planId: toPlanId, from: effectiveDate, until: running.until },
    ],
    remove: [],
  }
}

export type SubscriptionViolationCode =
  | 'andere-client'
  | 'ongeldige-periode'
  | 'overlap'
  | 'gat'
  | 'geen-activatiedatum'
  | 'begin-niet-op-activatie'
  | 'actief-zonder-abonnement'
  | 'einde-niet-op-afmelding'
  | 'beeindigd-zonder-afmelding'
  | 'eerdere-aanmelding-loopt'
  | 'eerdere-aanmelding-loopt-door'

/** A finding by code and parameters (the words: src/shared/i18n/lifecycle.*.ts). */
export interface SubscriptionViolation extends LifecycleProblem<SubscriptionViolationCode> {
  readonly clientId: string
  readonly periodIds: string[]
}

/** A period end as a parameter: dd-mm-jjjj, or `open` while it runs. */
const endText = (until: CalendarDate | null): string => (until === null ? 'open' : formatDate(until))
const span = (p: SubscriptionPeriod) => ({ from: formatDate(p.from), until: endText(p.until) })

/**
 * Checks one client's periods against the spec's invariants and returns every violation (empty = sound):
 * no overlap, no gap, billing starts on the activation date, and ends on the effective date of a processed
 * deregistration (open-ended otherwise).
 */
export function checkSubscriptionPeriods(
  client: Pick<Client, 'id' | 'activationDate'>,
  periods: readonly SubscriptionPeriod[],
  deregistration: Pick<Deregistration, 'effectiveDate' | 'processedDate'> | null,
): SubscriptionViolation[] {
  const violations: SubscriptionViolation[] = []
  const add = (code: SubscriptionViolationCode, ps: readonly SubscriptionPeriod[], params: Readonly<Record<string, string>> = {}): void => {
    violations.push({ code, clientId: client.id, periodIds: ps.map((p) => p.id), params })
  }
  const sorted = sortPeriods(periods)
  for (const p of sorted) {
    if (p.clientId !== client.id) add('andere-client', [p], span(p))
    if (p.until !== null && p.until <= p.from) add('ongeldige-periode', [p], span(p))
  }
  // Sorted by start, so comparing each period with the furthest end seen so far finds every overlap and gap.
  let reach: SubscriptionPeriod | null = null
  for (const p of sorted) {
    if (reach !== null) {
      if (reach.until === null || reach.until > p.from) {
        add('overlap', [reach, p], { ...span(reach), otherFrom: formatDate(p.from), otherUntil: endText(p.until) })
      } else if (reach.until < p.from) {
        add('gat', [reach, p], { from: formatDate(reach.until), until: formatDate(p.from) })
      }
    }
    if (reach === null || (reach.until !== null && (p.until === null || p.until > reach.until))) reach = p
  }

  const first = sorted[0]
  const last = sorted.at(-1)
  const ended = deregistration !== null && deregistration.processedDate !== null ? deregistration.effectiveDate : null
  if (first === undefined || last === undefined) {
    const neverBilled = ended !== null && client.activationDate !== null && ended <= client.activationDate
    if (client.activationDate !== null && !neverBilled) {
      add('actief-zonder-abonnement', [], { date: formatDate(client.activationDate) })
    }
    return violations
  }
  if (client.activationDate === null) {
    add('geen-activatiedatum', sorted)
  } else if (first.from !== client.activationDate) {
    add('begin-niet-op-activatie', [first], { from: formatDate(first.from), activation: formatDate(client.activationDate) })
  }
  // `reach` is the period that ends last (an open-ended one if any).
  const end = reach ?? last
  if (ended !== null) {
    if (end.until !== ended) {
      add('einde-niet-op-afmelding', [end], { until: endText(end.until), effective: formatDate(ended) })
    }
  } else if (end.until !== null) {
    add('beeindigd-zonder-afmelding', [end], { until: formatDate(end.until) })
  }
  return violations
}

/**
 * The invariant check for every client, in one pass over each table, judging each client as registered once.
 * For clients that may have been deregistered and registered again use `checkAllClientHistories`.
 */
export function checkAllSubscriptionPeriods(
  clients: readonly Pick<Client, 'id' | 'activationDate'>[],
  periods: readonly SubscriptionPeriod[],
  deregistrations: readonly Deregistration[],
): SubscriptionViolation[] {
  const byClient = groupPeriodsByClient(periods)
  const deregByClient = latestDeregistrationByClient(deregistrations)
  return clients.flatMap((c) => checkSubscriptionPeriods(c, byClient.get(c.id) ?? [], deregByClient.get(c.id) ?? null))
}

/** A client's deregistration: the processed one if any, else the latest received. */
export function latestDeregistrationByClient(deregistrations: readonly Deregistration[]): Map<string, Deregistration> {
  const map = new Map<string, Deregistration>()
  for (const d of deregistrations) {
    const current = map.get(d.clientId)
    if (!current) map.set(d.clientId, d)
    else if ((d.processedDate !== null) !== (current.processedDate !== null)) {
      if (d.processedDate !== null) map.set(d.clientId, d)
    } else if (d.receivedDate > current.receivedDate) map.set(d.clientId, d)
  }
  return map
}
