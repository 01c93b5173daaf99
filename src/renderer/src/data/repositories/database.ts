import type { IndexableType, Table } from 'dexie'
import {
  BACKUP_TABLES,
  BackupDataText,
  makeBackupFile,
  upgradeBackup,
  validateBackup,
  type BackupData,
  type BackupFile,
  type BackupTable,
  type MadeBy,
} from '@shared/backup'
import { chainUnchained, headOf } from '@shared/audit/chain'
import type { AuditEntry } from '@shared/model'
import { BackupFileError } from '../backupFileError'
import type { DataContext } from '../context'
import { SETTINGS_KEY, type AppDatabase } from '../db'
import { fromClientRow, latestPlanByClient, toClientRow } from '../clientRows'
import { RuleError } from '../errors'
import { writeTransaction, readTransaction, type AuditEventInput, type AuditWriter } from '../transaction'
import { toSettings } from './settings'
import { withPartnerDefaults } from '@shared/model'

export type TableCounts = Record<BackupTable, number>

/** What a backup's header says besides its format: when it was made and by whom. */
export interface ExportedBackupFacts {
  readonly exportedAt: string
  readonly madeBy: MadeBy
}

export interface DatabaseRepository {
  counts(): Promise<TableCounts>
  /** True when there are no partners, plans or clients (first start: offer demo data or an empty start). */
  isEmpty(): Promise<boolean>
  /** The whole database as one backup file (read in one transaction, so it is consistent); logged as an export. */
  exportBackup(): Promise<BackupFile>
  /**
   * `exportBackup` as text: the `data` members handed to `emit` in pieces while the tables are read page by
   * page in the one transaction, so no more than a page of records is held at a time (a database with
   * millions of usage rows would not fit as objects). Returns what the file's header needs.
   */
  exportBackupText(emit: (piece: string) => void, progress?: (done: number, total: number) => void): Promise<ExportedBackupFacts>
  /**
   * Validates `value` completely (schema and cross references) and only then replaces the whole database
   * with it, in one transaction: an invalid file or a failure midway leaves the database as it was.
   * The file's audit trail replaces the current one; the restore itself is appended to it.
   */
  restoreBackup(value: unknown, source: string): Promise<TableCounts>
  /**
   * `restoreBackup` for a file the caller has just checked completely with `validateBackup` and kept unchanged
   * since (the restore's worker): the check of millions of records is not run a second time.
   */
  restoreChecked(file: BackupFile, source: string): Promise<TableCounts>
  /** Loads generated demo data (same shape as a backup). Refused on a non-empty database unless `replace`. */
  loadDemoData(data: BackupData, options?: { readonly replace?: boolean }): Promise<TableCounts>
  /** Empties every table except settings and the audit trail (which records the clearing). */
  clear(): Promise<void>
}

/** Records per read while exporting: one huge `getAll` would hold the window for seconds at the stress scale. */
export const EXPORT_PAGE_SIZE = 5000

/**
 * A whole table read page by page in primary-key order, inside the caller's transaction (so still one
 * consistent snapshot); each page is handed to `take` before the next is read.
 */
async function forEachPage<T extends { id?: IndexableType }, K, I>(table: Table<T, K, I>, take: (page: readonly T[]) => void): Promise<void> {
  let page = await table.orderBy(':id').limit(EXPORT_PAGE_SIZE).toArray()
  for (;;) {
    take(page)
    const last = page.at(-1)?.id
    if (last === undefined || page.length < EXPORT_PAGE_SIZE) return
    page = await table.where(':id').above(last).limit(EXPORT_PAGE_SIZE).toArray()
  }
}

/** A stored row as the backup holds it: partners with their defaults filled in, clients from their stored shape. */
function backupRecordOf(table: BackupTable, row: unknown): BackupData[BackupTable][number] {
  // The rows come from the table of that name, so they have its record's shape (Dexie's tables are typed per table).
  if (table === 'partners') return withPartnerDefaults(row as BackupData['partners'][number])
  if (table === 'clients') return fromClientRow(row as Parameters<typeof fromClientRow>[0])
  return row as BackupData[BackupTable][number]
}

function countsOf(data: BackupData): TableCounts {
  const counts = {} as TableCounts
  for (const table of BACKUP_TABLES) counts[table] = data[table].length
  return counts
}

/**
 * Replaces every table with `data`. Call inside a write transaction over all tables. With `keepAudit` the
 * current audit trail stays and the data's entries are appended to it (new ids).
 */
async function replaceAll(db: AppDatabase, data: BackupData, keepAudit: boolean): Promise<void> {
  await Promise.all(
    db
      .allTables()
      .filter((t) => !keepAudit || t !== db.auditEntries)
      .map((table) => table.clear()),
  )
  const planOf = latestPlanByClient(data.subscriptionPeriods)
  await db.settings.put({ ...data.settings, id: SETTINGS_KEY })
  await db.clerks.bulkAdd(data.clerks)
  await db.partners.bulkAdd(data.partners)
  await db.plans.bulkAdd(data.plans)
  await db.clients.bulkAdd(data.clients.map((c) => toClientRow(c, planOf.get(c.id) ?? c.registrationPlanId)))
  await db.subscriptionPeriods.bulkAdd(data.subscriptionPeriods)
  await db.changeRequests.bulkAdd(data.changeRequests)
  await db.deregistrations.bulkAdd(data.deregistrations)
  await db.usage.bulkAdd(data.usage)
  await db.invoices.bulkAdd(data.invoices)
  await db.auditEntries.bulkAdd(
    keepAudit
      ? chainUnchained(
          data.auditEntries.map(({ id: _id, ...entry }) => entry),
          headOf([(await db.auditEntries.orderBy(':id').last()) ?? {}]),
        )
      : chainedTrail(data.auditEntries),
  )
  // An import's chain position only holds with the file's own trail: appended to another trail (demo data) it has none.
  if (!keepAudit) await db.imports.bulkAdd(data.imports)
}

