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

export const backupChannels = defineChannels('backup', {
  /** Asks where to save (save dialog), then writes the backup atomically. `null` = cancelled. */
  'backup:save-file': { input: z.object({ backup: backupDocumentSchema }), output: savedFileSchema.nullable() },
  /** Asks which file to open (open dialog), reads and checks it. `null` = cancelled. */
  'backup:open-file': {
    input: noInput,
    output: z.object({ path: absolutePathSchema, fileName: z.string().min(1), backup: backupDocumentSchema }).nullable(),
  },
})
