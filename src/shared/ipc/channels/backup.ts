import { z } from 'zod'
import { BACKUP_FORMAT, madeBySchema } from '../../backup/schema'
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
  madeBy: madeBySchema.optional(),
  data: z.record(z.string(), z.unknown()),
})
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>

/**
 * A backup file main has read (and decrypted) and keeps behind an opaque id: the window fetches its text in
 * `chunks` pieces (`backup:read-chunk`) and checks it itself, off its thread (the worker); it never learns
 * the path.
 */
export const openedBackupSchema = z.object({ id: z.uuid(), fileName: z.string().min(1), chunks: z.number().int().min(1) })
export type OpenedBackup = z.infer<typeof openedBackupSchema>

/** An encrypted backup chosen in the open dialog: main keeps its path and waits for `backup:unlock-file`. */
export const lockedBackupSchema = z.object({ fileName: z.string().min(1), encrypted: z.literal(true) })

export const savedFileSchema = z.object({ path: absolutePathSchema, fileName: z.string().min(1) })
export type SavedFile = z.infer<typeof savedFileSchema>

export const savedToFolderSchema = savedFileSchema.extend({
  /** File names of older automatic backups removed to keep `keep` of them. */
  removed: z.array(z.string()),
})

/** A failure as main recorded it: an error code with its parameters (the window words it). */
const recordedFailureSchema = z.object({ at: z.string().min(1), code: z.string().min(1), params: z.record(z.string(), z.union([z.string(), z.number()])) })

/** The scheduled backups as main keeps them (src/main/backup/backupSchedule.ts). */
export const backupScheduleSchema = z.object({
  /** Chosen in main's folder dialog; `null` until the clerk chose one (no scheduled backups then). */
  folder: absolutePathSchema.nullable(),
  intervalHours: z.number().int().min(1).max(168),
  /** Automatic backups kept in the folder; older ones are removed. */
  keep: z.number().int().min(1).max(365),
  lastSuccessAt: z.string().nullable(),
  lastSuccessFile: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  lastFailure: recordedFailureSchema.nullable(),
})
export type BackupSchedule = z.infer<typeof backupScheduleSchema>

/** The largest piece of a streamed backup one `backup:write-chunk` carries (characters of JSON text). */
export const MAX_BACKUP_CHUNK_CHARS = 8 * 1024 * 1024

/** The header of a streamed backup; main writes it (adding what it keeps) before the pieces of `data`. */
export const backupHeaderSchema = backupEnvelopeSchema.omit({ data: true })
export type BackupHeader = z.infer<typeof backupHeaderSchema>

/** Where a streamed backup goes, each exactly as its one-message channel: save dialog, scheduled folder, safety folder. */
export const backupWriteTargetSchema = z.enum(['file', 'scheduled', 'safety'])
export type BackupWriteTarget = z.infer<typeof backupWriteTargetSchema>

const writeIdSchema = z.object({ id: z.uuid() })

export const backupChannels = defineChannels('backup', {
  /** Asks where to save (save dialog), then writes the backup atomically. `null` = cancelled. */
  'backup:save-file': { input: z.object({ backup: backupEnvelopeSchema }), output: savedFileSchema.nullable() },
  /**
   * Asks which file to open (open dialog) and reads it into main's memory behind an id (the window checks it
   * completely, piece by piece, see `backup:read-chunk`). A file that does not start like JSON is refused here
   * (`backup-not-json`). Opening another file drops the one opened before. `null` = cancelled.
   */
  'backup:open-file': { input: noInput, output: z.union([openedBackupSchema, lockedBackupSchema]).nullable() },
  /**
   * Piece `index` (0 … chunks − 1) of an opened file's text, cut on a character boundary. An unknown id or an
   * index out of range is refused; the file's text cannot change while main keeps it.
   */
  'backup:read-chunk': { input: z.object({ id: z.uuid(), index: z.number().int().min(0) }), output: z.string().max(MAX_BACKUP_CHUNK_CHARS) },
  /** Main forgets the opened file (its memory is freed); a second finish is refused as an unknown id. */
  'backup:read-finish': { input: writeIdSchema, output: z.null() },
  /**
   * The safety backup written right before a restore replaces the data: into a folder main chooses (the
   * app's own data folder), under a dated name; only the newest safety backups are kept (SAFETY_BACKUPS_KEPT).
   */
  'backup:save-safety': { input: z.object({ backup: backupEnvelopeSchema }), output: savedFileSchema },
  /** The scheduled backups' settings and last outcome. */
  'backup:schedule': { input: noInput, output: backupScheduleSchema },
  /** Asks for the backup folder (folder dialog) and keeps it. The schedule as it is then; unchanged when cancelled. */
  'backup:choose-folder': { input: noInput, output: backupScheduleSchema },
  'backup:set-schedule': {
    input: z.object({ intervalHours: z.number().int().min(1).max(168), keep: z.number().int().min(1).max(365) }),
    output: backupScheduleSchema,
  },
  /**
   * The scheduled backup: writes into the folder main keeps (no dialog, no path from the window) under a dated
   * name, then removes the oldest automatic backups beyond `keep`. Success and failure are both recorded.
   */
  'backup:save-scheduled': { input: z.object({ backup: backupEnvelopeSchema }), output: savedToFolderSchema },
  /**
   * The window has done what it does when asked to close (`app:closing`: the backup on closing, through
   * `backup:save-scheduled`); main closes it now instead of waiting for its time limit.
   */
  'backup:finish-closing': { input: noInput, output: z.null() },
  /**
   * A backup streamed in pieces (a large database does not fit one message): main chooses the file as for
   * `target`'s one-message channel and opens a temporary file beside it, holding the header. `null` = the
   * save dialog was cancelled.
   */
  'backup:write-begin': { input: z.object({ target: backupWriteTargetSchema, header: backupHeaderSchema }), output: writeIdSchema.nullable() },
  /** The next piece of the `data` object's members (`backupDataChunks`), appended in the order sent. */
  'backup:write-chunk': { input: writeIdSchema.extend({ text: z.string().max(MAX_BACKUP_CHUNK_CHARS) }), output: z.null() },
  /** Closes the file and gives it its final name atomically (and rotates as the one-message channel does). */
  'backup:write-finish': { input: writeIdSchema, output: savedToFolderSchema },
  /** Drops the write: its temporary file is removed, nothing appears under the final name. */
  'backup:write-cancel': { input: writeIdSchema, output: z.null() },
})
