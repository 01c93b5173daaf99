import { z } from 'zod'
import { BACKUP_FORMAT } from '../../backup/schema'
import { defineChannels, noInput } from '../channel'
import { absolutePathSchema } from '../paths'

/**
 * The backup file (src/shared/backup) as it crosses IPC: its header, and its tables as one object.
 * Every record is NOT parsed here on purpose: a database of 100,000 clients and 24 months of usage has
 * millions of records, and parsing them in the preload and again in main on every scheduled backup would
 * stall the window for seconds. A file read from disk is checked completely in main with
 * `validateBackup` (backup:open-file) before it is returned.
 */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
})
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>

export const savedFileSchema = z.object({ path: absolutePathSchema, fileName: z.string().min(1) })
export type SavedFile = z.infer<typeof savedFileSchema>

export const savedToFolderSchema = savedFileSchema.extend({
  /** File names of older automatic backups removed to keep `keep` of them. */
  removed: z.array(z.string()),
})

export const backupChannels = defineChannels('backup', {
  /** Asks where to save (save dialog), then writes the backup atomically. `null` = cancelled. */
  'backup:save-file': { input: z.object({ backup: backupEnvelopeSchema }), output: savedFileSchema.nullable() },
  /** Asks which file to open (open dialog), reads it and checks it completely (`validateBackup`). `null` = cancelled. */
  'backup:open-file': {
    input: noInput,
    output: z.object({ path: absolutePathSchema, fileName: z.string().min(1), backup: backupEnvelopeSchema }).nullable(),
  },
  /**
   * The scheduled backup: writes into the backup folder from the settings (no dialog) under a dated
   * name, then removes the oldest automatic backups in that folder beyond `keep`. Main only writes into
   * an existing folder and only ever removes files with the automatic-backup name.
   */
  /**
   * The safety backup written right before a restore replaces the data: into a folder main chooses (the
   * app's own data folder), under a dated name; only the newest safety backups are kept (SAFETY_BACKUPS_KEPT).
   */
  'backup:save-safety': { input: z.object({ backup: backupEnvelopeSchema }), output: savedFileSchema },
  'backup:save-to-folder': {
    input: z.object({ backup: backupEnvelopeSchema, folder: absolutePathSchema, keep: z.number().int().min(1).max(365) }),
    output: savedToFolderSchema,
  },
})
