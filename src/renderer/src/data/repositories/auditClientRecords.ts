import type { AuditEntity, AuditEntry } from '@shared/model'
import type { DataContext } from '../context'

/** Records that belong to one client and have entries of their own in the trail. */
export const CLIENT_PART_ENTITIES = ['subscriptionPeriod', 'changeRequest', 'deregistration'] as const satisfies readonly AuditEntity[]

/** An `[entity+recordId]` key of the trail's index. */
export type AuditRecordKey = [AuditEntity, string]

/** Whether a create or delete entry of a client's part names that client (its `clientId` before or after). */
function namesClient(entry: AuditEntry, clientId: string): boolean {
  return entry.changes.some((c) => c.field === 'clientId' && (c.before === clientId || c.after === clientId))
}

/**
 * The records whose entries are about one client: the client itself, its stored periods, change requests and
 * deregistrations (by their `clientId` index), and those of deleted ones, found in the trail by the `clientId`
 * their create or delete entry recorded. Usage is recorded per import, not per client, so it has none.
 * The trail part is kept per client and only the entries added since are read again; it is read anew when the
 * entry it last read is gone or different (a restore replaced the trail). Call inside a read transaction over
 * the audit trail and the three tables.
 */
export function createClientRecordFinder(ctx: DataContext): (clientId: string) => Promise<AuditRecordKey[]> {
  const { db } = ctx
  let kept: { clientId: string; lastId: number; lastHash: string | undefined; keys: Map<string, AuditRecordKey> } | null = null

  async function fromTrail(clientId: string): Promise<AuditRecordKey[]> {
    const last = await db.auditEntries.orderBy(':id').last()
    const lastId = last?.id ?? 0
    if (kept && kept.clientId === clientId && kept.lastId > 0) {
      const seen = await db.auditEntries.get(kept.lastId)
      if (seen?.hash !== kept.lastHash) kept = null
    }
    if (!kept || kept.clientId !== clientId || lastId < kept.lastId) kept = { clientId, lastId: 0, lastHash: undefined, keys: new Map() }
    const mine = kept
    const keys = mine.keys
    const add = (entry: AuditEntry) => void keys.set(`${entry.entity}|${entry.recordId}`, [entry.entity, entry.recordId])
    const parts: readonly string[] = CLIENT_PART_ENTITIES
    if (mine.lastId === 0) {
      await db.auditEntries
        .where('entity')
        .anyOf(CLIENT_PART_ENTITIES)
        .filter((e) => namesClient(e, clientId))
        .each(add)
    } else if (lastId > mine.lastId) {
      await db.auditEntries
        .where(':id')
        .above(mine.lastId)
        .filter((e) => parts.includes(e.entity) && namesClient(e, clientId))
        .each(add)
    }
    mine.lastId = lastId
    mine.lastHash = last?.hash
    return [...keys.values()]
  }

  return async (clientId) => {
    const stored = await Promise.all([
      db.subscriptionPeriods.where('clientId').equals(clientId).primaryKeys(),
      db.changeRequests.where('clientId').equals(clientId).primaryKeys(),
      db.deregistrations.where('clientId').equals(clientId).primaryKeys(),
    ])
    const keys = new Map<string, AuditRecordKey>([[`client|${clientId}`, ['client', clientId]]])
    stored.forEach((ids, i) => ids.forEach((id) => keys.set(`${CLIENT_PART_ENTITIES[i]!}|${id}`, [CLIENT_PART_ENTITIES[i]!, id])))
    for (const key of await fromTrail(clientId)) keys.set(key.join('|'), key)
    return [...keys.values()]
  }
}
