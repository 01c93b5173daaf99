import { partnerSchema, withPartnerDefaults, type Partner } from '@shared/model'
import type { DataContext } from '../context'
import { ConflictError, NotFoundError } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { parseRecord } from '../parse'
import { rejectField } from '../rules'
import { readTransaction, writeTransaction } from '../transaction'

export type PartnerInput = Omit<Partner, 'id'>

export interface PartnersRepository {
  /** All partners sorted by name (at most a few hundred, so no paging). */
  list(): Promise<Partner[]>
  get(id: string): Promise<Partner | undefined>
  create(input: PartnerInput): Promise<Partner>
  update(partner: Partner): Promise<Partner>
  /** Refused while clients or invoices refer to the partner; set `active: false` instead. */
  remove(id: string): Promise<void>
}

export function createPartnersRepository(ctx: DataContext): PartnersRepository {
  const { db } = ctx

  async function assertShortCodeFree(partner: Partner): Promise<void> {
    const clash = await db.partners.where('shortCode').equals(partner.shortCode).first()
    if (clash && clash.id !== partner.id) rejectField(['shortCode'], 'validation.shortCodeTaken', { shortCode: partner.shortCode, name: clash.name })
  }

  return {
    list: () => readTransaction(ctx, [db.partners], async () => (await db.partners.orderBy('name').toArray()).map(withPartnerDefaults)),

    get: (id) =>
      readTransaction(ctx, [db.partners], async () => {
        const partner = await db.partners.get(id)
        return partner && withPartnerDefaults(partner)
      }),

    async create(input) {
      const partner = parseRecord(partnerSchema, { ...input, id: ctx.newId() })
      return writeTransaction(ctx, [db.partners], async (audit) => {
        await assertShortCodeFree(partner)
        await db.partners.add(partner)
        await audit({
          entity: 'partner',
          recordId: partner.id,
          action: 'create',
          changes: fieldChanges(undefined, partner),
          event: 'partnerCreated',
          params: { name: partner.name },
        })
        return partner
      })
    },

    async update(input) {
      const partner = parseRecord(partnerSchema, input)
      return writeTransaction(ctx, [db.partners], async (audit) => {
        const before = await db.partners.get(partner.id)
        if (!before) throw new NotFoundError('partnerNotFound')
        await assertShortCodeFree(partner)
        const changes = fieldChanges(before, partner)
        if (changes.length === 0) return before
        await db.partners.put(partner)
        await audit({ entity: 'partner', recordId: partner.id, action: 'update', changes, event: 'partnerUpdated', params: { name: partner.name } })
        return partner
      })
    },

    async remove(id) {
      await writeTransaction(ctx, [db.partners, db.clients, db.invoices], async (audit) => {
        const before = await db.partners.get(id)
        if (!before) throw new NotFoundError('partnerNotFound')
        if ((await db.clients.where('partnerId').equals(id).count()) > 0) {
          throw new ConflictError('partnerHasClients', { name: before.name })
        }
        if ((await db.invoices.where('partnerId').equals(id).count()) > 0) {
          throw new ConflictError('partnerHasInvoices', { name: before.name })
        }
        await db.partners.delete(id)
        await audit({
          entity: 'partner',
          recordId: id,
          action: 'delete',
          changes: fieldChanges(before, undefined),
          event: 'partnerDeleted',
          params: { name: before.name },
        })
      })
    },
  }
}
