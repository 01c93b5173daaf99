import type { Client } from '../../model/client'
import type { Deregistration, SubscriptionPeriod } from '../../model/subscription'
import { checkClientHistory } from './reregistration'
import { groupPeriodsByClient, type SubscriptionViolation } from './subscriptionPeriods'

/**
 * The period invariants for every client, in one pass over each table, through the history check: a client
 * that was deregistered and registered again is judged per registration.
 */
export function checkAllClientHistories(
  clients: readonly Pick<Client, 'id' | 'activationDate'>[],
  periods: readonly SubscriptionPeriod[],
  deregistrations: readonly Deregistration[],
): SubscriptionViolation[] {
  const periodsByClient = groupPeriodsByClient(periods)
  const deregistrationsByClient = new Map<string, Deregistration[]>()
  for (const d of deregistrations) {
    const list = deregistrationsByClient.get(d.clientId)
    if (list) list.push(d)
    else deregistrationsByClient.set(d.clientId, [d])
  }
  return clients.flatMap((c) => checkClientHistory(c, periodsByClient.get(c.id) ?? [], deregistrationsByClient.get(c.id) ?? []))
}
