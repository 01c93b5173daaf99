import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { idSchema, periodNameSchema } from '../model/common'
import type { CheckRowInput } from './quarterlyCheckReport'
import type { SignalListReport } from './signalListReport'
import type { UsageReportInput } from './usageReport'

/**
 * zod schemas for the report data that crosses IPC (spec S3: main parses every payload). They describe the
 * narrow shapes the workbooks read, and the compile-time checks below keep them equal to those types, which
 * are picked from the domain's own output types.
 */
const minutes = z.number().finite().nonnegative()
const text = z.string().max(10_000)

export const usageSheetRowSchema = z.object({
  clientNumber: text,
  clientName: text,
  planLabel: text,
  coveredDays: z.number().int().nonnegative(),
  periodDays: z.number().int().positive(),
  includedMinutes: minutes,
  callMinutes: minutes,
  registrationMinutes: minutes,
  totalMinutes: minutes,
  contacts: z.number().int().nonnegative(),
  outsideBundle: z.boolean(),
})

export const usageReportInputSchema = z.object({
  partnerId: idSchema,
  period: periodNameSchema,
  periodFrom: calendarDateSchema,
  periodTo: calendarDateSchema,
  rows: z.array(usageSheetRowSchema),
})

const person = z.object({ name: text, phone: text, email: text })

export const checkRowInputSchema = z.object({
  clientNumber: text,
  clientName: text,
  partnerId: idSchema,
  outcome: z.enum(['boven', 'onder', 'binnen', 'te kort actief']),
  periods: z
    .array(
      z.object({
        period: periodNameSchema,
        bundleMinutes: minutes,
        usageMinutes: minutes,
        coveredDays: z.number().int().nonnegative(),
        periodDays: z.number().int().positive(),
        usageImported: z.boolean().optional(),
      }),
    )
    .length(3),
  totalBundleMinutes: minutes,
  totalUsageMinutes: minutes,
  averageMonthlyUsage: minutes.nullable(),
  currentPlanId: idSchema,
  recommendedPlanId: idSchema.nullable(),
  recommendationDiffers: z.boolean(),
  begeleider: person,
  partnerContact: person.nullable(),
})

export const signalListReportSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000),
  today: calendarDateSchema,
  extraColumns: z.array(z.object({ header: z.string().min(1).max(100), kind: z.enum(['text', 'date', 'integer', 'minutes']) })).max(10),
  rows: z.array(
    z.object({
      partnerName: text,
      clientNumber: text,
      clientName: text,
      deadline: calendarDateSchema,
      workingDaysLeft: z.number().int(),
      overdue: z.boolean(),
      action: text,
      extra: z.array(z.union([text, z.number().finite(), z.null()])),
    }),
  ),
})

// Compile-time: what a schema lets through is what the workbooks take (a missing or mistyped field fails here).
type Fits<A, B> = [A] extends [B] ? true : false
type Assert<T extends true> = T
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- it exists to fail compilation; nothing reads it
type SchemaChecks = [
  Assert<Fits<z.infer<typeof usageReportInputSchema>, UsageReportInput>>,
  Assert<Fits<z.infer<typeof checkRowInputSchema>, CheckRowInput>>,
  Assert<Fits<z.infer<typeof signalListReportSchema>, SignalListReport>>,
]
