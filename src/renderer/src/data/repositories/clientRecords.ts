import type { ChangeRequest, Client, Deregistration, PeriodName, SubscriptionPeriod, Usage } from '@shared/model'
import { fromClientRow } from '../clientRows'
import type { DataContext } from '../context'
import { readTransaction } from '../transaction'
import type { AuditChange } from './overview'

/** Everything stored of some clients in the tables a worker keeps whole (`workers/clientPatch.ts`). */
export interface ClientRecords {
  readonly clients: Client[]
  readonly subscriptionPeriods: SubscriptionPeriod[]
  readonly changeRequests: ChangeRequest[]
  readonly deregistrations: Deregistration[]
  /** Of the periods asked for only. */
  readonly usage: Usage[]
}

/**
 * Reads by client, so a worker's copy of 100,000 clients can be brought up to date after a clerk changed a few
 * of them instead of being read again whole.
 */
export interface ClientRecordsRepository {
  /**
   * The client each change's record belongs to, in the order given: for a client its own id, for a
   * subscription period, change request or deregistration its `clientId`; undefined when the record is not
   * (or no longer) stored, or the change is about another kind of record.
   */
  owners(changes: readonly AuditChange[]): Promise<(string | undefined)[]>
  read(clientIds: readonly string[], usagePeriods: readonly PeriodName[]): Promise<ClientRecords>
}

export function createClientRecordsRepository(ctx: DataContext): ClientRecordsRepository {
  const { db } = ctx
  const ownedTables = { subscriptionPeriod: db.subscriptionPeriods, changeRequest: db.changeRequests, deregistration: db.deregistrations } as const
  return {
    owners: (changes) =>
      readTransaction(ctx, [db.clients, ...Object.values(ownedTables)], () =>
        Promise.all(
          changes.map(async ({ entity, recordId }) => {
            if (entity === 'client') return (await db.clients.get(recordId))?.id
            if (entity === 'subscriptionPeriod' || entity === 'changeRequest' || entity === 'deregistration')
              return (await ownedTables[entity].get(recordId))?.clientId
            return undefined
          }),
        ),
      ),

    read: (clientIds, usagePeriods) =>
      readTransaction(ctx, [db.clients, db.subscriptionPeriods, db.changeRequests, db.deregistrations, db.usage], async () => {
        const ids = [...clientIds]
        const [rows, subscriptionPeriods, changeRequests, deregistrations, usage] = await Promise.all([
          db.clients.bulkGet(ids),
          db.subscriptionPeriods.where('clientId').anyOf(ids).toArray(),
          db.changeRequests.where('clientId').anyOf(ids).toArray(),
          db.deregistrations.where('clientId').anyOf(ids).toArray(),
          db.usage
            .where('[clientId+period]')
            .anyOf(ids.flatMap((id) => usagePeriods.map((period) => [id, period])))
            .toArray(),
        ])
        const clients = rows.flatMap((row) => (row === undefined ? [] : [fromClientRow(row)]))
        return { clients, subscriptionPeriods, changeRequests, deregistrations, usage }
      }),
  }
}
