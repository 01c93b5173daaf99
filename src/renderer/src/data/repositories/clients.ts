import Dexie from 'dexie'
import { activateClient } from '@shared/domain/lifecycle/registration'
import { reregisterClient, type Reregistration } from '@shared/domain/lifecycle/reregistration'
import {
  clientDisplayName,
  clientSchema,
  ecdModeIssues,
  emptyIntake,
  isOwnClientNumber,
  nextOwnClientNumber,
  type CalendarDate,
  type Client,
  type ClientStatus,
  type Partner,
} from '@shared/model'
import { fromClientRow, toClientRow } from '../clientRows'
import { cachedClientCount, clientRowsPage, knownClientCount, clientRowsSlice, countClientRows, type ClientListKey } from './clientList'
import type { DataContext } from '../context'
import type { ClientRow } from '../db'
import { ConflictError, NotFoundError, RuleError, ValidationError, type DataFieldIssue } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { rejectField } from '../rules'
import { readTransaction, writeTransaction } from '../transaction'
import { createClientRetention, type ClientRetentionRepository } from './clientRetention'

/**
 * A new registration (spec rule 1). Status, activation and anonymisation are set by the workflow
 * (`activate`, deregistration, anonymisation), never typed in. `clientNumber` may be empty for a
 * partner in ECD mode `eigen`: the next own number is assigned.
 */
export type NewClient = Omit<Client, 'id' | 'status' | 'activationDate' | 'anonymisedDate' | 'intake' | 'loginSentDate'> &
  Partial<Pick<Client, 'intake' | 'loginSentDate'>>

export interface ClientListQuery {
  readonly partnerId?: string
  readonly status?: ClientStatus
  /** Current plan: the plan of the latest subscription period, or the registration plan before activation. */
  readonly planId?: string
  /** Start of a name (last name with or without "van", first name) or, when it holds a digit, of a client number. Results keep the list order. */
  readonly search?: string
  readonly offset?: number
  /** 1–500, default 50. */
  readonly limit?: number
}

export type { ClientListKey } from './clientList'
export type { DueClientRow } from './clientRetention'

export interface ClientPageQuery extends Omit<ClientListQuery, 'offset'> {
  readonly offset: number
  /** The position of the row just before `anchor.offset`, known from an earlier page: reading starts there. */
  readonly anchor?: { readonly offset: number; readonly key: ClientListKey } | undefined
  /** The number of matches when already counted: a page near the end of a list is then read from the end. */
  readonly total?: number | undefined
}

export interface ClientPage {
  readonly items: ClientListItem[]
  readonly hasMore: boolean
  /** The position of the last item: the next page's anchor. */
  readonly end: ClientListKey | undefined
}

export interface ClientListItem extends Client {
  readonly currentPlanId: string
}

export interface Page<T> {
  readonly items: T[]
  /** Number of matches over all pages. */
  readonly total: number
  readonly offset: number
  readonly limit: number
}

export interface ClientsRepository extends ClientRetentionRepository {
  get(id: string): Promise<Client | undefined>
  getByNumber(partnerId: string, clientNumber: string): Promise<Client | undefined>
  /** Paged, filtered list through indexes; never reads the whole table (100,000 clients). */
  list(query?: ClientListQuery): Promise<Page<ClientListItem>>
  /** One page without the total: reads only index ranges near the page, at any number of clients. */
  page(query: ClientPageQuery): Promise<ClientPage>
  /** The number of matches of `list` (reads every match's index key: slower than a page). */
  count(query?: ClientListQuery): Promise<number>
  /** The count `count` would answer from what it read before, when nothing was written since; reads nothing. */
  knownCount(query?: ClientListQuery): number | undefined
  /** Whether there is any client at all: one key read, where a count of 100,000 keeps IndexedDB busy for a second. */
  hasAny(): Promise<boolean>
  /** Every client of one partner (invoicing, reports), sorted by name. */
  listByPartner(partnerId: string): Promise<ClientListItem[]>
  getMany(ids: readonly string[]): Promise<Client[]>
  /** The number `create` would assign now for a partner in ECD mode `eigen` (shown in the form). */
  peekNextNumber(partnerId: string): Promise<string>
  create(input: NewClient): Promise<Client>
  /** Saves edited client data; partner, status, activation and anonymisation are kept as stored. */
  update(client: Client): Promise<Client>
  /** Only for a registration without subscription periods or usage; otherwise deregister or anonymise. */
  remove(id: string): Promise<void>
  /**
   * Spec rule 2: status `actief`, and the first subscription period opens on the activation date. The days the
   * login details and the intake form were sent are recorded in the same transaction.
   */
  activate(id: string, activationDate: CalendarDate, sent?: ActivationMail): Promise<Client>
  /** A deregistered client registered again: same record and history, a new registration (src/shared/domain). */
  reregister(id: string, input: Reregistration): Promise<Client>
}

