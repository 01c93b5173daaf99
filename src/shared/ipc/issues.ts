import type { z } from 'zod'
import type { AppErrorParams } from '../problems/appErrors'
import { isValidationCode } from '../problems/validation'

/** A refused payload as an error code with its parameters (src/shared/problems/appErrors.ts). */
export interface InputProblem {
  readonly code: 'invalid-input' | 'invalid-input-value'
  readonly params: AppErrorParams
}

/**
 * The first issue of a refused payload: where (`backup.partners.0.name`) and what, as the model's validation
 * code (`validation.bsn`) or zod's own issue code (`invalid_type`), so the window can word it.
 */
export function inputProblem(error: z.ZodError): InputProblem {
  const first = error.issues[0]
  if (first === undefined) return { code: 'invalid-input-value', params: { issue: 'invalid' } }
  const issue = isValidationCode(first.message) ? first.message : first.code
  const field = first.path.map(String).join('.')
  return field === '' ? { code: 'invalid-input-value', params: { issue } } : { code: 'invalid-input', params: { field, issue } }
}

/** Developer text for logs: `backup.partners: Invalid input; name: validation.nameRequired`, capped so a huge payload stays readable. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
  const more = error.issues.length - max
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ')
}
