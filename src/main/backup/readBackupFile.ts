import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '../appError'
import { readErrorToAppError } from '../files/fileErrors'

/** A backup bigger than this is refused before reading: JSON.parse would need several times as much memory. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024

/** A backup file's bytes, refused before reading when it is no file or too large. */
export async function readBackupBytes(path: string): Promise<Buffer> {
  const file = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('not-a-file', { file })
    if (info.size > MAX_BACKUP_BYTES) throw new AppError('backup-too-large', { file, maxMb: MAX_BACKUP_BYTES / 1024 / 1024 })
    return await readFile(path)
  } catch (error) {
    throw readErrorToAppError(error, path)
  }
}
