import { readFile, stat } from 'node:fs/promises'
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
import { collectGarbage } from './memory'

/** How many problems of an invalid backup are printed; the rest is counted. */
export const SHOWN_PROBLEMS = 5

async function readText(path: string): Promise<string> {
  const name = basename(path)
  const info = await stat(path).catch(() => null)
  if (info === null) throw cliFailure(EXIT.input, 'cli.backupMissing', { path })
  if (!info.isFile()) throw cliFailure(EXIT.input, 'cli.notAFile', { name })
  if (info.size > MAX_BACKUP_BYTES) throw cliFailure(EXIT.input, 'cli.backupTooLarge', { name, megabytes: MAX_BACKUP_BYTES / 1024 / 1024 })
  try {
    // Decoded here so the file's bytes (as large as the text) are garbage once this returns.
    return (await readFile(path)).toString('utf8')
  } catch (error) {
    throw cliFailure(EXIT.input, 'cli.backupUnreadable', { name }, error)
  }
}

/**
 * An encrypted backup is refused with its own code (docs/cli.md): the command line takes no passphrase, so
 * that none has to be written into a file or a shell's history for a script.
 */
function refuseEncrypted(text: string, name: string): void {
  const newline = text.slice(0, MAX_ENCRYPTED_HEADER_BYTES).indexOf('\n')
  if (newline >= 0 && readEncryptedHeader(text.slice(0, newline)).kind !== 'plain') throw cliFailure(EXIT.input, 'cli.backupEncrypted', { name })
}

function parseJson(text: string, name: string): unknown {
  refuseEncrypted(text, name)
  try {
    // Windows tools like to start UTF-8 files with a byte-order mark; JSON.parse does not accept it.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
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
  const text = await readText(path)
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
