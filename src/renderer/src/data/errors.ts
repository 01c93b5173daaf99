import { codedIssueOf } from '@shared/problems/zodIssues'
import type { z } from 'zod'
import { DomainRuleError } from '@shared/domain/errors'
import type { FinaliseProblem } from '@shared/domain/invoicing/finaliseGuards'
import { dutchDataText, dutchRuleText } from '@shared/problems/dutchText'
import type { DataProblemCode, DataProblemParams, NotFoundCode } from '@shared/problems/data'
import type { RuleCode, RuleParams } from '@shared/problems/rules'

/**
 * One problem with one field; `path` is the field path in the record (`invoiceAddress.postcode`). `message` is a
 * code of the validation catalogue (src/shared/problems/validation.ts) with its `params`, or zod's own text for
 * a check the model does not name; the UI translates it (forms/fieldErrors.ts).
 */
export interface DataFieldIssue {
  readonly path: readonly (string | number)[]
  readonly message: string
  readonly params?: DataProblemParams
}

export type DataErrorCode = 'validation' | 'not-found' | 'conflict' | 'rule' | 'storage-full' | 'unavailable' | 'failed'

/**
 * Every error the data layer throws on purpose. `problem` and `params` name it (src/shared/problems/data.ts)
 * and the UI translates them; `message` is Dutch, for logs.
 */
export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    readonly problem: DataProblemCode,
    readonly params: DataProblemParams = {},
    options?: { cause?: unknown },
  ) {
    super(dutchDataText(problem, params), options)
    this.name = 'DataError'
  }
}

/** A record did not pass its schema or a rule; nothing was written. */
export class ValidationError extends DataError {
  constructor(
    readonly issues: readonly DataFieldIssue[],
    problem: DataProblemCode = 'invalid',
    params: DataProblemParams = {},
  ) {
    super('validation', problem, params)
    this.name = 'ValidationError'
  }

  /** Field path (`contacts.0.email`) → the first issue's message (a validation code) for that field; `''` is the record as a whole. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const issue of this.issues) {
      const key = issue.path.join('.')
      out[key] ??= issue.message
    }
    return out
  }

  static fromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => {
        const { code, params } = codedIssueOf(issue)
        return { path: [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: code, params }
      }),
    )
  }
}

export class NotFoundError extends DataError {
  constructor(problem: NotFoundCode) {
    super('not-found', problem)
    this.name = 'NotFoundError'
  }
}

/** The write clashes with what is stored (a duplicate number, a record still in use). */
export class ConflictError extends DataError {
  constructor(
    problem: DataProblemCode,
    params: DataProblemParams = {},
    readonly path: readonly (string | number)[] = [],
  ) {
    super('conflict', problem, params)
    this.name = 'ConflictError'
  }
}

/**
 * A business rule (src/shared/domain, or the data layer's own check) refused the action. `ruleCode` and
 * `params` name it (src/shared/problems/rules.ts) and the UI translates them; `message` is Dutch, for logs.
 * As a data-layer problem it is the generic `ruleRefused`.
 */
export class RuleError extends DataError {
  constructor(
    readonly ruleCode: RuleCode,
    params: RuleParams = {},
  ) {
    super('rule', 'ruleRefused', params)
    this.message = dutchRuleText(ruleCode, params)
    this.name = 'RuleError'
  }
}

/** Finalising refused while billed plans or the operator's details are still example values; `problems` says which. */
export class FinaliseRefusedError extends RuleError {
  constructor(readonly problems: readonly FinaliseProblem[]) {
    super('voorbeeldgegevens', { count: problems.length })
    this.name = 'FinaliseRefusedError'
  }
}

/** Spec D2: the disk (or the browser's quota) is full; the transaction was rolled back. */
export class StorageFullError extends DataError {
  constructor(cause?: unknown) {
    super('storage-full', 'storageFull', {}, { cause })
    this.name = 'StorageFullError'
  }
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const name = (error as { name?: unknown }).name
  return typeof name === 'string' ? name : undefined
}

/** Dexie wraps the IndexedDB error; the original is in `inner`. */
function namesOf(error: unknown): string[] {
  const names: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth++) {
    const name = errorName(current)
    if (name) names.push(name)
    current = typeof current === 'object' ? (current as { inner?: unknown }).inner : undefined
  }
  return names
}

/** Turns whatever a transaction threw into a DataError the UI can word. */
export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error
  if (error instanceof DomainRuleError) return new RuleError(error.code, error.params)
  const names = namesOf(error)
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) return new StorageFullError(error)
  if (names.includes('ConstraintError')) return new ConflictError('duplicateKey')
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'VersionChangeError' || n === 'InvalidStateError')) {
    return new DataError('unavailable', 'unavailable', {}, { cause: error })
  }
  // The cause's own text (from the browser or Dexie, not ours) is the only detail there is.
  const detail = error instanceof Error ? error.message : String(error)
  return new DataError('failed', 'failed', { detail }, { cause: error })
}
