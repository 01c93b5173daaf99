import { z } from 'zod'
import { defineChannels, noInput } from '../channel'
import { absolutePathSchema } from '../paths'

/**
 * The backup document as it crosses IPC. Until the versioned backup schema exists this only requires a
 * JSON object; the restore flow in the renderer validates the full format before replacing anything.
 */
export const backupDocumentSchema = z.record(z.string(), z.unknown())
export type BackupDocument = z.infer<typeof backupDocumentSchema>

export const savedFileSchema = z.object({ path: absolutePathSchema, fileName: z.string().min(1) })
export type SavedFile = z.infer<typeof savedFileSchema>

export const savedToFolderSchema = savedFileSchema.extend({
  /** File names of older automatic backups removed to keep `keep` of them. */
  removed: z.array(z.string()),
})

export const backupChannels = defineChannels('backup', {
  /** Asks where to save (save dialog), then writes the backup atomically. `null` = cancelled. */
  'backup:save-file': { input: z.object({ backup: backupDocumentSchema }), output: savedFileSchema.nullable() },
  /** Asks which file to open (open dialog), reads and checks it. `null` = cancelled. */
  'backup:open-file': {
    input: noInput,
    output: z.object({ path: absolutePathSchema, fileName: z.string().min(1), backup: backupDocumentSchema }).nullable(),
  },
  /**
   * The scheduled backup: writes into the backup folder from the settings (no dialog) under a dated
   * name, then removes the oldest automatic backups in that folder beyond `keep`. Main only writes into
   * an existing folder and only ever removes files with the automatic-backup name.
   */
  'backup:save-to-folder': {
    input: z.object({ backup: backupDocumentSchema, folder: absolutePathSchema, keep: z.number().int().min(1).max(365) }),
    output: savedToFolderSchema,
  },
})
