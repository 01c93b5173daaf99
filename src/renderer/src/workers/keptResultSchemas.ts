import { z } from 'zod'
import { calendarDateSchema } from '@shared/calendar/calendarDate'
import { anySignalListSchema, type UsageAgainstBundle } from '@shared/domain'
import { periodNameSchema } from '@shared/model'
import type { WorkOverview } from './workOverview'

/** The shapes of the results kept across windows (workers/keptResults.ts), checked before one is shown again. */
const countSchema = z.number().int().nonnegative()

export const workOverviewSchema: z.ZodType<WorkOverview> = z.object({
  today: calendarDateSchema,
  lists: z.array(anySignalListSchema),
  active: z.object({
    total: countSchema,
    byPlan: z.array(z.object({ planId: z.string(), count: countSchema })),
    byPartner: z.array(z.object({ partnerId: z.string(), count: countSchema })),
  }),
  flow: z.array(z.object({ period: periodNameSchema, registrations: countSchema, deregistrations: countSchema })),
})

export const usageChartSchema: z.ZodType<UsageAgainstBundle[]> = z.array(
  z.object({
    period: periodNameSchema,
    bundleMinutes: z.number().nonnegative(),
    usageMinutes: z.number().nonnegative(),
    billedClients: countSchema,
    clientsWithUsage: countSchema,
  }),
)
