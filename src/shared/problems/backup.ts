import type { RuleParams } from './rules'
import type { ValidationCode } from './validation'

/**
 * The catalogue of backup-file problems: why a file is refused as a whole (header, format, version, how
 * many records are wrong) and what is wrong at one place in it (a duplicate id, a reference to a record
 * the file lacks, a value of the wrong kind), each with the names of its parameters. The words are in the
 * translation files (src/shared/i18n/backup.*.ts). Add a code for a new problem; never rename one.
 */
export const BACKUP_PROBLEMS = {
  'backup.notAnObject': [],
  'backup.notOurFormat': ['format'],
  'backup.newerVersion': ['version', 'supported'],
  'backup.unknownVersion': ['version'],
  'backup.invalidRecords': ['count'],
  'backup.brokenReferences': ['count'],
  'backup.wholeFile': [],
  'backup.wrongType': ['expected'],
  'backup.wrongValue': ['values'],
  'backup.wrongFormat': ['format'],
  'backup.unknownKeys': ['keys'],
  'backup.invalidValue': [],
  'backup.duplicatePartner': ['id'],
  'backup.duplicatePlan': ['id'],
  'backup.duplicateClient': ['id'],
  'backup.duplicateSubscriptionPeriod': ['id'],
  'backup.duplicateChangeRequest': ['id'],
  'backup.duplicateDeregistration': ['id'],
  'backup.duplicateInvoice': ['id'],
  'backup.duplicateAuditEntry': ['id'],
  'backup.missingPartner': ['id'],
  'backup.missingPlan': ['id'],
  'backup.missingClient': ['id'],
  'backup.missingCorrectedInvoice': ['id'],
  'backup.duplicateClientNumber': ['clientNumber'],
  'backup.usagePartner': ['partnerId', 'clientPartnerId'],
  'backup.usageId': ['expected'],
  'backup.duplicateUsage': ['clientId', 'period'],
} as const satisfies Record<string, readonly string[]>

export type BackupCode = keyof typeof BACKUP_PROBLEMS
/** The part after `backup.`: the key inside the translation files' `backup` section. */
export type BackupKey = BackupCode extends `backup.${infer K}` ? K : never

/** Why a backup file is refused as a whole. */
export interface BackupProblem {
  readonly code: BackupCode
  readonly params: RuleParams
}

/**
 * One problem at one place in the file, e.g. `['data', 'clients', 12, 'partnerId']`. A record's own field
 * problem keeps the model's validation code (`validation.bsn`); everything else is a backup code.
 */
export interface BackupIssue {
  readonly path: readonly (string | number)[]
  readonly code: BackupCode | ValidationCode
  readonly params: RuleParams
}

export function isBackupCode(value: unknown): value is BackupCode {
  return typeof value === 'string' && Object.hasOwn(BACKUP_PROBLEMS, value)
}

export const backupKeyOf = (code: BackupCode): BackupKey => code.slice('backup.'.length) as BackupKey
