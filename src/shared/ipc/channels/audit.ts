import { z } from 'zod'
import { calendarDateSchema } from '../../calendar/calendarDate'
import { absolutePathSchema } from '../paths'
import { defineChannels, noInput } from '../channel'

export const chainHeadSchema = z.object({ count: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) })

/** The audit chain's head as main keeps it outside IndexedDB (docs/audit-trail.md). */
export const keptAuditHeadSchema = z.object({
  /** The highest head the window reported; a lower one later means entries were removed. */
  head: chainHeadSchema.nullable(),
  /** Up to where the chain was last verified, so the check at start only reads what is new. */
  verified: chainHeadSchema.nullable(),
})
export type KeptAuditHead = z.infer<typeof keptAuditHeadSchema>

const exportIdSchema = z.uuid()
const text = (max: number) => z.string().max(max)

/** The columns of the audit export, in order: each row as the screen words it, in the UI language. */
export const AUDIT_EXPORT_COLUMNS = ['at', 'clerk', 'action', 'entity', 'record', 'event', 'changes', 'outcome'] as const
export type AuditExportColumn = (typeof AUDIT_EXPORT_COLUMNS)[number]

export const auditExportRowSchema = z.object({
  at: text(40),
  clerk: text(200),
  action: text(100),
  entity: text(100),
  record: text(200),
  event: text(2000),
  changes: text(20_000),
  outcome: text(100),
})
export type AuditExportRow = z.infer<typeof auditExportRowSchema>

/** Rows per `audit:export-rows` call: the window never holds more than this many worded rows at once. */
export const AUDIT_EXPORT_CHUNK = 500
/** Rows one export may hold; main keeps the rows until the workbook is written, so this bounds its memory. */
export const AUDIT_EXPORT_MAX_ROWS = 250_000

/** The sheet's words in the UI language, and who made it (page header and document properties). */
export const auditExportLabelsSchema = z.object({
  title: z.string().trim().min(1).max(200),
  /** The filters, one per line. */
  subtitle: z.array(text(500)).max(12),
  sheetName: z.string().trim().min(1).max(31),
  headers: z.object(Object.fromEntries(AUDIT_EXPORT_COLUMNS.map((c) => [c, z.string().trim().min(1).max(60)])) as Record<AuditExportColumn, z.ZodString>),
  emptyText: z.string().trim().min(1).max(200),
  totalsLabel: z.string().trim().min(1).max(40),
  operatorName: z.string().trim().min(1).max(200),
  generatedOn: calendarDateSchema,
})
export type AuditExportLabels = z.infer<typeof auditExportLabelsSchema>

export const auditChannels = defineChannels('audit', {
  'audit:head': { input: noInput, output: keptAuditHeadSchema },
  /**
   * The head after a committed write. Main keeps the highest; `reset` (after a restore, which replaces the trail)
   * takes this head whatever it is, and forgets the verified point.
   */
  'audit:note-head': { input: z.object({ head: chainHeadSchema, reset: z.boolean().default(false) }), output: keptAuditHeadSchema },
  /** The head up to which the window verified the chain. */
  'audit:note-verified': { input: z.object({ head: chainHeadSchema }), output: keptAuditHeadSchema },
  /**
   * The audit screen's export to Excel: asks where to save (save dialog); the answer names the export the
   * rows go to. `null` = cancelled. One export at a time: a new one drops an unfinished one.
   */
  'audit:export-begin': { input: noInput, output: z.object({ exportId: exportIdSchema, fileName: z.string().min(1) }).nullable() },
  /** The next rows, in order, at most AUDIT_EXPORT_CHUNK per call. */
  'audit:export-rows': { input: z.object({ exportId: exportIdSchema, rows: z.array(auditExportRowSchema).max(AUDIT_EXPORT_CHUNK) }), output: z.null() },
  /** Writes the workbook (under a temporary name, then renamed) and forgets the rows. */
  'audit:export-finish': {
    input: z.object({ exportId: exportIdSchema, labels: auditExportLabelsSchema }),
    output: z.object({ path: absolutePathSchema, fileName: z.string().min(1), rows: z.number().int().nonnegative() }),
  },
  /** Drops an export that will not be finished (reading the trail failed); nothing is written. */
  'audit:export-cancel': { input: z.object({ exportId: exportIdSchema }), output: z.null() },
})
