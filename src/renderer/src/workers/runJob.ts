import { JOBS, type JobInput, type JobName, type JobOutput } from './jobs'
import { failureToError, type JobMessage, type JobRequest, type ReportProgress } from './messages'
import { announceAuditHead, forgetCachedCounts, signedInClerk } from '../data'
import { translate } from '../i18n'

/**
 * Runs a job in a Web Worker and resolves with its result. Each `lane` has its own worker, so a long
 * overview computation never queues an import preview behind it; a lane's worker keeps its state between
 * jobs (the usage import holds its checked rows until confirm). The jobs that read whole tables (start page,
 * dashboard, quarterly check, invoicing) share the `overview` lane, so they share the tables its worker keeps
 * (`wholeTables.ts`): one copy of 100,000 clients in memory, read once while nothing changes them. Without
 * `Worker` (unit tests) the job runs inline, through the same functions.
 */
export type Lane = 'import' | 'overview' | 'backup'

const workers = new Map<Lane, Worker>()
const pending = new Map<number, { lane: Lane; resolve: (value: unknown) => void; reject: (error: Error) => void; progress: ReportProgress }>()
let nextId = 1

function workerFor(lane: Lane): Worker {
  let worker = workers.get(lane)
  if (worker) return worker
  worker = new Worker(new URL('./work.worker.ts', import.meta.url), { type: 'module', name: `taken-${lane}` })
  worker.onmessage = (event: MessageEvent<JobMessage>) => {
    const message = event.data
    if (message.type === 'audit-head') {
      announceAuditHead(message.head)
      // Every write is audited, and one from the worker's connection does not pass this window's count of
      // writes: the client counts it cached (0 before the demo data, say) would otherwise be shown again.
      forgetCachedCounts()
      return
    }
    const waiting = pending.get(message.id)
    if (!waiting) return
    if (message.type === 'progress') {
      waiting.progress(message.progress)
      return
    }
    pending.delete(message.id)
    if (message.type === 'result') waiting.resolve(message.value)
    else waiting.reject(failureToError(message.failure))
  }
  worker.onerror = (event) => {
    // A worker that fails to start or crashes: fail what waits on it and start afresh next time.
    event.preventDefault()
    workers.delete(lane)
    for (const [id, waiting] of pending) {
      if (waiting.lane !== lane) continue
      pending.delete(id)
      // Worded here, in the window, so in the UI language; the browser's own detail stays as it is.
      waiting.reject(new Error(event.message ? translate('workerJobs.stoppedWith', { detail: event.message }) : translate('workerJobs.stopped')))
    }
  }
  workers.set(lane, worker)
  return worker
}

export function runJob<J extends JobName>(lane: Lane, job: J, input: JobInput<J>, progress: ReportProgress = () => undefined): Promise<JobOutput<J>> {
  if (typeof Worker === 'undefined') {
    const work = JOBS[job] as (input: JobInput<J>, progress: ReportProgress) => Promise<JobOutput<J>>
    return work(input, progress)
  }
  const id = nextId++
  return new Promise<JobOutput<J>>((resolve, reject) => {
    pending.set(id, { lane, resolve: (value) => resolve(value as JobOutput<J>), reject, progress })
    workerFor(lane).postMessage({ id, job, input, clerk: signedInClerk() } satisfies JobRequest)
  })
}
