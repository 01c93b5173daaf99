import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { upgradeBackup } from '@shared/backup/upgrade'
import { validateBackup } from '@shared/backup/validate'
import type { BackupFile } from '@shared/backup/schema'
import type { UiLanguage } from '@shared/i18n/language'
import { backupText, formatBackupIssues } from '@shared/problems/words'
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

/** A plain backup's bytes as a checked backup file (converted from an older version first). */
export function parseBackupBytes(bytes: Buffer, file: string, language: UiLanguage): BackupFile {
  let data: unknown
  try {
    // Tools on Windows like to start UTF-8 files with a byte-order mark; JSON.parse does not accept it.
    data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    throw new AppError('backup-not-json', { file })
  }
  const validation = validateBackup(upgradeBackup(data))
  if (!validation.ok) {
    // The check's findings are codes with their own parameters, which one flat IPC parameter cannot carry;
    // main words them from the same translation files, in the UI language the window told it.
    const details = [backupText(validation.problem, language), ...formatBackupIssues(validation.issues.slice(0, 5), language)]
    const more = validation.issues.length > 5 ? ` (+${validation.issues.length - 5})` : ''
    throw new AppError('backup-invalid', { file, details: `${details.join('; ')}${more}` })
  }
  return validation.file
}
