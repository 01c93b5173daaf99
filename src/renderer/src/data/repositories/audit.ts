import type { ChainedEntry } from '@shared/audit/chain'
import type { AuditAction, AuditEntity, AuditEntry } from '@shared/model'
import Dexie from 'dexie'
import type { DataContext } from '../context'
import { readTransaction, writeTransaction, type AuditInput } from '../transaction'
import type { Page } from './clients'

export interface AuditQuery {
  readonly entity?: AuditEntity
  readonly recordId?: string
  readonly action?: AuditAction
  /** ISO instants, inclusive. */
  readonly fromAt?: string
  readonly toAt?: string
  readonly offset?: number
  /** 1–500, default 100. */
  readonly limit?: number
}

export interface AuditRepository {
  /** Newest first, paged. */
  list(query?: AuditQuery): Promise<Page<AuditEntry>>
  /** Every entry about one record, oldest first (the history panel of a screen). */
  forRecord(entity: AuditEntity, recordId: string): Promise<AuditEntry[]>
  /**
   * Logs an action that changes no table: export, print, a written report (spec L1). Changes made through
   * the repositories are logged by them; do not record those again.
   */
  record(entry: AuditInput): Promise<void>
  /**
   * `limit` entries in stored order from position `offset` (0 = the oldest), for verifying the chain in slices.
   * In an intact chain the entry at position n has `seq` n + 1.
   */
  chainSlice(offset: number, limit: number): Promise<ChainedEntry[]>
  /** How many entries the trail holds. */
  count(): Promise<number>
}

export function createAuditRepository(ctx: DataContext): AuditRepository {
  const { db } = ctx
  return {
    list: (query = {}) => {
      const offset = Math.max(0, Math.floor(query.offset ?? 0))
      const limit = Math.min(500, Math.max(1, Math.floor(query.limit ?? 100)))
      return readTransaction(ctx, [db.auditEntries], async () => {
        const build = () => {
          const base =
            query.entity && query.recordId
              ? db.auditEntries.where('[entity+recordId]').equals([query.entity, query.recordId]).reverse()
              : query.fromAt || query.toAt
                ? db.auditEntries.where('at').between(query.fromAt ?? Dexie.minKey, query.toAt ?? Dexie.maxKey, true, true).reverse()
                : db.auditEntries.orderBy('id').reverse()
          return base.filter(
            (e) =>
              (!query.entity || e.entity === query.entity) &&
              (!query.action || e.action === query.action) &&
              (!query.fromAt || e.at >= query.fromAt) &&
              (!query.toAt || e.at <= query.toAt),
          )
        }
        const total = await build().count()
        const items = await build().offset(offset).limit(limit).toArray()
        return { items, total, offset, limit }
      })
    },

    forRecord: (entity, recordId) =>
      readTransaction(ctx, [db.auditEntries], () => db.auditEntries.where('[entity+recordId]').equals([entity, recordId]).sortBy('id')),

    record: (entry) => writeTransaction(ctx, [], (audit) => audit(entry)),

    // Every stored entry is chained since version 6; one without chain fields reads as seq 0 and breaks the check.
    chainSlice: (offset, limit) =>
      readTransaction(ctx, [db.auditEntries], async () =>
        (await db.auditEntries.orderBy(':id').offset(offset).limit(limit).toArray()).map((e) => ({ ...e, seq: e.seq ?? 0, prevHash: e.prevHash ?? '', hash: e.hash ?? '' })),
      ),

    count: () => readTransaction(ctx, [db.auditEntries], () => db.auditEntries.count()),
  }
}
