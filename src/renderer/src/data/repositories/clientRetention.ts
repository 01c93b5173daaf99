import { anonymiseAuditEntry, type ChainedEntry } from '@shared/audit/chain'
import { clientsDueForAnonymisation, effectiveDeregistration, type DueClient } from '@shared/domain/retention'
import { formatDate } from '@shared/format/date'
import {
  ANONYMISED_VALUE,
  PERSONAL_CLIENT_FIELDS,
  anonymisationAllowedFrom,
  anonymiseClient,
  clientDisplayName,
  type AuditEntry,
  type CalendarDate,
  type Client,
  type Deregistration,
} from '@shared/model'
import { fromClientRow, toClientRow } from '../clientRows'
import type { DataContext } from '../context'
import { SETTINGS_KEY } from '../db'
import { NotFoundError, RuleError } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { readTransaction, writeTransaction, type AuditWriter } from '../transaction'
import { toSettings } from './settings'

/** The clients part of the retention screen (AVG): which clients are due, and anonymising them. */
export interface ClientRetentionRepository {
  /**
   * Privacy: removes the personal data of a client deregistered longer ago than the retention setting.
   * Invoices keep their own copy (spec F2) and are not touched.
   */
  anonymise(id: string, today: CalendarDate): Promise<Client>
  /**
   * The retention batch: `anonymise` for every client of `ids` in ONE transaction, plus one entry for the
   * batch (counts only). Any client that is not due refuses the whole batch: nothing is changed.
   */
  anonymiseMany(ids: readonly string[], today: CalendarDate): Promise<Client[]>
  /** The clients due for anonymisation on `today` (src/shared/domain/retention), longest due first. */
  dueForAnonymisation(today: CalendarDate): Promise<DueClientRow[]>
}

/** A client due for anonymisation, with what the retention screen shows (no personal data). */
export interface DueClientRow extends DueClient {
  readonly clientNumber: string
  readonly partnerId: string
}

/** Every stored entry is chained since version 6 of the database; one that is not stays as it is. */
function anonymiseStoredEntry(entry: AuditEntry, displayName: string): AuditEntry {
  if (entry.seq === undefined || entry.prevHash === undefined || entry.hash === undefined) return entry
  return anonymiseAuditEntry(entry as ChainedEntry & AuditEntry, displayName)
}

/** The tables an anonymisation writes or reads besides the audit trail and the settings (always part of a write). */
const anonymiseTables = (db: DataContext['db']) => [db.clients, db.deregistrations, db.subscriptionPeriods, db.drafts, db.keptResults]

const retentionMonthsNow = (row: Parameters<typeof toSettings>[0]): number => toSettings(row).retentionMonths

/** The retention half of the clients repository; `createClientsRepository` includes it. */
export function createClientRetention(ctx: DataContext): ClientRetentionRepository {
  const { db } = ctx

  /**
   * Inside a write transaction: anonymises one client and the personal values in its audit entries, and
   * records its own entry. Throws a RuleError when the client is not (yet) due; the caller's transaction
   * then rolls back everything.
   */
  async function anonymiseOne(id: string, today: CalendarDate, retentionMonths: number, audit: AuditWriter): Promise<Client> {
    const row = await db.clients.get(id)
    if (!row) throw new NotFoundError('clientNotFound')
    const before = fromClientRow(row)
    if (before.anonymisedDate !== null) throw new RuleError('al-geanonimiseerd')
    const deregisteredOn = effectiveDeregistration(await db.deregistrations.where('clientId').equals(id).toArray())
    if (before.status !== 'afgemeld' || deregisteredOn === undefined) throw new RuleError('anonimiseren-niet-afgemeld')
    const allowedFrom = anonymisationAllowedFrom(deregisteredOn, retentionMonths)
    if (today < allowedFrom) throw new RuleError('bewaartermijn', { date: formatDate(allowedFrom) })
    const client = anonymiseClient(before, today)
    await db.clients.put(toClientRow(client, row.currentPlanId))
    // An unsaved form of this client may hold the personal values that go now.
    await db.drafts.where('recordId').equals(id).delete()
    // The start page's kept lists may name the client; they are computed again on the next opening.
    await db.keptResults.clear()
    // The trail keeps who did what and when; the personal values in it go too (AVG), their digests keep the chain.
    const name = clientDisplayName(before)
    // Its periods' entries too: entries from before events named the client in their recorded sentence.
    const periodIds = await db.subscriptionPeriods.where('clientId').equals(id).primaryKeys()
    const records = [['client', id], ...periodIds.map((periodId) => ['subscriptionPeriod', periodId])]
    await db.auditEntries
      .where('[entity+recordId]')
      .anyOf(records)
      .modify((entry: AuditEntry, ref: { value: AuditEntry }) => {
        ref.value = anonymiseStoredEntry(entry, name)
      })
    const cleared = fieldChanges(before, client).map((c) => ({
      ...c,
      before: PERSONAL_CLIENT_FIELDS.has(c.field.split('.')[0] ?? '') ? ANONYMISED_VALUE : c.before,
    }))
    await audit({
      entity: 'client',
      recordId: id,
      action: 'anonymise',
      changes: cleared,
      event: 'clientAnonymised',
      params: { clientNumber: client.clientNumber },
    })
    return client
  }

  return {
    anonymise: (id, today) =>
      writeTransaction(ctx, anonymiseTables(db), async (audit) => anonymiseOne(id, today, retentionMonthsNow(await db.settings.get(SETTINGS_KEY)), audit)),

    anonymiseMany: (ids, today) =>
      writeTransaction(ctx, anonymiseTables(db), async (audit) => {
        const months = retentionMonthsNow(await db.settings.get(SETTINGS_KEY))
        const clients: Client[] = []
        // One after the other in the same transaction: a refusal of any client rolls back the ones before it.
        for (const id of new Set(ids)) clients.push(await anonymiseOne(id, today, months, audit))
        await audit({
          entity: 'database',
          recordId: 'retention',
          action: 'anonymise',
          event: 'retentionBatchAnonymised',
          params: { clients: clients.length, invoices: 0 },
        })
        return clients
      }),

    dueForAnonymisation: (today) =>
      readTransaction(ctx, [db.clients, db.deregistrations, db.settings], async () => {
        const months = retentionMonthsNow(await db.settings.get(SETTINGS_KEY))
        const rows = await db.clients
          .where('status')
          .equals('afgemeld')
          .filter((row) => row.anonymisedDate === null)
          .toArray()
        const deregistrations = await db.deregistrations
          .where('clientId')
          .anyOf(rows.map((row) => row.id))
          .toArray()
        const byClient = new Map<string, Deregistration[]>()
        for (const d of deregistrations) byClient.set(d.clientId, [...(byClient.get(d.clientId) ?? []), d])
        const byId = new Map(rows.map((row) => [row.id, row]))
        return clientsDueForAnonymisation(rows, (clientId) => byClient.get(clientId) ?? [], months, today).flatMap((due) => {
          const row = byId.get(due.clientId)
          return row ? [{ ...due, clientNumber: row.clientNumber, partnerId: row.partnerId }] : []
        })
      }),
  }
}