/** What the partner's contact was sent at activation (spec rule 2); omitted = not recorded. */
export interface ActivationMail {
  readonly loginSentDate?: CalendarDate | null
  readonly intakeFormSentDate?: CalendarDate | null
}

const DEFAULT_LIMIT = 50
const MAX_LIMIT = 500

function toItem(row: ClientRow): ClientListItem {
  return { ...fromClientRow(row), currentPlanId: row.currentPlanId }
}

export function createClientsRepository(ctx: DataContext): ClientsRepository {
  const { db } = ctx

  async function nextNumber(partnerId: string): Promise<string> {
    const highest = await db.clients
      .where('[partnerId+clientNumber]')
      .between([partnerId, '000000'], [partnerId, '999999'], true, true)
      .reverse()
      .filter((row) => isOwnClientNumber(row.clientNumber))
      .first()
    return nextOwnClientNumber(highest ? [highest.clientNumber] : [])
  }

  /**
   * Schema, ECD-mode rules, uniqueness and references together, so the form shows every problem at once.
   * Returns the parsed client; throws a ValidationError and writes nothing otherwise.
   */
  async function validate(
    draft: Record<string, unknown> & { partnerId?: unknown; clientNumber?: unknown; registrationPlanId?: unknown },
    partner: Partner | undefined,
    id: string,
  ): Promise<Client> {
    const parsed = clientSchema.safeParse(draft)
    const issues: DataFieldIssue[] = parsed.success ? [] : ValidationError.fromZod(parsed.error).issues.slice()
    if (!partner) issues.push({ path: ['partnerId'], message: 'validation.partnerRequired' })
    else if (parsed.success) issues.push(...ecdModeIssues(parsed.data, partner.ecdMode))
    const clientNumber = typeof draft.clientNumber === 'string' ? draft.clientNumber.trim() : ''
    if (partner && clientNumber) {
      const clash = await db.clients.where('[partnerId+clientNumber]').equals([partner.id, clientNumber]).first()
      if (clash && clash.id !== id)
        issues.push({ path: ['clientNumber'], message: 'validation.clientNumberTakenAt', params: { clientNumber, partner: partner.name } })
    }
    const planId = typeof draft.registrationPlanId === 'string' ? draft.registrationPlanId : ''
    if (planId && !(await db.plans.get(planId))) issues.push({ path: ['registrationPlanId'], message: 'validation.planRequired' })
    if (issues.length > 0 || !parsed.success) throw new ValidationError(issues)
    return parsed.data
  }

  async function partnerOf(partnerId: unknown): Promise<Partner | undefined> {
    return typeof partnerId === 'string' && partnerId !== '' ? db.partners.get(partnerId) : undefined
  }

  return {
    get: (id) =>
      readTransaction(ctx, [db.clients], async () => {
        const row = await db.clients.get(id)
        return row ? fromClientRow(row) : undefined
      }),

    getByNumber: (partnerId, clientNumber) =>
      readTransaction(ctx, [db.clients], async () => {
        const row = await db.clients.where('[partnerId+clientNumber]').equals([partnerId, clientNumber.trim()]).first()
        return row ? fromClientRow(row) : undefined
      }),

    list: (query = {}) => {
      const offset = Math.max(0, Math.floor(query.offset ?? 0))
      const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)))
      return readTransaction(ctx, [db.clients], async () => {
        const { rows, total } = await clientRowsPage(db, query, offset, limit)
        return { items: rows.map(toItem), total, offset, limit }
      })
    },

    page: (query) => {
      const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)))
      return readTransaction(ctx, [db.clients], async () => {
        const { rows, hasMore, end } = await clientRowsSlice(db, query, {
          offset: Math.max(0, Math.floor(query.offset)),
          limit,
          anchor: query.anchor,
          total: query.total,
        })
        return { items: rows.map(toItem), hasMore, end }
      })
    },

    count: (query = {}) => cachedClientCount(db, query, () => readTransaction(ctx, [db.clients], () => countClientRows(db, query))),

    knownCount: (query = {}) => knownClientCount(db, query),

    hasAny: () => readTransaction(ctx, [db.clients], async () => (await db.clients.limit(1).primaryKeys()).length > 0),

    listByPartner: (partnerId) =>
      readTransaction(ctx, [db.clients], async () => {
        const rows = await db.clients.where('[partnerId+sortName]').between([partnerId, Dexie.minKey], [partnerId, Dexie.maxKey]).toArray()
        return rows.map(toItem)
      }),

    getMany: (ids) =>
      readTransaction(ctx, [db.clients], async () => {
        const rows = await db.clients.bulkGet([...ids])
        return rows.flatMap((row) => (row ? [fromClientRow(row)] : []))
      }),

    peekNextNumber: (partnerId) => readTransaction(ctx, [db.clients], () => nextNumber(partnerId)),

    async create(input) {
      const draft = {
        intake: emptyIntake,
        loginSentDate: null,
        ...input,
        id: ctx.newId(),
        status: 'aangemeld' as const,
        activationDate: null,
        anonymisedDate: null,
      }
      return writeTransaction(ctx, [db.clients, db.partners, db.plans], async (audit) => {
        const partner = await partnerOf(draft.partnerId)
        if (partner && !partner.active) rejectField(['partnerId'], 'validation.partnerInactive', { name: partner.name })
        if (partner?.ecdMode === 'eigen' && String(draft.clientNumber ?? '').trim() === '') draft.clientNumber = await nextNumber(partner.id)
        const client = await validate(draft, partner, draft.id)
        await db.clients.add(toClientRow(client, client.registrationPlanId))
        await audit({
          entity: 'client',
          recordId: client.id,
          action: 'create',
          changes: fieldChanges(undefined, client),
          event: 'clientRegistered',
          params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client), partner: partner?.name ?? '' },
        })
        return client
      })
    },

    async update(input) {
      return writeTransaction(ctx, [db.clients, db.partners, db.plans], async (audit) => {
        const row = await db.clients.get(input.id)
        if (!row) throw new NotFoundError('clientNotFound')
        const before = fromClientRow(row)
        if (before.anonymisedDate !== null) throw new RuleError('geanonimiseerd-ongewijzigd')
        const draft = {
          ...input,
          partnerId: before.partnerId,
          status: before.status,
          activationDate: before.activationDate,
          anonymisedDate: before.anonymisedDate,
        }
        const client = await validate(draft, await partnerOf(before.partnerId), before.id)
        const changes = fieldChanges(before, client)
        if (changes.length === 0) return before
        const currentPlanId = client.status === 'aangemeld' ? client.registrationPlanId : row.currentPlanId
        await db.clients.put(toClientRow(client, currentPlanId))
        await audit({
          entity: 'client',
          recordId: client.id,
          action: 'update',
          changes,
          event: 'clientUpdated',
          params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) },
        })
        return client
      })
    },

    async remove(id) {
      await writeTransaction(ctx, [db.clients, db.subscriptionPeriods, db.usage], async (audit) => {
        const row = await db.clients.get(id)
        if (!row) throw new NotFoundError('clientNotFound')
        const before = fromClientRow(row)
        const history = (await db.subscriptionPeriods.where('clientId').equals(id).count()) + (await db.usage.where('clientId').equals(id).count())
        if (history > 0) throw new ConflictError('clientHasHistory', { clientNumber: before.clientNumber })
        await db.clients.delete(id)
        await audit({
          entity: 'client',
          recordId: id,
          action: 'delete',
          changes: fieldChanges(before, undefined),
          event: 'clientDeleted',
          params: { clientNumber: before.clientNumber, clientName: clientDisplayName(before) },
        })
      })
    },

    async activate(id, activationDate, sent = {}) {
      return writeTransaction(ctx, [db.clients, db.subscriptionPeriods], async (audit) => {
        const row = await db.clients.get(id)
        if (!row) throw new NotFoundError('clientNotFound')
        const before = fromClientRow(row)
        const activation = activateClient(before, activationDate, ctx.newId())
        const { period } = activation
        const client: Client = {
          ...activation.client,
          loginSentDate: sent.loginSentDate === undefined ? activation.client.loginSentDate : sent.loginSentDate,
          intake: sent.intakeFormSentDate === undefined ? activation.client.intake : { ...activation.client.intake, formSentDate: sent.intakeFormSentDate },
        }
        await db.clients.put(toClientRow(client, period.planId))
        await db.subscriptionPeriods.add(period)
        await audit({
          entity: 'client',
          recordId: id,
          action: 'update',
          changes: fieldChanges(before, client),
          event: 'clientActivated',
          params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) },
        })
        await audit({
          entity: 'subscriptionPeriod',
          recordId: period.id,
          action: 'create',
          changes: fieldChanges(undefined, period),
          event: 'subscriptionStarted',
          params: { clientNumber: client.clientNumber },
        })
        return client
      })
    },

    async reregister(id, input) {
      return writeTransaction(ctx, [db.clients, db.subscriptionPeriods, db.plans], async (audit) => {
        const row = await db.clients.get(id)
        if (!row) throw new NotFoundError('clientNotFound')
        const plan = await db.plans.get(input.registrationPlanId)
        if (!plan) throw new ValidationError([{ path: ['registrationPlanId'], message: 'validation.planRequired' }])
        if (!plan.active) throw new ValidationError([{ path: ['registrationPlanId'], message: 'validation.planInactive', params: { name: plan.name } }])
        const before = fromClientRow(row)
        const periods = await db.subscriptionPeriods.where('clientId').equals(id).toArray()
        const client = reregisterClient(before, periods, input)
        // Until activation the registration plan is the client's plan in list filters (as for a new registration).
        await db.clients.put(toClientRow(client, client.registrationPlanId))
        await audit({
          entity: 'client',
          recordId: id,
          action: 'update',
          changes: fieldChanges(before, client),
          event: 'clientReregistered',
          params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) },
        })
        return client
      })
    },

    ...createClientRetention(ctx),
  }
}
