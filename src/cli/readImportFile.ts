import { AppError } from '../main/appError'
import { readTableFile, type ReadTable } from '../main/import/readTableFile'
import { errorText } from '@shared/problems/errorText'
import { CliError, EXIT } from './exitCodes'

/**
 * Reads the file an import brings in (`--file`). A file that is missing, unreadable, too large or of the wrong
 * kind is an input problem, exit code 3, for every kind of import alike, as an unreadable backup is.
 */
export async function readImportFile(path: string): Promise<ReadTable> {
  return readTableFile(path).catch((error: unknown) => {
    throw error instanceof AppError ? new CliError(EXIT.input, errorText(error, 'nl'), { cause: error, words: (lang) => errorText(error, lang) }) : error
  })
}
