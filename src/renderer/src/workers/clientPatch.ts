import type { AuditEntity, AuditAction } from '@shared/model'
import type { AuditChange, Repositories } from '../data'

/**
 * The kinds of write a kept copy follows record by record: a clerk's work on one client at a time (its
 * details, a lifecycle step, a change request, a deregistration, its anonymisation). Imports, restores,
 * partners, plans and settings make the copy read afresh.
 */
const PER_CLIENT_ENTITIES: ReadonlySet<AuditEntity> = new Set(['client', 'subscriptionPeriod', 'changeRequest', 'deregistration'])
const PER_CLIENT_ACTIONS: ReadonlySet<AuditAction> = new Set(['create', 'update', 'delete', 'anonymise'])

/**
 * The clients whose records the changes touched, or null when a change is not a clerk's work on one client or
 * its client cannot be told. A record's client comes from the database, or, for a record deleted since, from
 * its audit entry. Whole clients are refreshed, not single records, so a record a write changed beside the
 * one its entry names (a client's current plan beside its new period) is refreshed too.
 */
export async function touchedClients(repos: Repositories, changes: readonly AuditChange[]): Promise<Set<string> | null> {
  if (!changes.every((c) => PER_CLIENT_ENTITIES.has(c.entity) && PER_CLIENT_ACTIONS.has(c.action))) return null
  const stored = await repos.clientRecords.owners(changes)
  const clients = new Set<string>()
  for (const [i, change] of changes.entries()) {
    const owner = change.entity === 'client' ? change.recordId : (stored[i] ?? change.clientId)
    if (owner === undefined) return null
    clients.add(owner)
  }
  return clients
}

/**
 * `kept` with every record of `clientIds` replaced by `fresh` (their records as stored now), in `order`: the
 * order the full read returns, which `kept` is in, so the result is what reading the table afresh would give.
 * Frozen, like the kept copies.
 */
export function replaceClientRecords<T>(
  kept: readonly T[],
  fresh: readonly T[],
  clientOf: (record: T) => string,
  clientIds: ReadonlySet<string>,
  order: (a: T, b: T) => number,
): readonly T[] {
  const incoming = [...fresh].sort(order)
  const result: T[] = []
  let next = 0
  for (const record of kept) {
    if (clientIds.has(clientOf(record))) continue
    while (next < incoming.length && order(incoming[next] as T, record) < 0) result.push(incoming[next++] as T)
    result.push(record)
  }
  while (next < incoming.length) result.push(incoming[next++] as T)
  return Object.freeze(result)
}

/** IndexedDB's order of string keys, which is JavaScript's `<` on strings (UTF-16 code units). */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
