import { z } from 'zod'
import {
  auditEntrySchema,
  changeRequestSchema,
  clerkSchema,
  clientSchema,
  deregistrationSchema,
  importRecordSchema,
  invoiceSchema,
  partnerSchema,
  planSchema,
  settingsSchema,
  subscriptionPeriodSchema,
  usageSchema,
} from '../model'

/** Identifies the file; a reader refuses anything else (docs/backup-format.md). */
export const BACKUP_FORMAT = 'clientadministratie-24x7-backup'
/**
 * Raised only for a change an older reader could misread; a new version brings a conversion from the older ones
 * (`upgradeBackup`, docs/backup-format.md). 2: audit entries record an event with parameters instead of a sentence. 3: the `clerks` table
 * (who works in the app; audit entries name one).
 */
export const BACKUP_VERSION = 3

/**
 * The whole database, one array per table plus the single settings record. Records are exactly the
 * model's entities (src/shared/model); derived index fields of the database are not part of the file.
 */
export const backupDataSchema = z.object({
  settings: settingsSchema,
  partners: z.array(partnerSchema),
  plans: z.array(planSchema),
  clients: z.array(clientSchema),
  subscriptionPeriods: z.array(subscriptionPeriodSchema),
  changeRequests: z.array(changeRequestSchema),
  deregistrations: z.array(deregistrationSchema),
  usage: z.array(usageSchema),
  invoices: z.array(invoiceSchema),
  /** Who works in the app; never deleted once named in the audit trail. */
  clerks: z.array(clerkSchema),
  /** Oldest first; `id` keeps the order of the append-only trail. */
  auditEntries: z.array(auditEntrySchema),
  /**
   * The import history with what undo needs (docs/onboarding.md). Optional in the file: a file without it (older
   * ones) reads as no imports, and a reader of version 3 that does not know it ignores it,
   * so adding it needed no new version.
   */
  imports: z.array(importRecordSchema).default([]),
})
export type BackupData = z.infer<typeof backupDataSchema>

/**
 * Who made the file: the clerk signed in when it was written (optional: files from before this field, the
 * command line's, and an administration without clerks may have none). Adding it needed no new version:
 * every reader of version 3 ignores a header field it does not know.
 */
export const madeBySchema = z.object({ clerkId: z.string().min(1).max(100).optional(), name: z.string().trim().min(1).max(100) })
export type MadeBy = z.infer<typeof madeBySchema>

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the file was written (ISO instant). */
  exportedAt: z.string().datetime({ offset: true }),
  madeBy: madeBySchema.optional(),
  /**
   * The audit chain's head as the app kept it outside the database when the file was written (optional: files
   * from before the chain, and the command line's, have none). Fewer entries in `data` than it counts means
   * the newest were removed (docs/audit-trail.md).
   */
  auditHead: z.object({ count: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  data: backupDataSchema,
})
export type BackupFile = z.infer<typeof backupFileSchema>

/** The table names in the file, in the order a restore writes them (referenced records first). */
export const BACKUP_TABLES = [
  'clerks',
  'partners',
  'plans',
  'clients',
  'subscriptionPeriods',
  'changeRequests',
  'deregistrations',
  'usage',
  'invoices',
  'auditEntries',
  'imports',
] as const
export type BackupTable = (typeof BACKUP_TABLES)[number]

export function emptyBackupData(settings: BackupData['settings']): BackupData {
  return {
    settings,
    clerks: [],
    partners: [],
    plans: [],
    clients: [],
    subscriptionPeriods: [],
    changeRequests: [],
    deregistrations: [],
    usage: [],
    invoices: [],
    auditEntries: [],
    imports: [],
  }
}

export function makeBackupFile(data: BackupData, exportedAt: string, madeBy?: MadeBy): BackupFile {
  return madeBy === undefined
    ? { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, data }
    : { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, madeBy, data }
}
