import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { auditEntrySchema } from '../model/audit'
import { clientSchema } from '../model/client'
import { invoiceLineSchema, invoiceSchema } from '../model/invoice'
import { changeRequestSchema, deregistrationSchema, subscriptionPeriodSchema } from '../model/subscription'
import { usageSchema } from '../model/usage'

/**
 * Everything held about one client, for an inspection request (AVG art. 15): the renderer collects it from
 * the repositories, main writes it as one workbook (src/main/reports/inspectionWorkbook.ts). Plan ids are
 * given with their names so the workbook reads without the database.
 */
export const inspectionInvoiceLineSchema = z.object({
  invoiceNumber: invoiceSchema.shape.number,
  kind: invoiceSchema.shape.kind,
  status: invoiceSchema.shape.status,
  period: invoiceSchema.shape.period,
  invoiceDate: calendarDateSchema,
  line: invoiceLineSchema,
})
export type InspectionInvoiceLine = z.infer<typeof inspectionInvoiceLineSchema>

export const inspectionReportSchema = z.object({
  client: clientSchema,
  partnerName: z.string().max(200),
  planNames: z.record(z.string(), z.string().max(200)),
  subscriptionPeriods: z.array(subscriptionPeriodSchema),
  changeRequests: z.array(changeRequestSchema),
  deregistrations: z.array(deregistrationSchema),
  usage: z.array(usageSchema),
  invoiceLines: z.array(inspectionInvoiceLineSchema),
  auditEntries: z.array(auditEntrySchema),
})
export type InspectionReport = z.infer<typeof inspectionReportSchema>
