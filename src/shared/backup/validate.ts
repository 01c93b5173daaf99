import { dutchErrorMap } from '../model/dutchErrors'
import { dutchIssueText } from '../problems/dutchText'
import { MAX_REPORTED_ISSUES, checkBackupReferences, type BackupIssue } from './references'
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile } from './schema'

export type BackupValidation =
  | { readonly ok: true; readonly file: BackupFile }
  | { readonly ok: false; readonly message: string; readonly issues: readonly BackupIssue[] }

function headerProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Dit is geen back-upbestand (geen JSON-object).'
  const { format, version } = value as { format?: unknown; version?: unknown }
  if (format !== BACKUP_FORMAT) return `Dit is geen back-upbestand van Cliëntadministratie 24x7 (format is niet "${BACKUP_FORMAT}").`
  if (typeof version === 'number' && version > BACKUP_VERSION) return `Dit back-upbestand heeft versie ${version}; deze versie van het programma leest tot en met versie ${BACKUP_VERSION}. Werk het programma bij.`
  if (version !== BACKUP_VERSION) return `Onbekende versie van het back-upbestand: ${String(version)}.`
  return null
}

/**
 * Checks a parsed JSON value completely — header, every record against the model, cross references —
 * before anything is replaced (spec: "restore validates the file before it replaces anything").
 * Messages are Dutch with the path of each problem.
 */
export function validateBackup(value: unknown): BackupValidation {
  const header = headerProblem(value)
  if (header) return { ok: false, message: header, issues: [] }
  const parsed = backupFileSchema.safeParse(value, { error: dutchErrorMap })
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))), message: dutchIssueText(issue.message) }))
    return { ok: false, message: `Het back-upbestand is niet geldig: ${parsed.error.issues.length} fout(en).`, issues }
  }
  const references = checkBackupReferences(parsed.data.data)
  if (references.length > 0) return { ok: false, message: `Het back-upbestand verwijst naar gegevens die ontbreken of dubbel zijn: ${references.length}${references.length >= MAX_REPORTED_ISSUES ? '+' : ''} fout(en).`, issues: references }
  return { ok: true, file: parsed.data }
}

/** One line per problem for a dialog or the command line: `data.clients.12.partnerId: Partner … bestaat niet`. */
export function formatBackupIssues(issues: readonly BackupIssue[]): string[] {
  return issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(bestand)'}: ${issue.message}`)
}
