import type { DataContext } from '../context'
import { readTransaction } from '../transaction'
import { formDraftSchema, type FormDraft } from '../formDraft'

export { formDraftSchema, type FormDraft }

export interface DraftsRepository {
  get(key: string): Promise<FormDraft | undefined>
  /** Replaces the form's draft; stamps it with the context's clock. */
  keep(draft: Omit<FormDraft, 'savedAt'>): Promise<FormDraft>
  remove(key: string): Promise<void>
}

/**
 * Drafts are the clerk's scratch work, not administrative records: they are written without an audit entry
 * (an entry per pause in typing would bury the trail) and stay out of backups, but are zod-checked like
 * every row and cleared with the rest of the database.
 */
export function createDraftsRepository(ctx: DataContext): DraftsRepository {
  const { db } = ctx
  return {
    get: (key) =>
      readTransaction(ctx, [db.drafts], async () => {
        const parsed = formDraftSchema.safeParse(await db.drafts.get(key))
        // A row that no longer fits the schema is simply no draft.
        return parsed.success ? parsed.data : undefined
      }),

    async keep(input) {
      const draft = formDraftSchema.parse({ ...input, savedAt: ctx.now().toISOString() })
      await db.drafts.put(draft)
      return draft
    },

    async remove(key) {
      await db.drafts.delete(key)
    },
  }
}
