import { DomainRuleError } from '@shared/domain/errors'
import type { RuleCode, RuleParams } from '@shared/problems/rules'
import { DataError, RuleError, type DataErrorCode } from '../data'

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

/**
 * A job's failure as it crosses to the window (an Error loses its class on the way): the data layer's code,
 * a refused rule's code and parameters so the window can word it in the UI language, and the message.
 */
export interface JobFailure {
  readonly message: string
  readonly dataCode: DataErrorCode | null
  readonly rule: { readonly code: RuleCode; readonly params: RuleParams } | null
}

export type JobMessage =
  | { readonly id: number; readonly type: 'progress'; readonly progress: JobProgress }
  | { readonly id: number; readonly type: 'result'; readonly value: unknown }
  | { readonly id: number; readonly type: 'error'; readonly failure: JobFailure }

/** What a worker posts for a failed job; a refused rule keeps its code and parameters, whoever refused. */
export function jobFailure(error: unknown): JobFailure {
  const rule = error instanceof DomainRuleError ? new RuleError(error.code, error.params) : error instanceof RuleError ? error : null
  if (rule) return { message: rule.message, dataCode: 'rule', rule: { code: rule.ruleCode, params: rule.params } }
  return { message: error instanceof Error ? error.message : String(error), dataCode: error instanceof DataError ? error.code : null, rule: null }
}

/** The window's side: the failure as the error the stores know. */
export function failureToError(failure: JobFailure): Error {
  if (failure.rule) return new RuleError(failure.rule.code, failure.rule.params)
  return failure.dataCode === null ? new Error(failure.message) : new DataError(failure.dataCode, failure.message)
}
