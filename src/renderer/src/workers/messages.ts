import type { ChainHead } from '@shared/audit/chain'
import { DomainRuleError } from '@shared/domain/errors'
import type { DataProblemCode, DataProblemParams } from '@shared/problems/data'
import type { RuleCode, RuleParams } from '@shared/problems/rules'
import { DataError, RuleError, type DataErrorCode, type SessionClerk } from '../data'

/** Progress of a running job: `done` of `total` steps of the current `stage` (e.g. rows checked). */
export interface JobProgress {
  readonly stage: 'read' | 'check' | 'compute' | 'write' | 'send'
  readonly done: number
  readonly total: number
}

export type ReportProgress = (progress: JobProgress) => void

/** Sent to a worker: run job `job` with `input`; the answer carries the same `id`. */
export interface JobRequest {
  readonly id: number
  readonly job: string
  readonly input: unknown
  /** The window's signed-in clerk, so audit entries the job writes carry them (not the fallback name). */
  readonly clerk: SessionClerk | null
}

/**
 * A job's failure as it crosses to the window (an Error loses its class on the way): the data layer's code and
 * problem, a refused rule's code, each with its parameters so the window can word it in the UI language, and
 * the message (for anything else).
 */
export interface JobFailure {
  readonly message: string
  readonly dataCode: DataErrorCode | null
  readonly data: { readonly problem: DataProblemCode; readonly params: DataProblemParams } | null
  readonly rule: { readonly code: RuleCode; readonly params: RuleParams } | null
}

export type JobMessage =
  | { readonly id: number; readonly type: 'progress'; readonly progress: JobProgress }
  | { readonly id: number; readonly type: 'result'; readonly value: unknown }
  | { readonly id: number; readonly type: 'error'; readonly failure: JobFailure }
  /** The worker's connection committed audit entries: the window hands the new head to main (docs/audit-trail.md). */
  | { readonly id: number; readonly type: 'audit-head'; readonly head: ChainHead }

/** What a worker posts for a failed job; a refused rule keeps its code and parameters, whoever refused. */
export function jobFailure(error: unknown): JobFailure {
  const rule = error instanceof DomainRuleError ? new RuleError(error.code, error.params) : error instanceof RuleError ? error : null
  if (rule) return { message: rule.message, dataCode: 'rule', data: null, rule: { code: rule.ruleCode, params: rule.params } }
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof DataError) return { message, dataCode: error.code, data: { problem: error.problem, params: error.params }, rule: null }
  return { message, dataCode: null, data: null, rule: null }
}

/** The window's side: the failure as the error the stores know. */
export function failureToError(failure: JobFailure): Error {
  if (failure.rule) return new RuleError(failure.rule.code, failure.rule.params)
  if (failure.dataCode === null || failure.data === null) return new Error(failure.message)
  return new DataError(failure.dataCode, failure.data.problem, failure.data.params)
}
