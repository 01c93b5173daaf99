import { basename } from 'node:path'
import { AppError } from '../appError'

/** The `code` of a Node file-system error (`EBUSY`, `ENOENT`, …), or undefined. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = error.code
  return typeof code === 'string' ? code : undefined
}

/**
 * Turns a failed write into a problem a clerk can act on. On Windows a file that is open in Excel cannot
 * be replaced: the rename fails with EBUSY, EPERM or EACCES, and we cannot tell those apart from a
 * missing write permission, so `file-busy`'s words name both.
 */
export function writeErrorToAppError(error: unknown, targetPath: string): AppError {
  if (error instanceof AppError) return error
  const file = basename(targetPath)
  const cause = { cause: error }
  const errno = errnoCode(error)
  switch (errno) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return new AppError('file-busy', { file }, cause)
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('disk-full', { file }, cause)
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('save-folder-not-found', { file }, cause)
    case 'EROFS':
      return new AppError('save-read-only', { file }, cause)
    case 'ENAMETOOLONG':
      return new AppError('save-path-too-long', { file }, cause)
    default:
      return errno === undefined ? new AppError('save-failed-unexpected', { file }, cause) : new AppError('save-failed', { file, errno }, cause)
  }
}

/** Turns a failed read into a problem the clerk can read. */
export function readErrorToAppError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error
  const file = basename(path)
  const cause = { cause: error }
  const errno = errnoCode(error)
  switch (errno) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('file-not-found', { file }, cause)
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return new AppError('read-access-denied', { file }, cause)
    case 'EISDIR':
      return new AppError('read-is-folder', { file }, cause)
    default:
      return errno === undefined ? new AppError('read-failed-unexpected', { file }, cause) : new AppError('read-failed', { file, errno }, cause)
  }
}
