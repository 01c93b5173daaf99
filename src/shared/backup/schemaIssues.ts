import type { z } from 'zod'
import type { BackupIssue } from '../problems/backup'
import { isValidationCode } from '../problems/validation'

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ')

/**
 * A schema problem of a backup record as a coded issue. The model's own checks carry their validation code
 * in the message; zod's built-in checks are named by what they expected, so either language can word them.
 */
export function backupIssueOf(issue: z.core.$ZodIssue): BackupIssue {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)))
  if (isValidationCode(issue.message)) return { path, code: issue.message, params: {} }
  switch (issue.code) {
    case 'invalid_type':
      return { path, code: 'backup.wrongType', params: { expected: issue.expected } }
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { path, code: 'validation.required', params: {} }
      return Number(issue.minimum) === 0
        ? { path, code: 'validation.notNegative', params: {} }
        : { path, code: 'validation.min', params: { min: Number(issue.minimum) } }
    case 'too_big':
      return issue.origin === 'string'
        ? { path, code: 'validation.tooLong', params: {} }
        : { path, code: 'validation.max', params: { max: Number(issue.maximum) } }
    case 'invalid_value':
      return { path, code: 'backup.wrongValue', params: { values: quoted(issue.values) } }
    case 'invalid_format':
      return { path, code: 'backup.wrongFormat', params: { format: issue.format } }
    case 'unrecognized_keys':
      return { path, code: 'backup.unknownKeys', params: { keys: quoted(issue.keys) } }
    default:
      return { path, code: 'backup.invalidValue', params: {} }
  }
}
