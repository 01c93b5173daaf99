import { basename } from 'node:path'
import { AppError } from '../appError'

/** The `code` of a Node file-system error (`EBUSY`, `ENOENT`, …), or undefined. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = error.code
  return typeof code === 'string' ? code : undefined
}

/**
 * Turns a failed write into a message a clerk can act on. On Windows a file that is open in Excel cannot
 * be replaced: the rename fails with EBUSY, EPERM or EACCES, and we cannot tell those apart from a
 * missing write permission, so the message names both.
 */
export function writeErrorToAppError(error: unknown, targetPath: string): AppError {
  if (error instanceof AppError) return error
  const name = basename(targetPath)
  switch (errnoCode(error)) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return new AppError(
        'file-busy',
        `"${name}" kan niet worden opgeslagen: het bestand is geopend in een ander programma (bijvoorbeeld Excel) of u heeft geen schrijfrechten in deze map. Sluit het bestand en probeer het opnieuw. Het bestaande bestand is niet gewijzigd.`,
        { cause: error },
      )
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('disk-full', `"${name}" kan niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd.`, { cause: error })
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('folder-not-found', `"${name}" kan niet worden opgeslagen: de map bestaat niet (meer).`, { cause: error })
    case 'EROFS':
      return new AppError('access-denied', `"${name}" kan niet worden opgeslagen: de map is alleen-lezen.`, { cause: error })
    case 'ENAMETOOLONG':
      return new AppError('file-error', `"${name}" kan niet worden opgeslagen: het pad is te lang.`, { cause: error })
    default:
      return new AppError('file-error', `"${name}" kan niet worden opgeslagen (${errnoCode(error) ?? 'onbekende fout'}). Er is niets gewijzigd.`, {
        cause: error,
      })
  }
}

/** Turns a failed read into a Dutch message. */
export function readErrorToAppError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error
  const name = basename(path)
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('file-not-found', `"${name}" bestaat niet (meer).`, { cause: error })
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return new AppError('access-denied', `"${name}" kan niet worden gelezen: geen leesrechten of het bestand is in gebruik.`, { cause: error })
    case 'EISDIR':
      return new AppError('file-invalid', `"${name}" is een map, geen bestand.`, { cause: error })
    default:
      return new AppError('file-error', `"${name}" kan niet worden gelezen (${errnoCode(error) ?? 'onbekende fout'}).`, { cause: error })
  }
}
