import { AppError } from '../main/appError'
import type { UiLanguage } from '@shared/i18n/language'
import { errorText } from '@shared/problems/errorText'
import { CliError, EXIT } from './exitCodes'

/**
 * Main's errors (file busy, disk full, cancelled) as command-line errors with the right exit code; the words
 * follow `--lang` when printed (CliError.textIn), Dutch in the message for logs.
 */
export function appErrorToCliError(error: unknown): unknown {
  if (error instanceof CliError) return error
  if (error instanceof AppError) {
    const exitCode = error.code === 'cancelled' ? EXIT.cancelled : EXIT.failed
    return new CliError(exitCode, errorText(error, 'nl'), { cause: error, words: (language: UiLanguage) => errorText(error, language) })
  }
  return error
}
