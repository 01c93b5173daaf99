import { z } from 'zod'

/**
 * The values of a form that were changed but not saved, kept so a crash or a reload loses no typing.
 * `key` names the form and its record (`client:<id>`, `client:new`); `recordId` lets anonymising a client
 * remove its drafts; `savedAt` is the instant of the last keep (shown as a time of day, never a date rule).
 */
export const formDraftSchema = z.object({
  key: z.string().min(1).max(200),
  recordId: z.string().max(100),
  savedAt: z.iso.datetime(),
  values: z.json(),
})
export type FormDraft = z.infer<typeof formDraftSchema>
