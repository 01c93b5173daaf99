import { byFrom, type SignalData } from '@shared/domain'
import { changeRequestOrder } from '../data/repositories/changeRequests'
import { deregistrationOrder } from '../data/repositories/deregistrations'
import { usageByPeriodOrder } from '../data/repositories/usage'
import { byKey } from './clientPatch'

/**
 * The clients whose records differ between two states of the kept tables, or null when more than `limit`
 * do. A refresh puts new objects only in place of the records it read again (`clientPatch.ts`), so a record
 * that is the very same object as before is unchanged; anything else (new, replaced or gone) names its
 * client. A table read whole again has only new objects, so it exceeds any limit.
 */
export function changedClients(before: SignalData, after: SignalData, limit: number): Set<string> | null {
  const changed = new Set<string>()
  const within =
    collect(
      before.clients,
      after.clients,
      (c) => c.id,
      (a, b) => byKey(a.id, b.id),
      changed,
      limit,
    ) &&
    collect(before.subscriptionPeriods, after.subscriptionPeriods, (p) => p.clientId, byFrom, changed, limit) &&
    collect(before.changeRequests, after.changeRequests, (cr) => cr.clientId, changeRequestOrder, changed, limit) &&
    collect(before.deregistrations, after.deregistrations, (d) => d.clientId, deregistrationOrder, changed, limit) &&
    collect(before.usage, after.usage, (u) => u.clientId, usageByPeriodOrder, changed, limit)
  return within ? changed : null
}

/**
 * Walks both tables side by side in the order they were read in, so an unchanged record costs one identity
 * comparison (a Set of a million objects took a third of a second). Every record not paired with itself is
 * counted as changed, so a table out of that order only makes the result larger, never misses a change.
 * Adds to `changed`; false once it holds more than `limit` clients.
 */
function collect<T>(
  before: readonly T[],
  after: readonly T[],
  clientOf: (record: T) => string,
  order: (a: T, b: T) => number,
  changed: Set<string>,
  limit: number,
): boolean {
  if (before === after) return true
  const mark = (record: T) => changed.add(clientOf(record)).size <= limit
  let i = 0
  let j = 0
  while (i < before.length && j < after.length) {
    const old = before[i] as T
    const now = after[j] as T
    if (old === now) {
      i++
      j++
      continue
    }
    // The earlier of the two is gone (before) or new (after); at the same place, one replaced the other.
    const side = order(old, now)
    if (side <= 0 && !mark(before[i++] as T)) return false
    if (side >= 0 && !mark(after[j++] as T)) return false
  }
  while (i < before.length) if (!mark(before[i++] as T)) return false
  while (j < after.length) if (!mark(after[j++] as T)) return false
  return true
}
