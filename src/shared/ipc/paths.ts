import { z } from 'zod'

/**
 * An absolute path on Windows (`C:\…`, `\\server\share\…`) or macOS/Linux (`/…`). Main still checks
 * what it points to; this only keeps relative and empty paths out.
 */
export const absolutePathSchema = z
  .string()
  .min(1)
  .max(4000)
  .refine((value) => /^(?:[A-Za-z]:[\\/]|\\\\[^\\]|\/)/.test(value), 'validation.absolutePath')
  .refine((value) => !value.includes('\0'), 'validation.pathCharacter')
