import { AppError } from '../appError'
import type { AppErrorCode } from '@shared/problems/appErrors'

/** The failures whose words say "nothing was changed", and their variant that names the replaced files. */
const SOME_REPLACED = {
  'disk-full': 'disk-full-some-replaced',
  'save-failed': 'save-failed-some-replaced',
  'save-failed-unexpected': 'save-failed-unexpected-some-replaced',
} as const satisfies Partial<Record<AppErrorCode, AppErrorCode>>

/** File names as one message parameter. */
export function fileList(names: readonly string[]): string {
  return names.join(', ')
}

/**
 * A job's failure after earlier files of the same job had already replaced existing ones (a rerun with
 * `--force`). A single file's failure says "nothing was changed", which is then untrue: such a failure
 * becomes its variant that names the replaced files. Null for any other failure, whose words say nothing
 * about the job's other files (the caller adds the list), and when nothing was replaced.
 */
export function failureAfterReplacing(error: AppError, replaced: readonly string[]): AppError | null {
  if (replaced.length === 0 || !Object.hasOwn(SOME_REPLACED, error.code)) return null
  const code = SOME_REPLACED[error.code as keyof typeof SOME_REPLACED]
  const list = { count: replaced.length, files: fileList(replaced) }
  return new AppError(code, { ...error.params, ...list }, { cause: error, ...(error.partner === undefined ? {} : { partner: error.partner }) })
}
