import { createDeregistration, processDeregistration } from '@shared/domain/lifecycle/deregistration'
import { clientDisplayName, deregistrationSchema, type CalendarDate, type Deregistration } from '@shared/model'
import { fromClientRow, toClientRow } from '../clientRows'
import type { DataContext } from '../context'
import { SETTINGS_KEY } from '../db'
import { NotFoundError, RuleError, ValidationError } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { parseRecord } from '../parse'
import { readTransaction, writeTransaction } from '../transaction'
import { toSettings } from './settings'
import { PERIOD_EVENTS, applyPeriodChanges } from './subscriptionPeriods'

export interface NewDeregistrationInput {
  readonly clientId: string
  /** The day the partner's e-mail arrived. */
  readonly receivedDate: CalendarDate
  /** The afmelddatum the partner asks for; the effective date is computed (spec rule 5). */
  readonly requestedDate: CalendarDate
}

export interface DeregistrationsRepository {
  get(id: string): Promise<Deregistration | undefined>
  /** Oldest receipt first; `unprocessedOnly` for the signal list. */
  list(query?: { readonly unprocessedOnly?: boolean; readonly clientId?: string }): Promise<Deregistration[]>
  /** The deregistrations of these clients (a list export reads them slice by slice). */
  listByClients(clientIds: readonly string[]): Promise<Deregistration[]>
  create(input: NewDeregistrationInput): Promise<Deregistration>
  /** Ends billing on the effective date and marks the client `afgemeld`, in one transaction. */
  process(id: string, processedDate: CalendarDate): Promise<Deregistration>
  /** Only an unprocessed deregistration (entered by mistake). */
  remove(id: string): Promise<void>
}

/** The order `list` returns without a client: the `receivedDate` index, whose ties IndexedDB orders by id. */
export function deregistrationOrder(a: Deregistration, b: Deregistration): number {
  return a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function createDeregistrationsRepository(ctx: DataContext): DeregistrationsRepository {
  const { db } = ctx

  return {
    get: (id) => readTransaction(ctx, [db.deregistrations], () => db.deregistrations.get(id)),

    list: (query = {}) =>
      readTransaction(ctx, [db.deregistrations], async () => {
        const rows = query.clientId
          ? await db.deregistrations.where('clientId').equals(query.clientId).sortBy('receivedDate')
          : await db.deregistrations.orderBy('receivedDate').toArray()
        return query.unprocessedOnly ? rows.filter((d) => d.processedDate === null) : rows
      }),

    listByClients: (clientIds) =>
      readTransaction(ctx, [db.deregistrations], () =>
        db.deregistrations
          .where('clientId')
          .anyOf([...clientIds])
          .toArray(),
      ),

    create: (input) =>
      writeTransaction(ctx, [db.deregistrations, db.clients], async (audit) => {
        const client = await db.clients.get(input.clientId)
        if (!client) throw new ValidationError([{ path: ['clientId'], message: 'validation.clientRequired' }])
        if (client.status === 'afgemeld') throw new RuleError('al-afgemeld', { clientNumber: client.clientNumber })
        const open = await db.deregistrations
          .where('clientId')
          .equals(client.id)
          .filter((d) => d.processedDate === null)
          .first()
        if (open) throw new RuleError('afmelding-loopt', { clientNumber: client.clientNumber })
        const settings = toSettings(await db.settings.get(SETTINGS_KEY))
        const record = parseRecord(deregistrationSchema, createDeregistration({ ...input, id: ctx.newId() }, settings.billingPeriodStartDay))
        await db.deregistrations.add(record)
        await audit({
          entity: 'deregistration',
          recordId: record.id,
          action: 'create',
          changes: fieldChanges(undefined, record),
          event: 'deregistrationReceived',
          params: { clientNumber: client.clientNumber },
        })
        return record
      }),

    process: (id, processedDate) =>
      writeTransaction(ctx, [db.deregistrations, db.clients, db.subscriptionPeriods], async (audit) => {
        const before = await db.deregistrations.get(id)
        if (!before) throw new NotFoundError('deregistrationNotFound')
        const row = await db.clients.get(before.clientId)
        if (!row) throw new NotFoundError('deregistrationClientNotFound')
        const client = fromClientRow(row)
        const periods = await db.subscriptionPeriods.where('clientId').equals(client.id).toArray()
        const result = processDeregistration(client, periods, before, processedDate)
        await db.clients.put(toClientRow(result.client, row.currentPlanId))
        await audit({
          entity: 'client',
          recordId: client.id,
          action: 'update',
          changes: fieldChanges(client, result.client),
          event: 'clientDeregistered',
          params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) },
        })
        await applyPeriodChanges(db, audit, client.id, result.changes, PERIOD_EVENTS.deregistration)
        const record = parseRecord(deregistrationSchema, result.deregistration)
        await db.deregistrations.put(record)
        await audit({
          entity: 'deregistration',
          recordId: id,
          action: 'update',
          changes: fieldChanges(before, record),
          event: 'deregistrationProcessed',
          params: { clientNumber: client.clientNumber },
        })
        return record
      }),

    remove: (id) =>
      writeTransaction(ctx, [db.deregistrations], async (audit) => {
        const before = await db.deregistrations.get(id)
        if (!before) throw new NotFoundError('deregistrationNotFound')
        if (before.processedDate !== null) throw new RuleError('verwerkte-afmelding')
        await db.deregistrations.delete(id)
        await audit({
          entity: 'deregistration',
          recordId: id,
          action: 'delete',
          changes: fieldChanges(before, undefined),
          event: 'deregistrationDeleted',
          params: {},
        })
      }),
  }
}
