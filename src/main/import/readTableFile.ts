import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { TableRow } from '@shared/import/table'
import { AppError } from '../appError'
import { readErrorToAppError } from '../files/fileErrors'
import { decodeCsv, parseCsv } from './readCsv'
import { readXlsx } from './readXlsx'

/** A 100,000-row export is a few megabytes; anything far bigger is not an export of this kind. */
export const MAX_TABLE_BYTES = 200 * 1024 * 1024

export interface ReadTable {
  readonly fileName: string
  readonly format: 'csv' | 'xlsx'
  readonly rows: TableRow[]
}

/**
 * Reads a `.csv` or `.xlsx` file chosen by the user into rows of cells (src/shared/import/table.ts). Only
 * the reading happens here; what the rows mean is decided by the import rules in the renderer.
 */
export async function readTableFile(path: string): Promise<ReadTable> {
  const fileName = basename(path)
  const extension = extname(path).toLowerCase()
  if (extension !== '.csv' && extension !== '.xlsx' && extension !== '.txt') {
    throw new AppError(extension === '.xls' ? 'table-xls' : 'table-wrong-type', { file: fileName })
  }
  try {
    const info = await stat(path)
    if (info.size > MAX_TABLE_BYTES) throw new AppError('table-too-large', { file: fileName, sizeMb: Math.round(info.size / 1024 / 1024) })
    if (extension === '.xlsx') return { fileName, format: 'xlsx', rows: await readXlsx(path) }
    return { fileName, format: 'csv', rows: parseCsv(decodeCsv(await readFile(path))) }
  } catch (error) {
    if (error instanceof AppError) throw error
    if (extension === '.xlsx' && error instanceof Error && !('code' in error)) {
      throw new AppError('table-xlsx-unreadable', { file: fileName }, { cause: error })
    }
    throw readErrorToAppError(error, path)
  }
}
