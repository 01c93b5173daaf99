import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { formatBackupIssues, validateBackup } from '@shared/backup/validate'
import type { BackupFile } from '@shared/backup/schema'
import { MAX_BACKUP_BYTES } from '../main/ipc/handlers/backupHandlers'
import { CliError, EXIT } from './exitCodes'

/** How many problems of an invalid backup are printed; the rest is counted. */
export const SHOWN_PROBLEMS = 5

async function readText(path: string): Promise<string> {
  const name = basename(path)
  const info = await stat(path).catch(() => null)
  if (info === null) throw new CliError(EXIT.input, `Back-upbestand "${path}" bestaat niet.`)
  if (!info.isFile()) throw new CliError(EXIT.input, `"${name}" is geen bestand.`)
  if (info.size > MAX_BACKUP_BYTES) throw new CliError(EXIT.input, `"${name}" is te groot voor een back-up (meer dan ${MAX_BACKUP_BYTES / 1024 / 1024} MB).`)
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new CliError(EXIT.input, `"${name}" kan niet worden gelezen: geen leesrechten of het bestand is in gebruik.`, { cause: error })
  }
}

/**
 * Reads a backup file and checks it completely with the backup schema and its cross references before
 * anything is computed or written. An invalid file ends the command with the first few problems, each
 * with its place in the file (`data.clients.12.partnerId: …`).
 */
export async function readBackupFile(path: string): Promise<BackupFile> {
  const name = basename(path)
  let value: unknown
  {
    const text = await readText(path)
    try {
      // Windows tools like to start UTF-8 files with a byte-order mark; JSON.parse does not accept it.
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    } catch {
      throw new CliError(EXIT.input, `"${name}" is geen geldig back-upbestand: de inhoud is geen leesbare JSON.`)
    }
  }
  const validation = validateBackup(value)
  if (validation.ok) return validation.file
  const shown = formatBackupIssues(validation.issues.slice(0, SHOWN_PROBLEMS))
  const more = validation.issues.length > SHOWN_PROBLEMS ? [`… en nog ${validation.issues.length - SHOWN_PROBLEMS} probleem/problemen.`] : []
  throw new CliError(EXIT.input, [`"${name}": ${validation.message}`, ...shown.map((line) => `  ${line}`), ...more].join('\n'))
}
