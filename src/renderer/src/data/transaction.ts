import Dexie, { type Table } from 'dexie'
import { chainEntry, headOf, randomSalt, type ChainHead } from '@shared/audit/chain'
import { checkWithCompiled } from '@shared/backup/compiledSchema'
import type { AuditEvent, AuditParams } from '@shared/audit/events'
import { auditEntrySchema, defaultSettings, type AuditAction, type AuditEntity, type FieldChange } from '@shared/model'
import type { DataContext } from './context'
import { SETTINGS_KEY } from './db'
import { toDataError, type DataError } from './errors'

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

type AuditBody = ReturnType<typeof auditEntrySchema.parse>
type ChainedAuditEntry = ReturnType<typeof chainEntry<AuditBody>>

/** `auditEntrySchema.parse` through its compiled check: an import writes one entry per record. */
function parseEntry(value: unknown): AuditBody {
  const result = checkWithCompiled(auditEntrySchema, value)
  if (!result.success) throw result.error
  return result.data
}

/** Where the chain stands after the entries this transaction wrote: the newest one's position, time and clerk. */
export interface WrittenEntry {
  readonly seq: number
  readonly at: string
  readonly clerk: string
}

/** Appends one audit entry inside the running transaction. */
export interface AuditWriter {
  (entry: AuditInput): Promise<void>
  /** The newest entry written so far in this transaction (also when its adding is batched), or undefined. */
  readonly lastWritten: () => WrittenEntry | undefined
}

/**
 * Runs `work` in ONE read-write transaction over `tables` plus the audit log and settings, so the change and its audit entry are committed together or not at all (spec D1, L1).
 * `work` may only await Dexie calls: awaiting anything else would commit the transaction early.
 * Any failure is rethrown as a DataError (quota → "schijf vol").
 */
export interface WriteOptions {
  /**
   * Adds the entries with a `bulkAdd` per few thousand, awaited after `work` (thousands of entries in a few
   * hundred ms instead of one `add` each). Only for work that does not read the audit trail it is writing, such
   * as an import.
   */
  readonly batchAudit?: boolean
}

/** Audit entries per `bulkAdd` when they are batched. */
const AUDIT_CHUNK = 2_000

export async function writeTransaction<T>(
  ctx: DataContext,
  tables: readonly Table[],
  work: (audit: AuditWriter) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const { db } = ctx
  const all = new Map<string, Table>()
  for (const table of [...tables, db.auditEntries, db.settings]) all.set(table.name, table)
  let committedHead: ChainHead | undefined
  try {
    const result = await db.transaction('rw', [...all.values()], async () => {
      const settings = await db.settings.get(SETTINGS_KEY)
      const fallbackClerk = settings?.clerkName ?? defaultSettings.clerkName
      const at = ctx.now().toISOString()
      // Read at the first entry (a restore has replaced the trail by then), then carried from entry to entry;
      // batched work (an import) has it from the start, so its writes may run while its entries are built.
      let head: ChainHead | undefined = options.batchAudit === true ? headOf([(await db.auditEntries.orderBy(':id').last()) ?? {}]) : undefined
      const batch: ChainedAuditEntry[] = []
      const adding: Promise<unknown>[] = []
      let lastWritten: WrittenEntry | undefined
      // Returns Dexie promises only: awaiting a plain one inside the transaction would lose Dexie's zone.
      const append = (body: AuditBody, from: ChainHead): Promise<void> => {
        // Hashed synchronously: awaiting crypto.subtle here would commit the transaction early.
        const entry = chainEntry(body, from, randomSalt())
        head = { count: entry.seq, hash: entry.hash }
        committedHead = head
        lastWritten = { seq: entry.seq, at: entry.at, clerk: entry.clerk }
        if (options.batchAudit !== true) return db.auditEntries.add(entry).then(() => undefined)
        batch.push(entry)
        // Handed to the database a chunk at a time, not awaited: it stores one chunk while the next is hashed.
        if (batch.length >= AUDIT_CHUNK) adding.push(db.auditEntries.bulkAdd(batch.splice(0)))
        return Dexie.Promise.resolve()
      }
      const write = (input: AuditInput): Promise<void> => {
        const body = parseEntry({
          at,
          // The picked clerk, read per entry so a sign-in is recorded under the new clerk; before anyone is
          // picked (an administration without a clerks list) the name setting.
          clerk: ctx.session.clerk?.name ?? fallbackClerk,
          entity: input.entity,
          recordId: input.recordId,
          action: input.action,
          changes: input.changes ?? [],
          outcome: input.outcome ?? 'ok',
          event: input.event,
          params: input.params,
        })
        if (head !== undefined) return append(body, head)
        return db.auditEntries
          .orderBy(':id')
          .last()
          .then((last) => append(body, headOf([last ?? {}])))
      }
      const audit: AuditWriter = Object.assign(write, { lastWritten: () => lastWritten })
      const result = await work(audit)
      if (batch.length > 0) adding.push(db.auditEntries.bulkAdd(batch.splice(0)))
      for (const added of adding) await added
      return result
    })
    if (committedHead) ctx.onAuditHead?.(committedHead)
    return result
  } catch (error) {
    const failure = toDataError(error)
    if (failure.code === 'failed' || failure.code === 'storage-full') await recordFailure(ctx, [...all.keys()], failure)
    throw failure
  }
}

/**
 * A write that failed is itself an audit entry (outcome `fout`), in a transaction of its own since the failed
 * one rolled back. When even that fails (the disk is still full) the clerk has the error on screen already.
 */
async function recordFailure(ctx: DataContext, tables: readonly string[], failure: DataError): Promise<void> {
  const input: AuditInput = {
    entity: 'database',
    recordId: 'database',
    action: 'update',
    outcome: 'fout',
    event: 'writeFailed',
    params: { tables: tables.filter((name) => name !== 'auditEntries' && name !== 'settings').join(', '), problem: failure.problem },
  }
  await writeTransaction(ctx, [], (audit) => audit(input)).catch(() => undefined)
}

/** Read-only access with the same error mapping. */
export async function readTransaction<T>(ctx: DataContext, tables: readonly Table[], work: () => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction('r', [...tables], work)
  } catch (error) {
    throw toDataError(error)
  }
}
