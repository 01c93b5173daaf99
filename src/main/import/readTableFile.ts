import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { TableRow } from '@shared/import/table'
import { AppError } from '../appError'
import { readErrorToAppError } from '../files/fileErrors'
import { decodeCsv, looksBinary, parseCsv } from './readCsv'
import { readXlsx } from './readXlsx'
import { TABLE_LIMITS, toMb, type OnRows, type TableLimits } from './tableLimits'

export interface ReadTable {
  readonly fileName: string
  readonly format: 'csv' | 'xlsx'
  readonly rows: TableRow[]
}

/**
 * Reads a `.csv` or `.xlsx` file chosen by the user into rows of cells (src/shared/import/table.ts). Only
 * the reading happens here; what the rows mean is decided by the import rules in the renderer. Every
 * failure, a damaged or hostile file included, is an AppError with the file's name; nothing is written.
 * Main runs this in a worker thread (readTableInWorker.ts); `onRows` is that worker's heartbeat.
 */
export async function readTableFile(path: string, limits: TableLimits = TABLE_LIMITS, onRows?: OnRows): Promise<ReadTable> {
  const fileName = basename(path)
  const extension = extname(path).toLowerCase()
  if (extension !== '.csv' && extension !== '.xlsx' && extension !== '.txt') {
    throw new AppError(extension === '.xls' ? 'table-xls' : 'table-wrong-type', { file: fileName })
  }
  try {
    const info = await stat(path)
    if (info.size > limits.maxFileBytes) throw new AppError('table-too-large', { file: fileName, sizeMb: toMb(info.size) })
    const bytes = await readFile(path)
    // The file may have grown since stat.
    if (bytes.length > limits.maxFileBytes) throw new AppError('table-too-large', { file: fileName, sizeMb: toMb(bytes.length) })
    if (extension === '.xlsx') return { fileName, format: 'xlsx', rows: await readXlsx(bytes, fileName, limits, onRows) }
    const text = decodeCsv(bytes)
    if (looksBinary(text)) throw new AppError('table-csv-unreadable', { file: fileName })
    return { fileName, format: 'csv', rows: parseCsv(text, { fileName, limits, onRows }) }
  } catch (error) {
    if (error instanceof AppError) throw error
    if (extension === '.xlsx' && error instanceof Error && !('code' in error)) {
      throw new AppError('table-xlsx-unreadable', { file: fileName }, { cause: error })
    }
    throw readErrorToAppError(error, path)
  }
}
