import { fromHistoricAuditEntry } from '../audit/historic'
import { BACKUP_FORMAT } from './schema'

/**
 * Brings a back-up written by an older version of the program to the current version, so it stays
 * restorable (docs/backup-format.md, "Versioning"). Call it on the parsed JSON before `validateBackup`.
 * Version 1 → 2: audit entries carried a Dutch sentence in `summary`; they become event `historic` with the
 * sentence kept as recorded (src/shared/audit/historic.ts). Anything that is not a version-1 back-up is
 * returned as it is, for `validateBackup` to judge.
 */
export function upgradeBackup(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const file = value as { format?: unknown; version?: unknown; data?: unknown }
  if (file.format !== BACKUP_FORMAT || file.version !== 1) return value
  const data = file.data
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ...file, version: 2 }
  const { auditEntries } = data as { auditEntries?: unknown }
  return { ...file, version: 2, data: { ...data, auditEntries: Array.isArray(auditEntries) ? auditEntries.map(fromHistoricAuditEntry) : auditEntries } }
}
