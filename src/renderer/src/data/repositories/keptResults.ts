import type { z } from 'zod'
import type { DataContext } from '../context'
import { readTransaction } from '../transaction'
import { keptResultSchema, type KeptResult, type KeptResultKey } from '../keptResult'

export interface KeptResultsRepository {
  /** The kept result under `key` with its value checked by `value`; undefined when there is none that fits. */
  get<T>(key: KeptResultKey, value: z.ZodType<T>): Promise<(Omit<KeptResult, 'value'> & { value: T }) | undefined>
  /** Replaces the result under its key. */
  keep(result: KeptResult): Promise<void>
}

/**
 * Kept results are computed from the other tables, not administrative records: they are written without an
 * audit entry (an entry would itself be a change the result must be checked against) and stay out of
 * backups, but are zod-checked like every row and cleared with the rest of the database.
 */
export function createKeptResultsRepository(ctx: DataContext): KeptResultsRepository {
  const { db } = ctx
  return {
    get: (key, value) =>
      readTransaction(ctx, [db.keptResults], async () => {
        const row = keptResultSchema.safeParse(await db.keptResults.get(key))
        if (!row.success) return undefined
        // A row that no longer fits (an older app wrote it) is simply no result: it is computed again.
        const checked = value.safeParse(row.data.value)
        return checked.success ? { ...row.data, value: checked.data } : undefined
      }),

    async keep(result) {
      await db.keptResults.put(keptResultSchema.parse(result))
    },
  }
}
