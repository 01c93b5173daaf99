import { AppError } from '../appError'
import type { AppErrorCode } from '@shared/problems/appErrors'

/** The failures whose words say "nothing was changed", and their variant that names the replaced files. */
const SOME_REPLACED = {
  'disk-full': 'disk-full-some-replaced',
  'save-failed': 'save-failed-some-replaced',
  'save-failed-unexpected': 'save-failed-unexpected-some-replaced',
} as const satisfies Partial<Record<AppErrorCode, AppErrorCode>>

/** The same failures, and their variant that names the files the job had already saved (new files that stay). */
const SOME_SAVED = {
  'disk-full': 'disk-full-some-saved',
  'save-failed': 'save-failed-some-saved',
  'save-failed-unexpected': 'save-failed-unexpected-some-saved',
} as const satisfies Record<keyof typeof SOME_REPLACED, AppErrorCode>

/** File names as one message parameter. */
export function fileList(names: readonly string[]): string {
  return names.join(', ')
}

/** The partner of `error`, as the option of a new AppError. */
function partnerOf(error: AppError): { partner?: string } {
  return error.partner === undefined ? {} : { partner: error.partner }
}

/** `error` as its variant from `variants` with the files added, or null when it has none or there are no files. */
function withFiles(error: AppError, files: readonly string[], variants: Readonly<Record<keyof typeof SOME_REPLACED, AppErrorCode>>): AppError | null {
  if (files.length === 0 || !Object.hasOwn(variants, error.code)) return null
  const code = variants[error.code as keyof typeof variants]
  const list = { count: files.length, files: fileList(files) }
  return new AppError(code, { ...error.params, ...list }, { cause: error, ...partnerOf(error) })
}

/**
 * A job's failure after earlier files of the same job had already replaced existing ones (a rerun with
 * `--force`). A single file's failure says "nothing was changed", which is then untrue: such a failure
 * becomes its variant that names the replaced files. Null for any other failure, whose words say nothing
 * about the job's other files (the caller adds the list), and when nothing was replaced.
 */
export function failureAfterReplacing(error: AppError, replaced: readonly string[]): AppError | null {
  return withFiles(error, replaced, SOME_REPLACED)
}

/**
 * A job's failure after earlier files of the same job were saved and stay (the app never removes them):
 * the same rule as `failureAfterReplacing`, naming the saved files, and the error carries them (`saved`).
 * Any other failure keeps its code and words, and `saved` adds the sentence `some-saved` after them
 * (errorText). A failure at the first file is returned as it is: "nothing was changed" is true then.
 */
export function failureAfterSaving(error: AppError, saved: readonly string[]): AppError {
  if (saved.length === 0) return error
  const variant = withFiles(error, saved, SOME_SAVED)
  const options = { cause: error, ...partnerOf(error), saved }
  return variant === null ? new AppError(error.code, error.params, options) : new AppError(variant.code, variant.params, options)
}
