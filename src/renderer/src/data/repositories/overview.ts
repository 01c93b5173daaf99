import Dexie from 'dexie'
import { roundMinutes } from '@shared/domain/rounding'
import type { AuditEntry, Client, PeriodName } from '@shared/model'
import { fromClientRow } from '../clientRows'
import { SETTINGS_KEY } from '../db'
import type { DataContext } from '../context'
import { readInPages } from '../readInPages'
import { readTransaction } from '../transaction'

/** A client as far as matching a number from an import file needs it. */
export interface ClientKey {
  readonly id: string
  readonly partnerId: string
  readonly clientNumber: string
}

/** One billing period's usage added up over every client. */
export interface PeriodUsageSums {
  readonly period: PeriodName
  readonly callMinutes: number
  readonly registrationMinutes: number
  readonly contacts: number
  /** Clients with usage recorded in the period. */
  readonly clients: number
}

/** Where the audit trail ended at one moment: its newest entry (id 0 and no hash for an empty trail). */
export interface AuditMark {
  readonly id: number
  readonly hash: string
}

/** What an audit entry says was written: which record of which table, and how. */
export interface AuditChange extends Pick<AuditEntry, 'entity' | 'action' | 'recordId'> {
  /** The record's client where the entry lists it: a created or deleted record's entry lists every field. */
  readonly clientId?: string
}

function changeOf({ entity, action, recordId, changes }: AuditEntry): AuditChange {
  const owner = changes.find((c) => c.field === 'clientId')
  const clientId = owner?.before ?? owner?.after
  return typeof clientId === 'string' ? { entity, action, recordId, clientId } : { entity, action, recordId }
}

/**
 * Reads for work that looks at every client at once — the signal lists, the quarterly check over all
 * partners, the dashboard and the usage import's look-ups. They run in a Web Worker (src/renderer/src/workers),
 * so 100,000 clients never hold up the window.
 */
export interface OverviewRepository {
  /** Every client's id, partner and number, from the `[partnerId+clientNumber]` index alone: no record is read. */
  clientKeys(): Promise<ClientKey[]>
  /** Every client. */
  allClients(): Promise<Client[]>
  /** Usage totals per billing period, in the order asked. */
  usageSums(periods: readonly PeriodName[]): Promise<PeriodUsageSums[]>
  /**
   * Per client, the clerk named by the newest audit entry on the client record (registering it, the
   * lifecycle, its details): who last handled it. Clients without such an entry are absent.
   */
  lastClientClerks(): Promise<Map<string, string>>
  /**
   * Where the data stands, in two reads: the newest audit entry (every write adds one, a restore replaces the
   * trail) and the settings. Equal stamps mean the start page's figures would come out the same, so a result
   * computed at that stamp can be shown again without reading 100,000 clients. (No table counts: IndexedDB
   * counts by walking the rows.)
   */
  dataStamp(): Promise<string>
  /** The audit trail's end now. */
  auditMark(): Promise<AuditMark>
  /**
   * What was written since `mark`, as the audit entries `spared` does not pass (oldest first), when the trail
   * still holds `mark` as it was and at most `limit` such entries follow it. Every write is audited in its own
   * transaction, so then nothing changed since `mark` but what those entries and the spared ones record. Null
   * when the trail was replaced (a restore) or cleared, or when more entries follow: the caller reads afresh.
   */
  changesSince(mark: AuditMark, spared: (entry: AuditChange) => boolean, limit: number): Promise<AuditChange[] | null>
}

export function createOverviewRepository(ctx: DataContext): OverviewRepository {
  const { db } = ctx
  return {
    clientKeys: () =>
      readTransaction(ctx, [db.clients], async () => {
        const index = db.clients.orderBy('[partnerId+clientNumber]')
        const [keys, ids] = await Promise.all([index.keys(), index.primaryKeys()])
        // Both lists come from one index in one transaction, so key i belongs to id i.
        return ids.map((id, i) => {
          const key = keys[i]
          const [partnerId, clientNumber] = Array.isArray(key) ? key : []
          return { id, partnerId: String(partnerId), clientNumber: String(clientNumber) }
        })
      }),

    allClients: () => readTransaction(ctx, [db.clients], async () => (await readInPages(db.clients, (row) => row.id)).map(fromClientRow)),

    usageSums: (periods) =>
      readTransaction(ctx, [db.usage], async () => {
        const sums: PeriodUsageSums[] = []
        for (const period of periods) {
          let call = 0
          let registration = 0
          let contacts = 0
          let clients = 0
          await db.usage
            .where('period')
            .equals(period)
            .each((u) => {
              call += u.callMinutes
              registration += u.registrationMinutes
              contacts += u.contacts
              clients++
            })
          sums.push({ period, callMinutes: roundMinutes(call), registrationMinutes: roundMinutes(registration), contacts, clients })
        }
        return sums
      }),

    lastClientClerks: () =>
      readTransaction(ctx, [db.auditEntries], async () => {
        const clerks = new Map<string, string>()
        // One range of the `[entity+recordId]` index: a client's entries are adjacent and, for equal keys, in
        // primary-key order, i.e. oldest first, so the last one set is the newest.
        await db.auditEntries
          .where('[entity+recordId]')
          .between(['client', Dexie.minKey], ['client', Dexie.maxKey])
          .each((entry) => clerks.set(entry.recordId, entry.clerk))
        return clerks
      }),

    dataStamp: () =>
      readTransaction(ctx, [db.auditEntries, db.settings], async () => {
        const [last, settings] = await Promise.all([db.auditEntries.orderBy(':id').last(), db.settings.get(SETTINGS_KEY)])
        // Settings are audited too; they are in the stamp in case one is ever written without an entry.
        return JSON.stringify([last?.id ?? 0, last?.hash ?? '', settings ?? null])
      }),

    auditMark: () =>
      readTransaction(ctx, [db.auditEntries], async () => {
        const last = await db.auditEntries.orderBy(':id').last()
        return { id: last?.id ?? 0, hash: last?.hash ?? '' }
      }),

    changesSince: (mark, spared, limit) =>
      readTransaction(ctx, [db.auditEntries], async () => {
        if (mark.id > 0) {
          const entry = await db.auditEntries.get(mark.id)
          if (entry === undefined || (entry.hash ?? '') !== mark.hash) return null
        }
        // Stops one past the limit: a large import of clients is not read to its end.
        const changes = await db.auditEntries
          .where(':id')
          .above(mark.id)
          .filter((entry) => !spared(entry))
          .limit(limit + 1)
          .toArray()
        return changes.length > limit ? null : changes.map(changeOf)
      }),
  }
}
