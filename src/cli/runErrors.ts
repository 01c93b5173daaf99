import { AppError } from '../main/appError'
import { CliError, EXIT } from './exitCodes'

/** Main's Dutch errors (file busy, disk full, cancelled) as command-line errors with the right exit code. */
export function appErrorToCliError(error: unknown): unknown {
  if (error instanceof CliError) return error
  if (error instanceof AppError) return new CliError(error.code === 'cancelled' ? EXIT.cancelled : EXIT.failed, error.message, { cause: error })
  return error
}
