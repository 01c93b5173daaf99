import type { BackupHeader, BackupWriteTarget } from '@shared/ipc/channels/backup'
import { platformApi, unwrap } from '../platform/api'
import type { ReportProgress } from '../workers/messages'
import { runJob } from '../workers/runJob'
import { overBridge } from './bridgeTiming'

/**
 * Characters per message to main: large enough that the number of messages stays small (a 338 MB backup is
 * a few hundred), small enough that producing one is a short task and far below the channel's cap.
 */
export const BACKUP_BATCH_CHARS = 1 << 20

/** What main answers once the file has its final name. */
export interface StreamedBackup {
  readonly path: string
  readonly fileName: string
  readonly removed: readonly string[]
}

/** A backup's text as it is made: the header, then the `data` members a batch at a time (null at the end). */
export interface BackupText {
  readonly header: BackupHeader
  /** The size of the text in megabytes, for progress while it is sent. */
  readonly megabytes: number
  next(): Promise<string | null>
  /** Frees what is left when the backup stops early. */
  release(): Promise<void>
}

/**
 * The whole database as one consistent snapshot, read and turned into text by the backup worker
 * (workers/backupJobs.ts); the window only passes each batch on, so it never holds the records.
 */
export async function workerSnapshot(progress?: ReportProgress): Promise<BackupText> {
  const { key, header, megabytes } = await runJob('backup', 'backup-export', undefined, progress)
  return {
    header,
    megabytes,
    next: () => runJob('backup', 'backup-export-next', { key, batchChars: BACKUP_BATCH_CHARS }),
    release: async () => {
      await runJob('backup', 'backup-export-discard', { key })
    },
  }
}

/**
 * Sends a backup to main in pieces (backup:write-begin/chunk/finish) instead of one message; the next batch is
 * made while main writes the one before. A failure cancels the write, which leaves no file. `null` = the save
 * dialog was cancelled.
 */
export async function streamBackup(text: BackupText, target: BackupWriteTarget, progress: ReportProgress = () => undefined): Promise<StreamedBackup | null> {
  const api = platformApi().backup
  // The batch asked for ahead: after a failure it must not go unhandled.
  const ahead: { batch: Promise<string | null> } = { batch: Promise.resolve(null) }
  try {
    const begun = unwrap(await overBridge(api.writeBegin({ target, header: text.header })))
    if (begun === null) return null
    const { id } = begun
    try {
      let sent = 0
      progress({ stage: 'send', done: 0, total: text.megabytes })
      ahead.batch = text.next()
      for (let batch = await ahead.batch; batch !== null; batch = await ahead.batch) {
        ahead.batch = text.next()
        unwrap(await overBridge(api.writeChunk({ id, text: batch })))
        // Characters, not bytes: close enough for a progress bar, and it costs no encoding.
        sent += batch.length
        progress({ stage: 'send', done: Math.min(text.megabytes, Math.round(sent / 1_000_000)), total: text.megabytes })
      }
      return unwrap(await overBridge(api.writeFinish({ id })))
    } catch (error) {
      await api.writeCancel({ id }).catch(() => undefined)
      throw error
    }
  } finally {
    await ahead.batch.catch(() => undefined)
    // What is left of the snapshot (all of it after a cancelled dialog) is freed.
    await text.release().catch(() => undefined)
  }
}
