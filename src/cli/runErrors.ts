import { AppError } from '../main/appError'
import { failureAfterReplacing, fileList } from '../main/files/replacedFiles'
import type { UiLanguage } from '@shared/i18n/language'
import { errorText } from '@shared/problems/errorText'
import { CliError, EXIT, cliFailure } from './exitCodes'
import { cliText } from './i18n/text'

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

/**
 * A run's failure once the files it added are removed again, when earlier files had replaced existing ones
 * (`--force`): never "nothing was changed" but which files were replaced. A failure whose words claim
 * nothing about the other files keeps them and gets the list as a sentence of its own.
 */
export function failureAfterReplacingToCliError(error: unknown, replaced: readonly string[]): unknown {
  if (replaced.length === 0) return appErrorToCliError(error)
  const list = { count: replaced.length, files: fileList(replaced) }
  const cancelled = error instanceof AppError ? error.code === 'cancelled' : error instanceof CliError && error.exitCode === EXIT.cancelled
  if (cancelled) return cliFailure(EXIT.cancelled, 'cli.cancelledSomeReplaced', list, error)
  const variant = error instanceof AppError ? failureAfterReplacing(error, replaced) : null
  if (variant !== null) return appErrorToCliError(variant)
  const failure = appErrorToCliError(error)
  if (!(failure instanceof CliError)) return failure
  const words = (language: UiLanguage) => `${failure.textIn(language)}\n${cliText(language, 'cli.someReplaced', list)}`
  return new CliError(failure.exitCode, words('nl'), { cause: error, words })
}
