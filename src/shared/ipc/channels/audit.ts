import { z } from 'zod'
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

export const auditChannels = defineChannels('audit', {
  'audit:head': { input: noInput, output: keptAuditHeadSchema },
  /**
   * The head after a committed write. Main keeps the highest; `reset` (after a restore, which replaces the trail)
   * takes this head whatever it is, and forgets the verified point.
   */
  'audit:note-head': { input: z.object({ head: chainHeadSchema, reset: z.boolean().default(false) }), output: keptAuditHeadSchema },
  /** The head up to which the window verified the chain. */
  'audit:note-verified': { input: z.object({ head: chainHeadSchema }), output: keptAuditHeadSchema },
})
