import { DomainRuleError } from '@shared/domain/errors'
import { InvalidApiInputError } from '@shared/ipc/api'
import { savedNotNamed, wordedParams } from '@shared/problems/errorText'
import { ConflictError, DataError, RuleError, StorageFullError, ValidationError } from '../data'
import { pathKey, toFieldErrors, type FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { ApiError } from '../platform/api'

/** What a store action tells its screen: the saved value, or a message (null when the errors are shown at the fields). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string | null }
export type Done = { ok: true; value: undefined } | { ok: false; message: string }

/**
 * Turns a data-layer failure into field errors (validation, a duplicate at a field) or one message in the UI language.
 * Issues about the record as a whole (empty path) become the message.
 */
export function failure(error: unknown, setFieldErrors: (errors: FieldErrors) => void): { ok: false; message: string | null } {
  if (error instanceof ValidationError) {
    const errors = toFieldErrors(error.issues)
    const whole = errors['']
    delete errors['']
    setFieldErrors(errors)
    return { ok: false, message: whole ?? (Object.keys(errors).length > 0 ? null : errorMessage(error)) }
  }
  if (error instanceof ConflictError && error.path.length > 0) {
    setFieldErrors({ [pathKey(error.path)]: errorMessage(error) })
    return { ok: false, message: null }
  }
  return { ok: false, message: errorMessage(error) }
}

/**
 * One sentence in the UI language for any error: a refused rule or a failure in main by its code, the data
 * layer's problem by its code, or a generic one around the cause.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof StorageFullError) return translate('common.diskFull')
  if (error instanceof RuleError) return translate(`rules.${error.ruleCode}`, error.params)
  if (error instanceof DomainRuleError) return translate(`rules.${error.code}`, error.params)
  if (error instanceof ApiError || error instanceof InvalidApiInputError) {
    const own = translate(
      `errors.${error.code}`,
      wordedParams(error.params, (key) => translate(`validation.${key}`)),
    )
    if (!(error instanceof ApiError)) return own
    // A job that failed after saving files names them, unless its own words did.
    const saved = savedNotNamed(error)
    const text = saved === null ? own : `${own} ${translate('errors.some-saved', saved)}`
    return error.partner !== undefined ? `${error.partner}: ${text}` : text
  }
  if (error instanceof DataError) return translate(`dataErrors.${error.problem}`, error.params)
  return translate('common.unexpectedError', { message: error instanceof Error ? error.message : String(error) })
}

export async function attempt(work: () => Promise<unknown>): Promise<Done> {
  try {
    await work()
    return { ok: true, value: undefined }
  } catch (error) {
    return { ok: false, message: errorMessage(error) }
  }
}
