import { readFile } from 'node:fs/promises'
import type { z } from 'zod'

/**
 * A small JSON file main keeps in the app's data folder, parsed with `schema`; `null` when it is missing,
 * unreadable, not JSON or not of that shape (the caller falls back to its defaults).
 */
export async function readKeptJson<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S> | null> {
  const text = await readFile(path, 'utf8').catch(() => null)
  if (text === null) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  const result = schema.safeParse(value)
  return result.success ? result.data : null
}
