import { z } from 'zod'
import { AUDIT_EVENTS, type AuditEvent } from '../audit/events'

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
  'clerk',
])
export type AuditEntity = z.infer<typeof auditEntitySchema>

export const auditActionSchema = z.enum(['create', 'update', 'delete', 'import', 'export', 'print', 'finalise', 'anonymise', 'restore', 'switch'])
export type AuditAction = z.infer<typeof auditActionSchema>

export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
})
export type FieldChange = z.infer<typeof fieldChangeSchema>

const hex64 = z.string().regex(/^[0-9a-f]{64}$/)

export const auditEventSchema = z.enum(Object.keys(AUDIT_EVENTS) as [AuditEvent, ...AuditEvent[]])

/** Whether `params` has exactly the parameters the event's catalogue entry names. */
function hasEventParams(event: AuditEvent, params: Record<string, unknown>): boolean {
  const expected: readonly string[] = AUDIT_EVENTS[event]
  const names = Object.keys(params)
  return names.length === expected.length && names.every((name) => expected.includes(name))
}

/**
 * Append-only audit entry (spec L1, NEN 7513). `at` is an ISO instant: this is a log, not a calendar date.
 * `event` and `params` say what happened (src/shared/audit/events.ts); the UI words them in its language.
 * `historicSummary` is only on entries recorded before events existed (event `historic`): their Dutch
 * sentence, kept as recorded.
 */
export const auditEntrySchema = z
  .object({
    id: z.number().int().positive().optional(),
    at: z.string().datetime({ offset: true }),
    clerk: z.string().min(1),
    entity: auditEntitySchema,
    recordId: z.string(),
    action: auditActionSchema,
    changes: z.array(fieldChangeSchema),
    outcome: z.enum(['ok', 'fout']),
    event: auditEventSchema,
    params: z.record(z.string(), z.union([z.string().max(500), z.number()])),
    historicSummary: z.string().max(500).optional(),
    // The hash chain (src/shared/audit/chain.ts, docs/audit-trail.md); absent only in back-ups made before it.
    seq: z.number().int().positive().optional(),
    prevHash: hex64.optional(),
    hash: hex64.optional(),
    sealed: z.object({ salt: z.string().regex(/^[0-9a-f]{32}$/), digests: z.record(z.string(), hex64) }).optional(),
  })
  .refine((entry) => hasEventParams(entry.event, entry.params), { path: ['params'], message: 'validation.auditParams' })
  .refine((entry) => (entry.event === 'historic') === (entry.historicSummary !== undefined), { path: ['historicSummary'], message: 'validation.auditHistoric' })
export type AuditEntry = z.infer<typeof auditEntrySchema>
