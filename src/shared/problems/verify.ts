import type { BackupCode } from './backup'
import type { LifecycleCode } from './lifecycle'
import type { RuleParams } from './rules'

/**
 * The catalogue of the consistency check of a whole administration (`verify`): what only a look at all the
 * data finds, by code with the names of its parameters. Findings of rules that already have a catalogue keep
 * its code: a subscription-period finding its lifecycle code (`overlap`, `gat`), a broken reference its backup
 * code (`backup.missingClient`). Dates in parameters are written dd-mm-jjjj, amounts `€ 1.234,56`. The words
 * are in src/shared/i18n/verify.*.ts. Add a code for a new rule; never rename one.
 */
export const VERIFY_PROBLEMS = {
  'verify.dateTooEarly': ['date', 'earliest'],
  'verify.dateTooLate': ['date', 'latest'],
  'verify.tooManyMinutes': ['minutes', 'limit'],
  'verify.feeTooHigh': ['fee', 'limit'],
  'verify.deregistrationEffectiveDate': ['effective', 'expected', 'received', 'requested'],
  'verify.auditChainChanged': ['seq'],
  'verify.auditChainRemoved': ['seq'],
  'verify.auditChainInserted': ['seq'],
  'verify.auditChainTruncated': ['seq'],
} as const satisfies Record<string, readonly string[]>

export type VerifyCode = keyof typeof VERIFY_PROBLEMS
/** The part after `verify.`: the key inside the translation files' `verify` section. */
export type VerifyKey = VerifyCode extends `verify.${infer K}` ? K : never

/** The tables a finding can name, plus the single settings record. */
export type VerifyTable =
  'settings' | 'partners' | 'plans' | 'clients' | 'subscriptionPeriods' | 'changeRequests' | 'deregistrations' | 'usage' | 'invoices' | 'auditEntries'

/** The record a finding is about: its table and id (null for the settings), the field, and the client's number where there is one. */
export interface VerifyRecord {
  readonly table: VerifyTable
  readonly id: string | null
  readonly field?: string
  readonly clientNumber?: string
}

/** One finding of the check: a code of this catalogue, or of the lifecycle or backup catalogue whose rule found it. */
export interface VerifyFinding {
  readonly code: VerifyCode | LifecycleCode | BackupCode
  readonly params: RuleParams
  readonly record: VerifyRecord
}

export function isVerifyCode(value: unknown): value is VerifyCode {
  return typeof value === 'string' && Object.hasOwn(VERIFY_PROBLEMS, value)
}

export const verifyKeyOf = (code: VerifyCode): VerifyKey => code.slice('verify.'.length) as VerifyKey
