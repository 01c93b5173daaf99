import type { Table } from 'dexie'
import type { AuditEvent, AuditParams } from '@shared/audit/events'
import { auditEntrySchema, defaultSettings, type AuditAction, type AuditEntity, type FieldChange } from '@shared/model'
import type { DataContext } from './context'
import { SETTINGS_KEY } from './db'
import { toDataError } from './errors'

/** What happened, as an event of the catalogue (src/shared/audit/events.ts) with its parameters. */
export interface AuditEventInput {
  readonly event: AuditEvent
  readonly params: AuditParams
}

export interface AuditInput extends AuditEventInput {
  readonly entity: AuditEntity
  readonly recordId: string
  readonly action: AuditAction
  readonly changes?: readonly FieldChange[]
  readonly outcome?: 'ok' | 'fout'
}

/** Appends one audit entry inside the running transaction. */
export type AuditWriter = (entry: AuditInput) => Promise<void>

/**
 * Runs `work` in ONE read-write transaction over `tables` plus the audit log and settings (for the
 * clerk's name), so the change and its audit entry are committed together or not at all (spec D1, L1).
 * `work` may only await Dexie calls: awaiting anything else would commit the transaction early.
 * Any failure is rethrown as a DataError (quota → "schijf vol").
 */
export async function writeTransaction<T>(ctx: DataContext, tables: readonly Table[], work: (audit: AuditWriter) => Promise<T>): Promise<T> {
  const { db } = ctx
  const all = new Map<string, Table>()
  for (const table of [...tables, db.auditEntries, db.settings]) all.set(table.name, table)
  try {
    return await db.transaction('rw', [...all.values()], async () => {
      const settings = await db.settings.get(SETTINGS_KEY)
      const clerk = settings?.clerkName ?? defaultSettings.clerkName
      const at = ctx.now().toISOString()
      const audit: AuditWriter = async (input) => {
        const entry = auditEntrySchema.parse({
          at,
          clerk,
          entity: input.entity,
          recordId: input.recordId,
          action: input.action,
          changes: input.changes ?? [],
          outcome: input.outcome ?? 'ok',
          event: input.event,
          params: input.params,
        })
        await db.auditEntries.add(entry)
      }
      return work(audit)
    })
  } catch (error) {
    throw toDataError(error)
  }
}

/** Read-only access with the same error mapping. */
export async function readTransaction<T>(ctx: DataContext, tables: readonly Table[], work: () => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction('r', [...tables], work)
  } catch (error) {
    throw toDataError(error)
  }
}
