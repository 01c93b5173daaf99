import { z } from 'zod'
import { clientSchema } from './client'
import { idSchema } from './common'
import { partnerSchema } from './partner'
import { usageSchema } from './usage'

export const importKindSchema = z.enum(['partners', 'clients', 'usage'])
export type ImportKind = z.infer<typeof importKindSchema>

const ids = z.array(idSchema)

/**
 * One import as the import history lists it and as undo needs it (docs/onboarding.md, "Importgeschiedenis").
 * The audit trail names what was created but not what an update or a replaced usage row held before, so
 * the import keeps those before-values itself. `auditSeq` is the chain position of the import's own last
 * audit entry: an entry with a higher `seq` came later.
 */
export const importRecordSchema = z.object({
  id: idSchema,
  kind: importKindSchema,
  at: z.string().datetime({ offset: true }),
  clerk: z.string().min(1),
  fileName: z.string().max(500),
  counts: z.object({ created: z.number().int().nonnegative(), updated: z.number().int().nonnegative() }),
  auditSeq: z.number().int().nonnegative(),
  created: z.object({ partners: ids, clients: ids, subscriptionPeriods: ids, deregistrations: ids, usage: ids }),
  /** The records as they were before the import changed them (updated partners or clients, replaced usage rows). */
  before: z.object({ partners: z.array(partnerSchema), clients: z.array(clientSchema), usage: z.array(usageSchema) }),
  undone: z.object({ at: z.string().datetime({ offset: true }), clerk: z.string().min(1) }).optional(),
})
export type ImportRecord = z.infer<typeof importRecordSchema>

export const emptyImportRecords = (): ImportRecord['created'] => ({ partners: [], clients: [], subscriptionPeriods: [], deregistrations: [], usage: [] })
