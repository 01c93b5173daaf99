/**
 * The worker that runs the heavy jobs (workers/jobs.ts): its own connection to the same IndexedDB
 * database, so 100,000 clients are read and computed on without the window freezing.
 */
import './zodJitless'
import { actAsClerk, DataError, onAuditHeadCommitted } from '../data'
import { isJobName, JOBS } from './jobs'
import { jobFailure, type JobMessage, type JobRequest, type ReportProgress } from './messages'
import { stageTimes } from './stageTimes'

/** The worker's global scope, typed as far as used here (the project compiles against the DOM library). */
const scope = self as unknown as { postMessage(message: JobMessage): void; onmessage: ((event: MessageEvent<JobRequest>) => void) | null }

function post(message: JobMessage): void {
  scope.postMessage(message)
}

// Writes made here (usage import, invoice concepts) extend the audit chain too; main must hear of the new head.
onAuditHeadCommitted((head) => post({ id: 0, type: 'audit-head', head }))

scope.onmessage = (event) => {
  const { id, job, input, clerk } = event.data
  actAsClerk(clerk)
  const progress: ReportProgress = (p) => post({ id, type: 'progress', progress: p })
  const run = async () => {
    // Only a window and worker from different builds could disagree on the jobs; the name is the detail.
    if (!isJobName(job)) throw new DataError('failed', 'failed', { detail: job })
    const work = JOBS[job] as (input: unknown, progress: ReportProgress) => Promise<unknown>
    return work(input, progress)
  }
  run().then(
    (value) => {
      // Cloning a large answer (the start page's lists) happens inside postMessage: a stage of its own.
      const answer = stageTimes(job)
      post({ id, type: 'result', value })
      answer('answer')
    },
    (error: unknown) => post({ id, type: 'error', failure: jobFailure(error) }),
  )
}
