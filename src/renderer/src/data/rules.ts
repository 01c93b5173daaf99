import type { DataProblemParams } from '@shared/problems/data'
import type { ValidationCode } from '@shared/problems/validation'
import { ValidationError } from './errors'

/** Throws a ValidationError for one field (a rule that needs the database, e.g. a duplicate code). */
export function rejectField(path: readonly (string | number)[], code: ValidationCode, params: DataProblemParams = {}): never {
  throw new ValidationError([{ path, message: code, params }])
}
