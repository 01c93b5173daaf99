import Dexie from 'dexie'
import { anonymiseAuditEntry, type ChainedEntry } from '@shared/audit/chain'
import { formatDate } from '@shared/format/date'
import { activateClient } from '@shared/domain/lifecycle/registration'
import { reregisterClient, type Reregistration } from '@shared/domain/lifecycle/reregistration'
import { clientsDueForAnonymisation, effectiveDeregistration, type DueClient } from '@shared/domain/retention'
import {
  ANONYMISED_VALUE,
  PERSONAL_CLIENT_FIELDS,
  anonymisationAllowedFrom,
  anonymiseClient,
  clientDisplayName,
  clientSchema,
  ecdModeIssues,
  emptyIntake,
  isOwnClientNumber,
  nextOwnClientNumber,
  type AuditEntry,
  type CalendarDate,
  type Client,
  type Deregistration,
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
import { readTransaction, writeTransaction, type AuditWriter } from '../transaction'
import { toSettings } from './settings'
import { SETTINGS_KEY } from '../db'

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

export interface ClientsRepository {
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
  /**
   * Privacy: removes the personal data of a client deregistered longer ago than the retention setting.
   * Invoices keep their own copy (spec F2) and are not touched.
   */
  anonymise(id: string, today: CalendarDate): Promise<Client>
  /**
   * The retention batch: `anonymise` for every client of `ids` in ONE transaction, plus one entry for the
   * batch (counts only). Any client that is not due refuses the whole batch: nothing is changed.
   */
  anonymiseMany(ids: readonly string[], today: CalendarDate): Promise<Client[]>
  /** The clients due for anonymisation on `today` (src/shared/domain/retention), longest due first. */
  dueForAnonymisation(today: CalendarDate): Promise<DueClientRow[]>
}

/** A client due for anonymisation, with what the retention screen shows (no personal data). */
export interface DueClientRow extends DueClient {
  readonly clientNumber: string
  readonly partnerId: string
}

/** What the partner's contact was sent at activation (spec rule 2); omitted = not recorded. */
export interface ActivationMail {
  readonly loginSentDate?: CalendarDate | null
  readonly intakeFormSentDate?: CalendarDate | null
}

/** Every stored entry is chained since version 6 of the database; one that is not stays as it is. */
function anonymiseStoredEntry(entry: AuditEntry, displayName: string): AuditEntry {
  if (entry.seq === undefined || entry.prevHash === undefined || entry.hash === undefined) return entry
  return anonymiseAuditEntry(entry as ChainedEntry & AuditEntry, displayName)
}

/** The tables an anonymisation writes or reads besides the audit trail and the settings (always part of a write). */
const anonymiseTables = (db: DataContext['db']) => [db.clients, db.deregistrations, db.subscriptionPeriods, db.drafts]

const retentionMonthsNow = (row: Parameters<typeof toSettings>[0]): number => toSettings(row).retentionMonths

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
  async function validate(draft: Record<string, unknown> & { partnerId?: unknown; clientNumber?: unknown; registrationPlanId?: unknown }, partner: Partner | undefined, id: string): Promise<Client> {
    const parsed = clientSchema.safeParse(draft)
    const issues: DataFieldIssue[] = parsed.success ? [] : ValidationError.fromZod(parsed.error).issues.slice()
    if (!partner) issues.push({ path: ['partnerId'], message: 'validation.partnerRequired' })
    else if (parsed.success) issues.push(...ecdModeIssues(parsed.data, partner.ecdMode))
    const clientNumber = typeof draft.clientNumber === 'string' ? draft.clientNumber.trim() : ''
    if (partner && clientNumber) {
      const clash = await db.clients.where('[partnerId+clientNumber]').equals([partner.id, clientNumber]).first()
      if (clash && clash.id !== id) issues.push({ path: ['clientNumber'], message: `Cliëntnummer ${clientNumber} bestaat al bij ${partner.name}` })
    }
    const planId = typeof draft.registrationPlanId === 'string' ? draft.registrationPlanId : ''
    if (planId && !(await db.plans.get(planId))) issues.push({ path: ['registrationPlanId'], message: 'validation.planRequired' })
    if (issues.length > 0 || !parsed.success) throw new ValidationError(issues)
    return parsed.data
  }

  async function partnerOf(partnerId: unknown): Promise<Partner | undefined> {
    return typeof partnerId === 'string' && partnerId !== '' ? db.partners.get(partnerId) : undefined
  }

  /**
   * Inside a write transaction: anonymises one client and the personal values in its audit entries, and
   * records its own entry. Throws a RuleError when the client is not (yet) due; the caller's transaction
   * then rolls back everything.
   */
  async function anonymiseOne(id: string, today: CalendarDate, retentionMonths: number, audit: AuditWriter): Promise<Client> {
    const row = await db.clients.get(id)
    if (!row) throw new NotFoundError('clientNotFound')
    const before = fromClientRow(row)
    if (before.anonymisedDate !== null) throw new RuleError('al-geanonimiseerd')
    const deregisteredOn = effectiveDeregistration(await db.deregistrations.where('clientId').equals(id).toArray())
    if (before.status !== 'afgemeld' || deregisteredOn === undefined) throw new RuleError('anonimiseren-niet-afgemeld')
    const allowedFrom = anonymisationAllowedFrom(deregisteredOn, retentionMonths)
    if (today < allowedFrom) throw new RuleError('bewaartermijn', { date: formatDate(allowedFrom) })
    const client = anonymiseClient(before, today)
    await db.clients.put(toClientRow(client, row.currentPlanId))
    // An unsaved form of this client may hold the personal values that go now.
    await db.drafts.where('recordId').equals(id).delete()
    // The trail keeps who did what and when; the personal values in it go too (AVG), their digests keep the chain.
    const name = clientDisplayName(before)
    // Its periods' entries too: entries from before events named the client in their recorded sentence.
    const periodIds = await db.subscriptionPeriods.where('clientId').equals(id).primaryKeys()
    const records = [['client', id], ...periodIds.map((periodId) => ['subscriptionPeriod', periodId])]
    await db.auditEntries
      .where('[entity+recordId]')
      .anyOf(records)
      .modify((entry: AuditEntry, ref: { value: AuditEntry }) => {
        ref.value = anonymiseStoredEntry(entry, name)
      })
    const cleared = fieldChanges(before, client).map((c) => ({ ...c, before: PERSONAL_CLIENT_FIELDS.has(c.field.split('.')[0] ?? '') ? ANONYMISED_VALUE : c.before }))
    await audit({ entity: 'client', recordId: id, action: 'anonymise', changes: cleared, event: 'clientAnonymised', params: { clientNumber: client.clientNumber } })
    return client
  }

  return {
    get: (id) => readTransaction(ctx, [db.clients], async () => {
      const row = await db.clients.get(id)
      return row ? fromClientRow(row) : undefined
    }),

    getByNumber: (partnerId, clientNumber) => readTransaction(ctx, [db.clients], async () => {
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
        const { rows, hasMore, end } = await clientRowsSlice(db, query, { offset: Math.max(0, Math.floor(query.offset)), limit, anchor: query.anchor, total: query.total })
        return { items: rows.map(toItem), hasMore, end }
      })
    },

    count: (query = {}) => cachedClientCount(db, query, () => readTransaction(ctx, [db.clients], () => countClientRows(db, query))),

    knownCount: (query = {}) => knownClientCount(db, query),

    listByPartner: (partnerId) => readTransaction(ctx, [db.clients], async () => {
      const rows = await db.clients.where('[partnerId+sortName]').between([partnerId, Dexie.minKey], [partnerId, Dexie.maxKey]).toArray()
      return rows.map(toItem)
    }),

    getMany: (ids) => readTransaction(ctx, [db.clients], async () => {
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
        await audit({ entity: 'client', recordId: client.id, action: 'create', changes: fieldChanges(undefined, client), event: 'clientRegistered', params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client), partner: partner?.name ?? '' } })
        return client
      })
    },

    async update(input) {
      return writeTransaction(ctx, [db.clients, db.partners, db.plans], async (audit) => {
        const row = await db.clients.get(input.id)
        if (!row) throw new NotFoundError('clientNotFound')
        const before = fromClientRow(row)
        if (before.anonymisedDate !== null) throw new RuleError('geanonimiseerd-ongewijzigd')
        const draft = { ...input, partnerId: before.partnerId, status: before.status, activationDate: before.activationDate, anonymisedDate: before.anonymisedDate }
        const client = await validate(draft, await partnerOf(before.partnerId), before.id)
        const changes = fieldChanges(before, client)
        if (changes.length === 0) return before
        const currentPlanId = client.status === 'aangemeld' ? client.registrationPlanId : row.currentPlanId
        await db.clients.put(toClientRow(client, currentPlanId))
        await audit({ entity: 'client', recordId: client.id, action: 'update', changes, event: 'clientUpdated', params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) } })
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
        await audit({ entity: 'client', recordId: id, action: 'delete', changes: fieldChanges(before, undefined), event: 'clientDeleted', params: { clientNumber: before.clientNumber, clientName: clientDisplayName(before) } })
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
        await audit({ entity: 'client', recordId: id, action: 'update', changes: fieldChanges(before, client), event: 'clientActivated', params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) } })
        await audit({ entity: 'subscriptionPeriod', recordId: period.id, action: 'create', changes: fieldChanges(undefined, period), event: 'subscriptionStarted', params: { clientNumber: client.clientNumber } })
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
        await audit({ entity: 'client', recordId: id, action: 'update', changes: fieldChanges(before, client), event: 'clientReregistered', params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) } })
        return client
      })
    },

    anonymise: (id, today) =>
      writeTransaction(ctx, anonymiseTables(db), async (audit) => anonymiseOne(id, today, retentionMonthsNow(await db.settings.get(SETTINGS_KEY)), audit)),

    anonymiseMany: (ids, today) =>
      writeTransaction(ctx, anonymiseTables(db), async (audit) => {
        const months = retentionMonthsNow(await db.settings.get(SETTINGS_KEY))
        const clients: Client[] = []
        // One after the other in the same transaction: a refusal of any client rolls back the ones before it.
        for (const id of new Set(ids)) clients.push(await anonymiseOne(id, today, months, audit))
        await audit({ entity: 'database', recordId: 'retention', action: 'anonymise', event: 'retentionBatchAnonymised', params: { clients: clients.length, invoices: 0 } })
        return clients
      }),

    dueForAnonymisation: (today) =>
      readTransaction(ctx, [db.clients, db.deregistrations, db.settings], async () => {
        const months = retentionMonthsNow(await db.settings.get(SETTINGS_KEY))
        const rows = await db.clients.where('status').equals('afgemeld').filter((row) => row.anonymisedDate === null).toArray()
        const deregistrations = await db.deregistrations.where('clientId').anyOf(rows.map((row) => row.id)).toArray()
        const byClient = new Map<string, Deregistration[]>()
        for (const d of deregistrations) byClient.set(d.clientId, [...(byClient.get(d.clientId) ?? []), d])
        const byId = new Map(rows.map((row) => [row.id, row]))
        return clientsDueForAnonymisation(rows, (clientId) => byClient.get(clientId) ?? [], months, today).flatMap((due) => {
          const row = byId.get(due.clientId)
          return row ? [{ ...due, clientNumber: row.clientNumber, partnerId: row.partnerId }] : []
        })
      }),
  }
}
