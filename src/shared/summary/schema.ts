import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { centsSchema, idSchema, periodNameSchema, quarterNameSchema } from '../model/common'

/** Identifies the file, like the backup's `format`; a reader refuses anything else. */
export const SUMMARY_FORMAT = 'clientadministratie-24x7-summary'
/** Raised only for a change an older reader cannot read (2: the invoice documents' file kinds and the invoice's references). */
export const SUMMARY_VERSION = 2

const minutesSchema = z.number().finite().nonnegative()
export const checkOutcomeSchema = z.enum(['boven', 'onder', 'binnen', 'te kort actief'])

/** What a file of the run is; `partnerId` is null for the overviews across partners. */
export const summaryFileSchema = z.object({
  /** `factuur` the workbook, `factuur-pdf` its PDF, `e-factuur` the SI-UBL 2.0 file, `e-mailconcept` the `.eml` draft. */
  kind: z.enum(['factuur', 'factuur-pdf', 'e-factuur', 'e-mailconcept', 'verbruik', 'verbruik-overzicht', 'kwartaalcheck', 'kwartaalcheck-overzicht']),
  partnerId: idSchema.nullable(),
  /** Name inside the output folder. */
  fileName: z.string().min(1),
})
export type SummaryFile = z.infer<typeof summaryFileSchema>

/** One invoice line: one subscription period's overlap with the billing period. `until` is exclusive. */
export const summaryInvoiceLineSchema = z.object({
  clientId: idSchema,
  clientNumber: z.string(),
  planCode: z.string(),
  from: calendarDateSchema,
  until: calendarDateSchema,
  billedDays: z.number().int().nonnegative(),
  amountCents: centsSchema,
})

export const summaryInvoiceSchema = z
  .object({
    /** `definitief` when the period was already finalised: the file is reproduced from the frozen invoice. */
    status: z.enum(['concept', 'definitief']),
    number: z.string().nullable(),
    /** The 16-digit betalingskenmerk of a final invoice; null for a concept or a credit note. */
    paymentReference: z
      .string()
      .regex(/^\d{16}$/)
      .nullable(),
    /** "Uw kenmerk" as printed on the invoice; '' when the partner has none. */
    buyerReference: z.string(),
    subtotalCents: centsSchema,
    vatCents: centsSchema,
    totalCents: centsSchema,
    lines: z.array(summaryInvoiceLineSchema).min(1),
  })
  .refine((i) => i.subtotalCents === i.lines.reduce((sum, l) => sum + l.amountCents, 0), {
    message: 'validation.subtotalNotSum',
    path: ['subtotalCents'],
  })
  .refine((i) => i.totalCents === i.subtotalCents + i.vatCents, { message: 'validation.totalNotSum', path: ['totalCents'] })

export const summaryPartnerSchema = z.object({
  partnerId: idSchema,
  name: z.string(),
  shortCode: z.string(),
  /** Null when the partner has nothing to bill in the period (spec rule 7: then there is no invoice). */
  invoice: summaryInvoiceSchema.nullable(),
  /** Clients in the partner's usage report. */
  usageClients: z.number().int().nonnegative(),
  usageMinutes: minutesSchema,
  files: z.array(z.string().min(1)),
})
export type SummaryPartner = z.infer<typeof summaryPartnerSchema>

export const summaryClientSchema = z.object({
  clientId: idSchema,
  clientNumber: z.string(),
  partnerId: idSchema,
  /** Plan code at the end of what was billed (or of the quarter, for a client only in the check); null without any. */
  plan: z.string().nullable(),
  /** Every plan code billed in the period, in date order (two after a change). */
  plans: z.array(z.string()),
  billedDays: z.number().int().nonnegative(),
  amountCents: centsSchema,
  /** Included minutes, pro rata for the days covered. */
  includedMinutes: minutesSchema,
  /** Call plus registration minutes in the period, in hundredths. */
  usageMinutes: minutesSchema,
  /** Outcome of the quarterly check; null when the period closes no quarter or the client was not checked. */
  checkOutcome: checkOutcomeSchema.nullable(),
  /** Plan code the check recommends; only for a deviating client (`boven`, `onder`), otherwise null. */
  recommendedPlan: z.string().nullable(),
})
export type SummaryClient = z.infer<typeof summaryClientSchema>

export const summaryTotalsSchema = z.object({
  partners: z.number().int().nonnegative(),
  invoices: z.number().int().nonnegative(),
  invoiceTotalCents: centsSchema,
  clients: z.number().int().nonnegative(),
  usageMinutes: minutesSchema,
  files: z.number().int().nonnegative(),
})

/** The quarterly check of a run that closes a quarter: provisional (VOORLOPIG) when its figures may still change. */
export const summaryCheckSchema = z.object({
  quarter: quarterNameSchema,
  provisional: z.boolean(),
  /** The quarter's last period had not ended on the run's date. */
  lastPeriodRunning: z.boolean(),
  /** Periods without any imported usage: not judged, not averaged as zero. */
  periodsWithoutUsage: z.array(periodNameSchema),
})

/** `summary.json`: what a monthly run computed and wrote, for other tools and for checking the run. */
export const summarySchema = z.object({
  format: z.literal(SUMMARY_FORMAT),
  version: z.literal(SUMMARY_VERSION),
  period: periodNameSchema,
  periodFrom: calendarDateSchema,
  /** Last day of the period, inclusive. */
  periodTo: calendarDateSchema,
  /** The quarter this period closes (periods 03, 06, 09, 12); null otherwise. */
  quarter: quarterNameSchema.nullable(),
  /** Null when the period closes no quarter. */
  quarterlyCheck: summaryCheckSchema.nullable(),
  generatedOn: calendarDateSchema,
  /** `exportedAt` of the backup the run read. */
  backupExportedAt: z.string(),
  /** Present when the run's data is demo data: every document of it is marked VOORBEELD, none is a real invoice. */
  demoData: z.literal(true).optional(),
  totals: summaryTotalsSchema,
  files: z.array(summaryFileSchema),
  partners: z.array(summaryPartnerSchema),
  clients: z.array(summaryClientSchema),
})
export type Summary = z.infer<typeof summarySchema>
