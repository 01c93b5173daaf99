import { z } from 'zod'

export const auditEntitySchema = z.enum([
  'partner',
  'plan',
  'client',
  'subscriptionPeriod',
  'changeRequest',
  'deregistration',
  'usage',
  'invoice',
  'settings',
  'database',
])
export type AuditEntity = z.infer<typeof auditEntitySchema>

export const auditActionSchema = z.enum(['create', 'update', 'delete', 'import', 'export', 'print', 'finalise', 'anonymise', 'restore'])
export type AuditAction = z.infer<typeof auditActionSchema>

export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
})
export type FieldChange = z.infer<typeof fieldChangeSchema>

/** Append-only audit entry (spec L1, NEN 7513). `at` is an ISO instant: this is a log, not a calendar date. */
export const auditEntrySchema = z.object({
  id: z.number().int().positive().optional(),
  at: z.string().datetime({ offset: true }),
  clerk: z.string().min(1),
  entity: auditEntitySchema,
  recordId: z.string(),
  action: auditActionSchema,
  changes: z.array(fieldChangeSchema),
  outcome: z.enum(['ok', 'fout']),
  summary: z.string().max(500),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
