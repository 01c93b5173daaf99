import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { addressSchema } from './partner'
import { operatorDetailsSchema } from './settings'
import { centsSchema, idSchema, periodNameSchema } from './common'

/** One client line: one subscription period's overlap with the billing period (spec rule 7). `until` is exclusive. */
export const invoiceLineSchema = z.object({
  clientId: idSchema,
  clientNumber: z.string(),
  clientName: z.string(),
  planId: idSchema,
  planCode: z.string(),
  planName: z.string(),
  feeCents: centsSchema,
  from: calendarDateSchema,
  until: calendarDateSchema,
  billedDays: z.number().int().nonnegative(),
  periodDays: z.number().int().positive(),
  amountCents: centsSchema,
})
export type InvoiceLine = z.infer<typeof invoiceLineSchema>

export const planSummarySchema = z.object({
  planId: idSchema,
  planCode: z.string(),
  planName: z.string(),
  clients: z.number().int().nonnegative(),
  amountCents: centsSchema,
})
export type PlanSummary = z.infer<typeof planSummarySchema>

/** Partner data as it was when the invoice was made, so a later change never alters a reprint (spec F2). */
export const partnerSnapshotSchema = z.object({
  name: z.string(),
  shortCode: z.string(),
  invoiceAddress: addressSchema,
  invoiceEmail: z.string(),
  debtorReference: z.string(),
  /** E-invoice endpoint and "uw kenmerk" as they were; absent in invoices stored before, hence the defaults. */
  kvkNumber: z.string().default(''),
  oin: z.string().default(''),
  purchaseOrderReference: z.string().default(''),
})
export type PartnerSnapshot = z.infer<typeof partnerSnapshotSchema>

export const invoiceSchema = z.object({
  id: idSchema,
  partnerId: idSchema,
  period: periodNameSchema,
  periodFrom: calendarDateSchema,
  /** Last day of the period, inclusive, as printed on the invoice. */
  periodTo: calendarDateSchema,
  kind: z.enum(['factuur', 'creditnota']),
  status: z.enum(['concept', 'definitief']),
  /** `2026-0001`, assigned at finalisation, gapless per year (spec rule 7, F1). */
  number: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .nullable(),
  invoiceDate: calendarDateSchema,
  dueDate: calendarDateSchema,
  /**
   * For a credit invoice: the final invoice it (partly) negates. For an invoice: the final invoice whose
   * credited client lines it bills again from the current data (a correction, "Correctie op factuur …").
   */
  correctsInvoiceId: idSchema.nullable(),
  correctsInvoiceNumber: z.string().nullable(),
  /** Why a credit invoice was made, printed on it ("Reden: …"); absent on invoices and older credit notes. */
  creditReason: z.string().trim().min(1).max(500).optional(),
  operator: operatorDetailsSchema,
  partner: partnerSnapshotSchema,
  lines: z.array(invoiceLineSchema),
  planSummary: z.array(planSummarySchema),
  subtotalCents: centsSchema,
  vatRatePercent: z.number().int().min(0).max(100),
  vatCents: centsSchema,
  totalCents: centsSchema,
  vatExemptionText: z.string(),
  finalisedDate: calendarDateSchema.nullable(),
  /** Made from demo data (settings.demoData): every document of it says VOORBEELD. Absent for a real invoice. */
  demo: z.literal(true).optional(),
})
export type Invoice = z.infer<typeof invoiceSchema>
