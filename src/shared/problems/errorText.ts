import { errorsEn } from '../i18n/errors.en'
import { errorsNl } from '../i18n/errors.nl'
import type { UiLanguage } from '../i18n/language'
import { validationEn } from '../i18n/validation.en'
import { validationNl } from '../i18n/validation.nl'
import type { AppErrorCode, AppErrorParams } from './appErrors'
import { fillParams } from './dutchText'
import { isValidationCode, type ValidationKey } from './validation'

/** What an AppError and an IPC error have in common. */
export interface CodedError {
  readonly code: AppErrorCode
  readonly params: AppErrorParams
  /** The partner whose files were being written; put before the words. */
  readonly partner?: string | undefined
  /** The files the job had saved before it failed; named after the words unless they name them (`files`). */
  readonly saved?: readonly string[] | undefined
}

/** The saved files when the error's own words do not name them: for the sentence `some-saved` after them. */
export function savedNotNamed(error: CodedError): { count: number; files: string } | null {
  if (error.saved === undefined || error.saved.length === 0 || Object.hasOwn(error.params, 'files')) return null
  return { count: error.saved.length, files: error.saved.join(', ') }
}

/**
 * A parameter that is itself a validation code (the `issue` of `invalid-input`) is worded too; other
 * parameters (file names, system codes) stay as they are.
 */
export function wordedParams(params: AppErrorParams, wordValidation: (key: ValidationKey) => string): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, isValidationCode(value) ? wordValidation(value.slice('validation.'.length) as ValidationKey) : value]),
  )
}

/**
 * The words for an error of the main process where no UI translates it: the command line, logs. Dutch
 * unless asked otherwise; the window translates the code itself (stores/outcome.ts).
 */
export function errorText(error: CodedError, language: UiLanguage = 'nl'): string {
  const words = language === 'en' ? errorsEn : errorsNl
  const validation = language === 'en' ? validationEn : validationNl
  const own = fillParams(
    words[error.code],
    wordedParams(error.params, (key) => validation[key]),
  )
  const saved = savedNotNamed(error)
  const text = saved === null ? own : `${own} ${fillParams(words['some-saved'], saved)}`
  return error.partner === undefined ? text : `${error.partner}: ${text}`
}
