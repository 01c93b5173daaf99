import { readFileSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseBackup, validateBackup } from '@shared/backup/validate'
import { upgradeBackup } from '@shared/backup/upgrade'
import { MAX_ENCRYPTED_HEADER_BYTES, readEncryptedHeader } from '@shared/backup/encryptedHeader'
import type { BackupFile } from '@shared/backup/schema'
import type { BackupIssue, BackupProblem } from '@shared/problems/backup'
import { backupText, formatBackupIssues, type Language } from '@shared/problems/words'
import { MAX_BACKUP_BYTES } from '../main/ipc/handlers/backupHandlers'
import { CliError, EXIT, cliFailure } from './exitCodes'
import { cliText } from './i18n/text'
import { decodeBackup, parseBackupText, type BackupText } from './backupText'
import { collectGarbage } from './memory'

/** How many problems of an invalid backup are printed; the rest is counted. */
export const SHOWN_PROBLEMS = 5

async function readBytes(path: string): Promise<Buffer> {
  const name = basename(path)
  const info = await stat(path).catch(() => null)
  if (info === null) throw cliFailure(EXIT.input, 'cli.backupMissing', { path })
  if (!info.isFile()) throw cliFailure(EXIT.input, 'cli.notAFile', { name })
  if (info.size > MAX_BACKUP_BYTES) throw cliFailure(EXIT.input, 'cli.backupTooLarge', { name, megabytes: MAX_BACKUP_BYTES / 1024 / 1024 })
  try {
    // In one read: the promise version reads a large file in pieces of 512 KB, a sixth of a second more for 338 MB.
    return readFileSync(path)
  } catch (error) {
    throw cliFailure(EXIT.input, 'cli.backupUnreadable', { name }, error)
  }
}

/**
 * An encrypted backup is refused with its own code (docs/cli.md): the command line takes no passphrase, so
 * that none has to be written into a file or a shell's history for a script.
 */
function refuseEncrypted(bytes: Buffer, name: string): void {
  const start = bytes.subarray(0, MAX_ENCRYPTED_HEADER_BYTES).toString('utf8')
  const newline = start.indexOf('\n')
  if (newline >= 0 && readEncryptedHeader(start.slice(0, newline)).kind !== 'plain') throw cliFailure(EXIT.input, 'cli.backupEncrypted', { name })
}

/**
 * The file as text, decoded here so the file's bytes (as large as the text) are garbage once this returns; table
 * by table where it can (`decodeBackup`).
 */
async function readText(path: string, name: string): Promise<BackupText> {
  const bytes = await readBytes(path)
  refuseEncrypted(bytes, name)
  return decodeBackup(bytes)
}

function parseJson(text: BackupText, name: string): unknown {
  try {
    return parseBackupText(text)
  } catch {
    throw cliFailure(EXIT.input, 'cli.backupNotJson', { name })
  }
}

/**
 * The file as parsed JSON. A function of its own so that nothing references the text once it returns
 * (an async function's frame keeps awaited values alive until it ends). The file's bytes are collected
 * before parsing: the stress case's 338 MB file is then never in memory two or three times over.
 */
async function readJson(path: string, name: string): Promise<unknown> {
  const text = await readText(path, name)
  collectGarbage()
  return parseJson(text, name)
}

/**
 * Reads a backup file and checks it completely with the backup schema and (unless `references` is false,
 * for `verify`, which reports them itself) its cross references before anything is computed or written. An invalid file ends the command with the first few problems, each
 * with its place in the file (`data.clients.12.partnerId: …`).
 */
export async function readBackupFile(path: string, options: { readonly references: boolean } = { references: true }): Promise<BackupFile> {
  const name = basename(path)
  const value = await readJson(path, name)
  // The text is garbage now; collected, the check's copy of every record takes its place instead of
  // coming on top of it.
  collectGarbage()
  const validation = (options.references ? validateBackup : parseBackup)(upgradeBackup(value))
  if (validation.ok) return validation.file
  const { problem, issues } = validation
  throw new CliError(EXIT.input, refusal(name, problem, issues, 'nl'), { words: (lang) => refusal(name, problem, issues, lang) })
}

/** The refusal of an invalid backup: what is wrong, then the first problems each on a line with its place. */
function refusal(name: string, problem: BackupProblem, issues: readonly BackupIssue[], lang: Language): string {
  const shown = formatBackupIssues(issues.slice(0, SHOWN_PROBLEMS), lang)
  const more = issues.length > SHOWN_PROBLEMS ? [cliText(lang, 'cli.moreProblems', { count: issues.length - SHOWN_PROBLEMS })] : []
  return [cliText(lang, 'cli.backupInvalid', { name, problem: backupText(problem, lang) }), ...shown.map((line) => `  ${line}`), ...more].join('\n')
}
