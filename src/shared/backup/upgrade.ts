import { fromHistoricAuditEntry } from '../audit/historic'
import { suggestInitials } from '../model/clerk'
import { BACKUP_FORMAT } from './schema'

/** The id the first clerk gets when it is made from the old free-text `clerkName` setting (backup and database upgrade). */
export const FIRST_CLERK_ID = 'clerk-1'

/** The first clerk made from the old `clerkName` setting; a missing or empty name becomes `Medewerker`. */
export function clerkFromClerkName(clerkName: unknown) {
  const name = typeof clerkName === 'string' && clerkName.trim() !== '' ? clerkName.trim().slice(0, 100) : 'Medewerker'
  return { id: FIRST_CLERK_ID, name, initials: suggestInitials(name), active: true }
}

type Obj = Record<string, unknown>
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value)

/** 1 → 2: audit entries carried a Dutch sentence in `summary`; they become event `historic` with the sentence kept. */
function from1(file: Obj): Obj {
  const data = file.data
  if (!isObject(data)) return { ...file, version: 2 }
  const { auditEntries } = data
  return { ...file, version: 2, data: { ...data, auditEntries: Array.isArray(auditEntries) ? auditEntries.map(fromHistoricAuditEntry) : auditEntries } }
}

/** 2 → 3: the `clerks` table appears; its first clerk is the one the `clerkName` setting named. */
function from2(file: Obj): Obj {
  const data = file.data
  if (!isObject(data) || 'clerks' in data) return { ...file, version: 3 }
  const settings = isObject(data.settings) ? data.settings : {}
  return { ...file, version: 3, data: { ...data, clerks: [clerkFromClerkName(settings.clerkName)] } }
}

/**
 * Brings a back-up written by an older version of the program to the current version, so it stays
 * restorable (docs/backup-format.md, "Versioning"). Call it on the parsed JSON before `validateBackup`.
 * Each step raises the version by one. Anything that is not an older back-up of this format is returned as
 * it is, for `validateBackup` to judge.
 */
export function upgradeBackup(value: unknown): unknown {
  if (!isObject(value) || value.format !== BACKUP_FORMAT) return value
  if (value.version !== 1 && value.version !== 2) return value
  let file: Obj = value
  if (file.version === 1) file = from1(file)
  if (file.version === 2) file = from2(file)
  return file
}
