import { z } from 'zod'
import { calendarDateSchema } from '../../calendar/calendarDate'
import { idSchema, periodNameSchema, quarterNameSchema } from '../../model/common'
import { invoiceSchema } from '../../model/invoice'
import { inspectionReportSchema } from '../../reports/inspection'
import { checkRowInputSchema, signalListReportSchema, usageReportInputSchema } from '../../reports/schemas'
import { defineChannels } from '../channel'
import { absolutePathSchema } from '../paths'
import { ipcErrorSchema } from '../result'

/**
 * Writing the Excel outputs (spec "Outputs"). Files go only into a folder the user chose in a folder dialog
 * (`report:choose-folder`), named by the id that call returns; main never takes a target path from the
 * renderer. The monthly run takes long, so it is started, then polled for progress, and can be cancelled.
 */

const folderIdSchema = z.uuid()
const jobIdSchema = z.uuid()
const nameSchema = z.object({ id: idSchema, name: z.string().max(200) })

/** Who made the files and the date printed on them (the operator's name from the settings, today). */
const contextSchema = z.object({ operatorName: z.string().trim().min(1).max(200), generatedOn: calendarDateSchema })

export const writtenFileSchema = z.object({
  kind: z.enum([
    'factuur',
    'factuur-pdf',
    'e-factuur',
    'e-mailconcept',
    'verbruik',
    'verbruik-overzicht',
    'kwartaalcheck',
    'kwartaalcheck-overzicht',
    'werklijst',
  ]),
  partnerId: idSchema.nullable(),
  fileName: z.string().min(1),
  rows: z.number().int().nonnegative(),
})
export type WrittenFile = z.infer<typeof writtenFileSchema>

export const monthlyRunInputSchema = z.object({
  folderId: folderIdSchema,
  context: contextSchema,
  billing: z.object({ name: periodNameSchema, from: calendarDateSchema, last: calendarDateSchema }),
  partners: z.array(nameSchema),
  plans: z.array(nameSchema),
  invoices: z.array(invoiceSchema),
  usageReports: z.array(usageReportInputSchema),
  quarterlyCheck: z
    .object({
      quarter: quarterNameSchema,
      tolerancePercent: z.number().int().min(0).max(100),
      rows: z.array(checkRowInputSchema),
      provisional: z.boolean().optional(),
    })
    .nullable(),
})

export const runStatusSchema = z.object({
  state: z.enum(['bezig', 'klaar', 'geannuleerd', 'mislukt']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The partner (or `alle partners`) whose files were written last. */
  partnerName: z.string(),
  /** The files written; when `mislukt`, those saved before the failure (they stay, complete). */
  files: z.array(writtenFileSchema),
  /** Set when `mislukt`; its words never say nothing changed once `files` holds any. */
  error: ipcErrorSchema.nullable(),
})
export type RunStatus = z.infer<typeof runStatusSchema>

export const reportChannels = defineChannels('report', {
  /** Folder dialog; the answer is an id to write into (and the path to show). `null` = cancelled. */
  'report:choose-folder': {
    input: z.object({ title: z.string().trim().min(1).max(120).optional(), defaultPath: absolutePathSchema.optional() }).optional(),
    output: z.object({ folderId: folderIdSchema, path: absolutePathSchema }).nullable(),
  },
  /** Shows a granted folder in Explorer/Finder, e.g. after the invoices were written into it. */
  'report:open-folder': { input: z.object({ folderId: folderIdSchema }), output: z.null() },
  /**
   * Shows the folder the e-mail drafts of `period` were written to last in this session (without a period:
   * those of the last run or write); main keeps that folder itself, the window never sends a path.
   */
  'report:open-drafts-folder': { input: z.object({ period: periodNameSchema.optional() }), output: z.null() },
  /** Starts the monthly run (invoices, usage reports, quarterly checks, overviews) in the background. */
  'report:start-run': { input: monthlyRunInputSchema, output: z.object({ jobId: jobIdSchema }) },
  /** How far a run is; poll until the state is no longer `bezig`. */
  'report:get-run-status': { input: z.object({ jobId: jobIdSchema }), output: runStatusSchema },
  /** Stops a run after the row being written; the file in progress never appears. */
  'report:cancel-run': { input: z.object({ jobId: jobIdSchema }), output: z.null() },
  /** Writes single invoices (a reprint of a final invoice, a credit invoice): one workbook each. */
  'report:write-invoices': {
    input: z.object({ folderId: folderIdSchema, generatedOn: calendarDateSchema, invoices: z.array(invoiceSchema).min(1).max(1000) }),
    output: z.array(writtenFileSchema),
  },
  /**
   * Writes the quarterly check lists from the check screen (spec rule 9): the given partner's list, or with
   * `partnerId: null` the overall list and every partner's own list.
   */
  'report:write-quarterly-check': {
    input: z.object({
      folderId: folderIdSchema,
      context: contextSchema,
      partnerId: idSchema.nullable(),
      partners: z.array(nameSchema),
      plans: z.array(nameSchema),
      quarter: quarterNameSchema,
      tolerancePercent: z.number().int().min(0).max(100),
      /** VOORLOPIG on every page of the lists. */
      provisional: z.boolean().optional(),
      rows: z.array(checkRowInputSchema),
    }),
    output: z.array(writtenFileSchema),
  },
  /**
   * The inspection export of one client (AVG art. 15): a save dialog in main, then one workbook with all
   * data held about the client. `null` = the clerk cancelled the dialog.
   */
  'report:write-inspection': {
    input: z.object({ context: contextSchema, report: inspectionReportSchema }),
    output: z.object({ fileName: z.string().min(1) }).nullable(),
  },
  /** Writes one signal list (werklijst). */
  'report:write-signal-list': {
    input: z.object({ folderId: folderIdSchema, context: contextSchema, list: signalListReportSchema }),
    output: writtenFileSchema,
  },
})