/** A back-up from before the chain has no chained entry: its trail is chained as the database upgrade does. */
function chainedTrail(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.some((e) => e.hash !== undefined) ? [...entries] : chainUnchained(entries)
}

export function createDatabaseRepository(ctx: DataContext): DatabaseRepository {
  const { db } = ctx

  function exportBackupText(emit: (piece: string) => void, progress: (done: number, total: number) => void = () => undefined): Promise<ExportedBackupFacts> {
    return writeTransaction(ctx, db.allTables(), async (audit) => {
      // The entry first, so the file holds its own export: main counts this entry in the head it writes into the
      // file's header as soon as the transaction commits, and the file's trail must reach that head.
      await audit({
        entity: 'database',
        recordId: 'database',
        action: 'export',
        event: 'backupExported',
        params: { clients: await db.clients.count(), partners: await db.partners.count() },
      })
      const settings = toSettings(await db.settings.get(SETTINGS_KEY))
      const total = (await Promise.all(BACKUP_TABLES.map((table) => db.table(table).count()))).reduce((sum, count) => sum + count, 0)
      let done = 0
      progress(done, total)
      const text = new BackupDataText(emit)
      text.settings(settings)
      for (const table of BACKUP_TABLES) {
        text.beginTable(table)
        await forEachPage(db.table(table), (page) => {
          for (const row of page) text.record(backupRecordOf(table, row))
          done += page.length
          progress(done, total)
        })
        text.endTable()
      }
      // Who made it, for the restore preview: the clerk signed in, else the name setting an administration without clerks has.
      const clerk = ctx.session.clerk
      return { exportedAt: ctx.now().toISOString(), madeBy: clerk ? { clerkId: clerk.id, name: clerk.name } : { name: settings.clerkName } }
    })
  }

  /** `restore` takes the file's audit trail; `import` (demo data) keeps the current one. */
  async function replaceWith(data: BackupData, audit: AuditWriter, event: AuditEventInput, action: 'restore' | 'import'): Promise<TableCounts> {
    await replaceAll(db, data, action === 'import')
    const counts = countsOf(data)
    await audit({
      entity: 'database',
      recordId: 'database',
      action,
      changes: Object.entries(counts).map(([field, after]) => ({ field, before: null, after })),
      ...event,
    })
    return counts
  }

  function restoreChecked({ data, exportedAt }: BackupFile, source: string): Promise<TableCounts> {
    return writeTransaction(ctx, db.allTables(), (audit) => replaceWith(data, audit, { event: 'backupRestored', params: { source, exportedAt } }, 'restore'))
  }

  return {
    counts: () =>
      readTransaction(ctx, db.allTables(), async () => {
        const counts = {} as TableCounts
        for (const table of BACKUP_TABLES) counts[table] = await db.table(table).count()
        return counts
      }),

    isEmpty: () =>
      readTransaction(
        ctx,
        [db.partners, db.plans, db.clients],
        async () => (await db.partners.count()) + (await db.plans.count()) + (await db.clients.count()) === 0,
      ),

    exportBackupText,

    async exportBackup() {
      const pieces: string[] = []
      const { exportedAt, madeBy } = await exportBackupText((piece) => pieces.push(piece))
      // The text was made from the database's own records just now, so it has the data's shape.
      const data = JSON.parse(`{${pieces.join('')}}`) as BackupData
      return makeBackupFile(data, exportedAt, madeBy)
    },

    async restoreBackup(value, source) {
      // Validated before the transaction: nothing is touched unless the whole file is sound.
      const validation = validateBackup(upgradeBackup(value))
      if (!validation.ok) throw new BackupFileError(validation.problem, validation.issues)
      return restoreChecked(validation.file, source)
    },

    restoreChecked,

    async loadDemoData(data, options = {}) {
      const validation = validateBackup(makeBackupFile(data, ctx.now().toISOString()))
      if (!validation.ok) throw new BackupFileError(validation.problem, validation.issues)
      return writeTransaction(ctx, db.allTables(), async (audit) => {
        const filled = (await db.partners.count()) + (await db.plans.count()) + (await db.clients.count()) > 0
        if (filled && !options.replace) throw new RuleError('niet-leeg')
        return replaceWith(
          validation.file.data,
          audit,
          { event: 'demoDataLoaded', params: { clients: data.clients.length, partners: data.partners.length } },
          'import',
        )
      })
    },

    clear: () =>
      writeTransaction(ctx, db.allTables(), async (audit) => {
        const tables = db.allTables().filter((t) => t !== db.auditEntries && t !== db.settings && t !== db.clerks)
        await Promise.all(tables.map((t) => t.clear()))
        // What is left is no longer demo data: the next invoices are real ones.
        const row = await db.settings.get(SETTINGS_KEY)
        if (row?.demoData) {
          const { demoData: _demo, ...kept } = row
          await db.settings.put(kept)
        }
        await audit({ entity: 'database', recordId: 'database', action: 'delete', event: 'databaseCleared', params: {} })
      }),
  }
}
