import { basename, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { isAppErrorCode } from '@shared/problems/appErrors'
import { AppError } from '../appError'
import type { TableJson, TableWorkerMessage } from './tableWorkerMessages'

/** With no heartbeat (a batch of rows, tableLimits.ts) for this long, the read is stuck and is stopped. */
export const STALL_SECONDS = 30

export interface ReadInWorkerOptions {
  /** Aborting ends the worker at once; the read rejects with `cancelled`. */
  readonly signal?: AbortSignal
  readonly stallSeconds?: number
}

/**
 * Where the worker's code is. The built app bundles main into out/main/index.js and the worker as its own
 * entry next to it (electron.vite.config.ts), so this module's folder holds `tableReadWorker.js`. Tests run
 * the TypeScript sources, where this module is a `.ts` file: there the worker's source runs through tsx's
 * loader, so the same code path is tested without a build.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) return { file: join(__dirname, 'tableReadWorker.ts'), execArgv: ['--import', 'tsx'] }
  return { file: join(__dirname, 'tableReadWorker.js'), execArgv: [] }
}

/**
 * Reads a usage file (readTableFile.ts) in a worker thread, so a slow or hostile file never blocks main.
 * The worker is ended when the caller cancels or when it reports no progress for `stallSeconds`; the
 * promise always settles, with the table or an AppError. Nothing is written either way.
 */
export function readTableInWorker(path: string, options: ReadInWorkerOptions = {}): Promise<TableJson> {
  const stallSeconds = options.stallSeconds ?? STALL_SECONDS
  const { file, execArgv } = workerEntry()
  return new Promise<TableJson>((resolve, reject) => {
    if (options.signal?.aborted === true) return reject(new AppError('cancelled'))
    const worker = new Worker(file, { workerData: { path }, execArgv })
    let settled = false
    let stallTimer: NodeJS.Timeout | undefined
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(stallTimer)
      options.signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      outcome()
    }
    const watch = (): void => {
      clearTimeout(stallTimer)
      stallTimer = setTimeout(
        () => finish(() => reject(new AppError('table-read-stalled', { file: basename(path), seconds: stallSeconds }))),
        stallSeconds * 1000,
      )
    }
    const onAbort = (): void => finish(() => reject(new AppError('cancelled')))
    options.signal?.addEventListener('abort', onAbort, { once: true })
    watch()
    worker.on('message', (message: TableWorkerMessage) => {
      if (message.kind === 'progress') return watch()
      if (message.kind === 'done') return finish(() => resolve(message.table))
      const { code, params } = message.error
      finish(() => reject(isAppErrorCode(code) ? new AppError(code, params) : new AppError('internal-error')))
    })
    worker.on('error', (error) => finish(() => reject(new AppError('internal-error', {}, { cause: error }))))
    worker.on('exit', () => finish(() => reject(new AppError('internal-error'))))
  })
}
