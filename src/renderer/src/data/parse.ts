import type { z } from 'zod'
import { ValidationError } from './errors'

/** Parses with a model schema; a failure becomes a ValidationError with a validation code per field path. */
export function parseRecord<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw ValidationError.fromZod(result.error)
  return result.data
}
