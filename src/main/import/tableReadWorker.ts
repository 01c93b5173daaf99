import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../appError'
import { readTableFile } from './readTableFile'
import type { TableWorkerMessage } from './tableWorkerMessages'

/**
 * The worker thread that reads one usage file (readTableInWorker.ts starts it). It reports rows as it reads
 * them, which is the heartbeat the main thread watches, and ends with the table as JSON or the error's code.
 */
const port = parentPort
if (port === null) throw new Error('tableReadWorker must run as a worker thread')
const post = (message: TableWorkerMessage): void => port.postMessage(message)
const path = String((workerData as { path?: unknown } | null)?.path)

post({ kind: 'progress', rows: 0 })
readTableFile(path, undefined, (rows) => post({ kind: 'progress', rows })).then(
  (table) =>
    post({ kind: 'done', table: { fileName: table.fileName, format: table.format, rowCount: table.rows.length, rowsJson: JSON.stringify(table.rows) } }),
  (error: unknown) => post({ kind: 'failed', error: error instanceof AppError ? error.toIpcError() : { code: 'internal-error', params: {} } }),
)
