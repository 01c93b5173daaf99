import type { ChainedEntry } from '@shared/audit/chain'
import type { AuditEntity, AuditEntry } from '@shared/model'
import Dexie from 'dexie'
import type { DataContext } from '../context'
import { readTransaction, writeTransaction, type AuditInput } from '../transaction'
import type { Page } from './clients'
import { createClientRecordFinder } from './auditClientRecords'
import { indexedEntries, matches, type AuditFilter } from './auditQuery'

export type { AuditFilter } from './auditQuery'

/** Empty text criteria count as not given; a record id only narrows within an entity. */
function cleanFilter(query: AuditFilter): AuditFilter {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)
  const recordId = query.entity ? text(query.recordId) : undefined
  const clerk = text(query.clerk)
  const clientId = text(query.clientId)
  return {
    ...(query.entity ? { entity: query.entity } : {}),
    ...(recordId ? { recordId } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(clerk ? { clerk } : {}),
    ...(clientId ? { clientId } : {}),
    ...(query.fromAt ? { fromAt: query.fromAt } : {}),
    ...(query.toAt ? { toAt: query.toAt } : {}),
  }
}

/** What the audit screen filters on; every criterion given must hold (AND). */
export interface AuditQuery extends AuditFilter {
  readonly offset?: number
  /** 1–500, default 100. */
  readonly limit?: number
}

export interface AuditRepository {
  /** Newest first, paged. */
  list(query?: AuditQuery): Promise<Page<AuditEntry>>
  /** The keys of every entry matching `filter`, newest first (the export reads them in slices with `byIds`). */
  ids(filter?: AuditFilter): Promise<number[]>
  /** The entries with these keys, in the order given (a key no longer stored is left out). */
  byIds(ids: readonly number[]): Promise<AuditEntry[]>
  /** Every clerk name that occurs in the trail, sorted. */
  clerkNames(): Promise<string[]>
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
  const clientRecords = createClientRecordFinder(ctx)
  const clientTables = [db.auditEntries, db.subscriptionPeriods, db.changeRequests, db.deregistrations]

  /** The client's entries, newest first: a client has tens or hundreds, so they are read whole and sorted. */
  async function clientEntries(filter: AuditFilter & { clientId: string }): Promise<AuditEntry[]> {
    const keys = (await clientRecords(filter.clientId)).filter(
      ([entity, recordId]) => (!filter.entity || entity === filter.entity) && (!filter.recordId || recordId === filter.recordId),
    )
    if (keys.length === 0) return []
    const entries = await db.auditEntries.where('[entity+recordId]').anyOf(keys).filter(matches(filter)).toArray()
    return entries.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
  }

  return {
    list: (query = {}) => {
      const offset = Math.max(0, Math.floor(query.offset ?? 0))
      const limit = Math.min(500, Math.max(1, Math.floor(query.limit ?? 100)))
      const filter = cleanFilter(query)
      if (filter.clientId !== undefined) {
        const clientFilter = { ...filter, clientId: filter.clientId }
        return readTransaction(ctx, clientTables, async () => {
          const all = await clientEntries(clientFilter)
          return { items: all.slice(offset, offset + limit), total: all.length, offset, limit }
        })
      }
      return readTransaction(ctx, [db.auditEntries], async () => {
        const total = await indexedEntries(db, filter).count()
        const items = await indexedEntries(db, filter).offset(offset).limit(limit).toArray()
        return { items, total, offset, limit }
      })
    },

    ids: (raw = {}) => {
      const filter = cleanFilter(raw)
      if (filter.clientId !== undefined) {
        const clientFilter = { ...filter, clientId: filter.clientId }
        return readTransaction(ctx, clientTables, async () => (await clientEntries(clientFilter)).map((e) => e.id ?? 0))
      }
      return readTransaction(ctx, [db.auditEntries], async () =>
        (await indexedEntries(db, filter).primaryKeys()).filter((id): id is number => id !== undefined),
      )
    },

    byIds: (ids) =>
      readTransaction(ctx, [db.auditEntries], async () => (await db.auditEntries.bulkGet([...ids])).filter((e): e is AuditEntry => e !== undefined)),

    clerkNames: () =>
      readTransaction(ctx, [db.auditEntries], async () => {
        // One index step per distinct clerk: a few clerks, however long the trail.
        const names: string[] = []
        let next = await db.auditEntries.orderBy('[clerk+at]').limit(1).keys()
        while (next.length > 0) {
          const clerk = String((next[0] as unknown as readonly unknown[])[0])
          names.push(clerk)
          next = await db.auditEntries.where('[clerk+at]').above([clerk, Dexie.maxKey]).limit(1).keys()
        }
        return names.sort((a, b) => a.localeCompare(b, 'nl'))
      }),

    forRecord: (entity, recordId) =>
      readTransaction(ctx, [db.auditEntries], () => db.auditEntries.where('[entity+recordId]').equals([entity, recordId]).sortBy('id')),

    record: (entry) => writeTransaction(ctx, [], (audit) => audit(entry)),

    // Every stored entry is chained since version 6; one without chain fields reads as seq 0 and breaks the check.
    chainSlice: (offset, limit) =>
      readTransaction(ctx, [db.auditEntries], async () =>
        (await db.auditEntries.orderBy(':id').offset(offset).limit(limit).toArray()).map((e) => ({
          ...e,
          seq: e.seq ?? 0,
          prevHash: e.prevHash ?? '',
          hash: e.hash ?? '',
        })),
      ),

    count: () => readTransaction(ctx, [db.auditEntries], () => db.auditEntries.count()),
  }
}
