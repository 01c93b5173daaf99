import { AppError } from '../main/appError'
import type { UiLanguage } from '@shared/i18n/language'
import { errorText } from '@shared/problems/errorText'
import { CliError, EXIT } from './exitCodes'

/** Main's errors (file busy, disk full, cancelled) as command-line errors with the right exit code, worded in `language`. */
export function appErrorToCliError(error: unknown, language: UiLanguage = 'nl'): unknown {
  if (error instanceof CliError) return error
  if (error instanceof AppError) return new CliError(error.code === 'cancelled' ? EXIT.cancelled : EXIT.failed, errorText(error, language), { cause: error })
  return error
}
