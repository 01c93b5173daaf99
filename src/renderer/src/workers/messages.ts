import type { DataErrorCode } from '../data'

/** Progress of a running job: `done` of `total` steps of the current `stage` (e.g. rows checked). */
export interface JobProgress {
  readonly stage: 'read' | 'check' | 'compute' | 'write'
  readonly done: number
  readonly total: number
}

export type ReportProgress = (progress: JobProgress) => void

/** Sent to a worker: run job `job` with `input`; the answer carries the same `id`. */
export interface JobRequest {
  readonly id: number
  readonly job: string
  readonly input: unknown
}

/** A job's failure as it crosses to the window: the data layer's code and Dutch message survive. */
export interface JobFailure {
  readonly message: string
  readonly dataCode: DataErrorCode | null
}

export type JobMessage =
  | { readonly id: number; readonly type: 'progress'; readonly progress: JobProgress }
  | { readonly id: number; readonly type: 'result'; readonly value: unknown }
  | { readonly id: number; readonly type: 'error'; readonly failure: JobFailure }
