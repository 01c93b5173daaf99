import type { z } from 'zod'
import { isValidationCode, type ValidationCode } from './validation'

export interface CodedIssue {
  readonly code: ValidationCode
  readonly params: Readonly<Record<string, number>>
}

/**
 * A zod issue as a validation code with its parameters. The model's own checks already carry their code in
 * the message; zod's built-in checks (a wrong type, a length, an enum) are named by their kind, so no
 * sentence of zod's reaches a screen in either language.
 */
export function codedIssueOf(issue: z.core.$ZodIssue): CodedIssue {
  if (isValidationCode(issue.message)) return { code: issue.message, params: {} }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { code: 'validation.required', params: {} }
      return Number(issue.minimum) === 0 ? { code: 'validation.notNegative', params: {} } : { code: 'validation.min', params: { min: Number(issue.minimum) } }
    case 'too_big':
      return issue.origin === 'string' ? { code: 'validation.tooLong', params: {} } : { code: 'validation.max', params: { max: Number(issue.maximum) } }
    case 'invalid_value':
      return { code: 'validation.notAllowed', params: {} }
    default:
      return { code: 'validation.invalidValue', params: {} }
  }
}
