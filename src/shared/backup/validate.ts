import type { BackupProblem } from '../problems/backup'
import { MAX_REPORTED_ISSUES, checkBackupReferences, type BackupIssue } from './references'
import { compileSchema, type CompiledCheck } from './compiledSchema'
import { backupIssueOf } from './schemaIssues'
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile } from './schema'

export type BackupValidation =
  { readonly ok: true; readonly file: BackupFile } | { readonly ok: false; readonly problem: BackupProblem; readonly issues: readonly BackupIssue[] }

function headerProblem(value: unknown): BackupProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { code: 'backup.notAnObject', params: {} }
  const { format, version } = value as { format?: unknown; version?: unknown }
  if (format !== BACKUP_FORMAT) return { code: 'backup.notOurFormat', params: { format: BACKUP_FORMAT } }
  if (typeof version === 'number' && version > BACKUP_VERSION) return { code: 'backup.newerVersion', params: { version, supported: BACKUP_VERSION } }
  if (version !== BACKUP_VERSION) return { code: 'backup.unknownVersion', params: { version: String(version) } }
  return null
}

/**
 * Checks a parsed JSON value completely — header, every record against the model, cross references —
 * before anything is replaced (spec: "restore validates the file before it replaces anything").
 * Problems are codes with parameters (src/shared/problems/backup.ts), each issue with its path.
 */
export function validateBackup(value: unknown): BackupValidation {
  const parsed = parseBackup(value)
  if (!parsed.ok) return parsed
  const references = checkBackupReferences(parsed.file.data)
  if (references.length > 0) {
    const count = `${references.length}${references.length >= MAX_REPORTED_ISSUES ? '+' : ''}`
    return { ok: false, problem: { code: 'backup.brokenReferences', params: { count } }, issues: references }
  }
  return parsed
}

let compiledFile: CompiledCheck<BackupFile> | null = null

/**
 * The header and every record against the model, without the cross references: for the consistency check,
 * which reports a broken reference as one of its findings instead of refusing the file.
 */
export function parseBackup(value: unknown): BackupValidation {
  const header = headerProblem(value)
  if (header) return { ok: false, problem: header, issues: [] }
  // The compiled check answers as zod would, several times faster; zod itself words the problems of a file it refuses.
  compiledFile ??= compileSchema(backupFileSchema)
  const fast = compiledFile(value)
  if (fast.ok) return { ok: true, file: fast.value }
  const parsed = backupFileSchema.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map(backupIssueOf)
    return { ok: false, problem: { code: 'backup.invalidRecords', params: { count: parsed.error.issues.length } }, issues }
  }
  return { ok: true, file: parsed.data }
}
