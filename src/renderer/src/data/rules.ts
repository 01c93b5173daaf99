import { ValidationError } from './errors'

/** Throws a ValidationError for one field (a rule that needs the database, e.g. a duplicate code). */
export function rejectField(path: readonly (string | number)[], message: string): never {
  throw new ValidationError([{ path, message }], message)
}
