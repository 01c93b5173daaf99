import Dexie from 'dexie'
import type { AuditAction, AuditEntity, AuditEntry } from '@shared/model'
import type { AppDatabase } from '../db'

/** What the Audit screen filters on; every field narrows (AND). */
export interface AuditFilter {
  readonly entity?: AuditEntity
  /** Only with `entity`. */
  readonly recordId?: string
  readonly action?: AuditAction
  /** The clerk's name as the entries record it. */
  readonly clerk?: string
  /** Entries about this client: the client and its periods, change requests and deregistrations. */
  readonly clientId?: string
  /** ISO instants, inclusive. */
  readonly fromAt?: string
  readonly toAt?: string
}

type Entries = ReturnType<AppDatabase['auditEntries']['toCollection']>

/** Whether an entry meets every criterion of the filter (the client criterion is resolved by the caller). */
export function matches(filter: AuditFilter): (entry: AuditEntry) => boolean {
  return (e) =>
    (!filter.entity || e.entity === filter.entity) &&
    (!filter.recordId || e.recordId === filter.recordId) &&
    (!filter.action || e.action === filter.action) &&
    (!filter.clerk || e.clerk === filter.clerk) &&
    (!filter.fromAt || e.at >= filter.fromAt) &&
    (!filter.toAt || e.at <= filter.toAt)
}

/**
 * The entries matching `filter` (without a client), newest first, through the narrowest index: one record,
 * a clerk (with the dates in the same index range), the dates, an entity, or the whole trail. Criteria the
 * index does not cover are checked per entry; with none left the count and the page are pure index reads.
 */
export function indexedEntries(db: AppDatabase, filter: AuditFilter): Entries {
  const { entity, recordId, clerk, fromAt, toAt } = filter
  const table = db.auditEntries
  let base: Entries
  let covered: AuditFilter
  if (entity && recordId) {
    base = table.where('[entity+recordId]').equals([entity, recordId])
    covered = { entity, recordId }
  } else if (clerk) {
    base = table.where('[clerk+at]').between([clerk, fromAt ?? Dexie.minKey], [clerk, toAt ?? Dexie.maxKey], true, true)
    covered = { clerk, ...(fromAt ? { fromAt } : {}), ...(toAt ? { toAt } : {}) }
  } else if (fromAt || toAt) {
    base = table.where('at').between(fromAt ?? Dexie.minKey, toAt ?? Dexie.maxKey, true, true)
    covered = { ...(fromAt ? { fromAt } : {}), ...(toAt ? { toAt } : {}) }
  } else if (entity) {
    base = table.where('entity').equals(entity)
    covered = { entity }
  } else {
    base = table.toCollection()
    covered = {}
  }
  const rest: AuditFilter = Object.fromEntries(Object.entries(filter).filter(([key]) => !(key in covered)))
  base = base.reverse()
  return Object.keys(rest).length === 0 ? base : base.filter(matches(rest))
}
