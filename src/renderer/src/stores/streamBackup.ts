import type { BackupFile } from '@shared/backup'
import { backupDataChunks, backupSourceOf } from '@shared/backup/jsonChunks'
import type { BackupWriteTarget } from '@shared/ipc/channels/backup'
import { platformApi, unwrap } from '../platform/api'

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

/**
 * Sends `file` to main in pieces (backup:write-begin/chunk/finish) instead of one message: the text is made
 * a batch at a time and the window waits for main between batches, so it never builds the whole file as one
 * string and stays responsive. A failure cancels the write, which leaves no file. `null` = the save dialog was
 * cancelled.
 */
export async function streamBackup(file: BackupFile, target: BackupWriteTarget): Promise<StreamedBackup | null> {
  const { data, ...header } = file
  const api = platformApi().backup
  const begun = unwrap(await api.writeBegin({ target, header }))
  if (begun === null) return null
  const { id } = begun
  try {
    let batch = ''
    for (const piece of backupDataChunks(backupSourceOf(data, file.exportedAt))) {
      batch += piece
      if (batch.length < BACKUP_BATCH_CHARS) continue
      unwrap(await api.writeChunk({ id, text: batch }))
      batch = ''
    }
    if (batch !== '') unwrap(await api.writeChunk({ id, text: batch }))
    return unwrap(await api.writeFinish({ id }))
  } catch (error) {
    await api.writeCancel({ id }).catch(() => undefined)
    throw error
  }
}
