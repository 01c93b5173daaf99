import { clerkSchema, type Clerk } from '@shared/model'
import type { DataContext } from '../context'
import { NotFoundError } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { parseRecord } from '../parse'
import { rejectField } from '../rules'
import { readTransaction, writeTransaction } from '../transaction'

export type ClerkInput = Omit<Clerk, 'id'>

export interface ClerksRepository {
  /** Every clerk, active ones first, then by name. */
  list(): Promise<Clerk[]>
  create(input: ClerkInput): Promise<Clerk>
  /** Clerks are never deleted (the audit trail names them); `active: false` takes one off the start list. */
  update(clerk: Clerk): Promise<Clerk>
  /** Makes `id` the clerk of this window's session and audits it; later entries carry this clerk. */
  signIn(id: string): Promise<Clerk>
  /** The same clerk again after a reload of the window: no new sign-in, so nothing to audit. */
  resume(id: string): Promise<Clerk | undefined>
}

/** The audit trail records whether a clerk has a PIN, never its digest. */
function auditable(clerk: Clerk | undefined) {
  if (!clerk) return undefined
  const { pin, ...rest } = clerk
  return { ...rest, hasPin: pin !== undefined }
}

export function createClerksRepository(ctx: DataContext): ClerksRepository {
  const { db } = ctx

  async function assertInitialsFree(clerk: Clerk): Promise<void> {
    const clash = (await db.clerks.toArray()).find((c) => c.id !== clerk.id && c.initials === clerk.initials)
    if (clash) rejectField(['initials'], 'validation.initialsTaken', { initials: clerk.initials, name: clash.name })
  }

  return {
    list: () =>
      readTransaction(ctx, [db.clerks], async () =>
        (await db.clerks.toArray()).sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'nl')),
      ),

    async create(input) {
      const clerk = parseRecord(clerkSchema, { ...input, id: ctx.newId() })
      return writeTransaction(ctx, [db.clerks], async (audit) => {
        await assertInitialsFree(clerk)
        await db.clerks.add(clerk)
        await audit({
          entity: 'clerk',
          recordId: clerk.id,
          action: 'create',
          changes: fieldChanges(undefined, auditable(clerk)),
          event: 'clerkCreated',
          params: { name: clerk.name },
        })
        return clerk
      })
    },

    async update(input) {
      const clerk = parseRecord(clerkSchema, input)
      return writeTransaction(ctx, [db.clerks], async (audit) => {
        const before = await db.clerks.get(clerk.id)
        if (!before) throw new NotFoundError('clerkNotFound')
        await assertInitialsFree(clerk)
        const changes = fieldChanges(auditable(before), auditable(clerk))
        const pinChanged = before.pin?.hash !== clerk.pin?.hash
        if (changes.length === 0 && !pinChanged) return before
        await db.clerks.put(clerk)
        await audit({ entity: 'clerk', recordId: clerk.id, action: 'update', changes, event: 'clerkUpdated', params: { name: clerk.name } })
        if (ctx.session.clerk?.id === clerk.id) ctx.session.clerk = { id: clerk.id, name: clerk.name }
        return clerk
      })
    },

    async resume(id) {
      const clerk = await readTransaction(ctx, [db.clerks], () => db.clerks.get(id))
      if (!clerk?.active) return undefined
      ctx.session.clerk = { id: clerk.id, name: clerk.name }
      return clerk
    },

    async signIn(id) {
      return writeTransaction(ctx, [db.clerks], async (audit) => {
        const clerk = await db.clerks.get(id)
        if (!clerk) throw new NotFoundError('clerkNotFound')
        if (!clerk.active) rejectField(['clerk'], 'validation.clerkInactive', { name: clerk.name })
        const before = ctx.session.clerk
        ctx.session.clerk = { id: clerk.id, name: clerk.name }
        try {
          await audit({
            entity: 'clerk',
            recordId: clerk.id,
            action: 'switch',
            changes: [{ field: 'clerk', before: before?.name ?? null, after: clerk.name }],
            event: 'clerkSignedIn',
            params: { name: clerk.name },
          })
        } catch (error) {
          ctx.session.clerk = before
          throw error
        }
        return clerk
      })
    },
  }
}
