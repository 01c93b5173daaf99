import { z } from 'zod'
import { calendarDateSchema } from '@shared/calendar/calendarDate'

/** The results kept across windows: the start page's lists and figures, and the dashboard's usage chart. */
export const KEPT_RESULT_KEYS = ['overview', 'usage-chart'] as const
export type KeptResultKey = (typeof KEPT_RESULT_KEYS)[number]

/**
 * A worker's last result of a whole-table computation, kept so a new window (a restart, a reload) can show
 * it at once instead of reading 100,000 clients again. It stands only while the audit trail says nothing it
 * depends on changed since `mark` (see workers/keptResults.ts), on the same `today`, with the same settings
 * (`settings`: the settings row as JSON). `value` is checked by the reader's own schema.
 */
export const keptResultSchema = z.object({
  key: z.enum(KEPT_RESULT_KEYS),
  mark: z.object({ id: z.number().int().nonnegative(), hash: z.string() }),
  today: calendarDateSchema,
  settings: z.string(),
  value: z.unknown(),
})
export type KeptResult = z.infer<typeof keptResultSchema>
