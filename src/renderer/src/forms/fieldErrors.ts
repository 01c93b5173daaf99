import type { z } from 'zod'
import { isValidationCode } from '@shared/problems/validation'
import { translate } from '../i18n'

/** Field path (`invoiceAddress.postcode`, `contacts.0.email`) → the message shown under that field. */
export type FieldErrors = Record<string, string>

/** One problem with one field, in the shape the data layer and zod both can be reduced to. */
export interface FieldIssue {
  path: readonly PropertyKey[]
  code?: string
  message: string
  /** The parameters of a validation code in `message` (e.g. the name of the record that already has a code). */
  params?: Readonly<Record<string, string | number>>
  minimum?: number | bigint
  maximum?: number | bigint
  origin?: string
}

/** Fields whose "missing" means "nothing chosen" rather than "nothing typed". */
const CHOICE_FIELDS: Record<string, string> = {
  partnerId: 'validation.partnerRequired',
  registrationPlanId: 'validation.planRequired',
  role: 'validation.roleRequired',
}

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

/** The translated message for one issue. */
export function issueMessage(issue: FieldIssue): string {
  // The model's schemas and rules name their problem with a code from the validation catalogue.
  if (isValidationCode(issue.message)) return translate(issue.message, issue.params ?? {})
  const last = String(issue.path[issue.path.length - 1] ?? '')
  const choice = CHOICE_FIELDS[last]
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return translate(choice ?? 'validation.required')
      if (Number(issue.minimum) === 0) return translate('validation.notNegative')
      return translate('validation.min', { min: Number(issue.minimum) })
    case 'too_big':
      if (issue.origin === 'string') return translate('validation.tooLong')
      return translate('validation.max', { max: Number(issue.maximum) })
    case 'invalid_value':
    case 'invalid_type':
      return translate(choice ?? 'validation.required')
    default:
      return issue.message
  }
}

/** All issues → one message per field (the first issue for a field wins: fix that one first). */
export function toFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const key = pathKey(issue.path)
    if (!(key in errors)) errors[key] = issueMessage(issue)
  }
  return errors
}

/** Validate with a model schema; field errors when invalid. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, errors: toFieldErrors(result.error.issues) }
}

/**
 * A deep copy of plain record data. Not structuredClone: records handed out by a Pinia store are Vue
 * proxies, which structuredClone refuses; records are JSON-safe by their schemas.
 */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
