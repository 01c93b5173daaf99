import type { AuditEvent } from '@shared/audit/events'
import type { SubscriptionPeriodChanges } from '@shared/domain/lifecycle/subscriptionPeriods'
import { sortPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import type { SubscriptionPeriod } from '@shared/model'
import Dexie from 'dexie'
import type { DataContext } from '../context'
import type { AppDatabase } from '../db'
import type { AuditWriter } from '../transaction'
import { readInPages } from '../readInPages'
import { readTransaction } from '../transaction'
import { fieldChanges } from '../fieldChanges'

/**
 * Subscription periods are written only by the lifecycle actions (activation, plan change,
 * deregistration) in the clients, change-request and deregistration repositories; this one reads.
 */
export interface SubscriptionPeriodsRepository {
  /** One client's periods, oldest first. */
  listByClient(clientId: string): Promise<SubscriptionPeriod[]>
  listByClients(clientIds: readonly string[]): Promise<SubscriptionPeriod[]>
  /** The periods of every client of one partner (invoicing, reports). */
  listByPartner(partnerId: string): Promise<SubscriptionPeriod[]>
  /** Every period (batch runs over all partners). */
  listAll(): Promise<SubscriptionPeriod[]>
}

export function createSubscriptionPeriodsRepository(ctx: DataContext): SubscriptionPeriodsRepository {
  const { db } = ctx
  return {
    listByClient: (clientId) =>
      readTransaction(ctx, [db.subscriptionPeriods], () =>
        db.subscriptionPeriods.where('[clientId+from]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]).toArray(),
      ),
    listByClients: (clientIds) =>
      readTransaction(ctx, [db.subscriptionPeriods], async () =>
        sortPeriods(
          await db.subscriptionPeriods
            .where('clientId')
            .anyOf([...clientIds])
            .toArray(),
        ),
      ),
    listByPartner: (partnerId) =>
      readTransaction(ctx, [db.clients, db.subscriptionPeriods], async () => {
        const ids = await db.clients.where('partnerId').equals(partnerId).primaryKeys()
        return sortPeriods(await db.subscriptionPeriods.where('clientId').anyOf(ids).toArray())
      }),
    listAll: () => readTransaction(ctx, [db.subscriptionPeriods], async () => sortPeriods(await readInPages(db.subscriptionPeriods, (period) => period.id))),
  }
}

/** The audit events for the periods a change request or a deregistration starts, changes or deletes. */
export interface PeriodEvents {
  readonly started: AuditEvent
  readonly changed: AuditEvent
  readonly deleted: AuditEvent
}

export const PERIOD_EVENTS = {
  changeRequest: { started: 'periodStartedByChangeRequest', changed: 'periodChangedByChangeRequest', deleted: 'periodDeletedByChangeRequest' },
  deregistration: { started: 'periodStartedByDeregistration', changed: 'periodChangedByDeregistration', deleted: 'periodDeletedByDeregistration' },
} as const satisfies Record<string, PeriodEvents>

/**
 * Writes period changes from the domain (`{ put, remove }`) with one audit entry per period, and keeps the
 * client's `currentPlanId` index field in step. Call inside a write transaction that includes
 * subscriptionPeriods and clients.
 */
export async function applyPeriodChanges(
  db: AppDatabase,
  audit: AuditWriter,
  clientId: string,
  changes: SubscriptionPeriodChanges,
  events: PeriodEvents,
): Promise<void> {
  for (const id of changes.remove) {
    const before = await db.subscriptionPeriods.get(id)
    await db.subscriptionPeriods.delete(id)
    await audit({ entity: 'subscriptionPeriod', recordId: id, action: 'delete', changes: fieldChanges(before, undefined), event: events.deleted, params: {} })
  }
  for (const period of changes.put) {
    const before = await db.subscriptionPeriods.get(period.id)
    await db.subscriptionPeriods.put(period)
    await audit({
      entity: 'subscriptionPeriod',
      recordId: period.id,
      action: before ? 'update' : 'create',
      changes: fieldChanges(before, period),
      event: before ? events.changed : events.started,
      params: {},
    })
  }
  const latest = await db.subscriptionPeriods.where('[clientId+from]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]).last()
  if (latest) await db.clients.update(clientId, { currentPlanId: latest.planId })
}
