import type { AuditEvent } from '@shared/audit/events'
import {
  approveChangeRequest,
  createChangeRequest,
  processChangeRequest,
  rejectChangeRequest,
  withdrawChangeRequest,
} from '@shared/domain/lifecycle/changeRequest'
import { changeRequestSchema, type CalendarDate, type ChangeRequest, type ChangeRequestStatus, type Initiator } from '@shared/model'
import type { DataContext } from '../context'
import { SETTINGS_KEY } from '../db'
import { NotFoundError, RuleError, ValidationError, type DataFieldIssue } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { parseRecord } from '../parse'
import { readTransaction, writeTransaction, type AuditWriter } from '../transaction'
import { toSettings } from './settings'
import { PERIOD_EVENTS, applyPeriodChanges } from './subscriptionPeriods'

export interface NewChangeRequestInput {
  readonly clientId: string
  /** Defaults to the client's current plan. */
  readonly fromPlanId?: string
  readonly toPlanId: string
  readonly initiatedBy: Initiator
  readonly reason: string
  readonly requestDate: CalendarDate
}

export interface ChangeRequestQuery {
  readonly status?: ChangeRequestStatus | readonly ChangeRequestStatus[]
  readonly clientId?: string
}

export interface ChangeRequestsRepository {
  get(id: string): Promise<ChangeRequest | undefined>
  /** Newest request first. */
  list(query?: ChangeRequestQuery): Promise<ChangeRequest[]>
  /** A new request is `open`, approved by the party that asks (src/shared/domain/lifecycle/changeRequest.ts). */
  create(input: NewChangeRequestInput): Promise<ChangeRequest>
  approve(id: string, party: Initiator, date: CalendarDate): Promise<ChangeRequest>
  reject(id: string, date: CalendarDate): Promise<ChangeRequest>
  withdraw(id: string, date: CalendarDate): Promise<ChangeRequest>
  /** Spec rule 4: closes the running period and opens the new plan on `effectiveDate`, in one transaction. */
  process(id: string, effectiveDate: CalendarDate, processedDate: CalendarDate): Promise<ChangeRequest>
}

const STILL_RUNNING: readonly ChangeRequestStatus[] = ['open', 'akkoord']

/** The order `list` returns: newest request date first, then by id. */
export function changeRequestOrder(a: ChangeRequest, b: ChangeRequest): number {
  return b.requestDate.localeCompare(a.requestDate) || a.id.localeCompare(b.id)
}

export function createChangeRequestsRepository(ctx: DataContext): ChangeRequestsRepository {
  const { db } = ctx

  async function load(id: string): Promise<ChangeRequest> {
    const cr = await db.changeRequests.get(id)
    if (!cr) throw new NotFoundError('changeRequestNotFound')
    return cr
  }

  async function save(before: ChangeRequest, after: ChangeRequest, audit: AuditWriter, event: AuditEvent): Promise<ChangeRequest> {
    const record = parseRecord(changeRequestSchema, after)
    await db.changeRequests.put(record)
    await audit({ entity: 'changeRequest', recordId: record.id, action: 'update', changes: fieldChanges(before, record), event, params: {} })
    return record
  }

  function transition(id: string, change: (cr: ChangeRequest) => ChangeRequest, event: AuditEvent) {
    return writeTransaction(ctx, [db.changeRequests], async (audit) => {
      const before = await load(id)
      return save(before, change(before), audit, event)
    })
  }

  return {
    get: (id) => readTransaction(ctx, [db.changeRequests], () => db.changeRequests.get(id)),

    list: (query = {}) =>
      readTransaction(ctx, [db.changeRequests], async () => {
        const statuses = query.status === undefined ? null : typeof query.status === 'string' ? [query.status] : [...query.status]
        const rows = query.clientId
          ? await db.changeRequests.where('clientId').equals(query.clientId).toArray()
          : statuses
            ? await db.changeRequests.where('status').anyOf(statuses).toArray()
            : await db.changeRequests.toArray()
        return rows.filter((cr) => !statuses || statuses.includes(cr.status)).sort(changeRequestOrder)
      }),

    create: (input) =>
      writeTransaction(ctx, [db.changeRequests, db.clients, db.plans], async (audit) => {
        const client = await db.clients.get(input.clientId)
        const issues: DataFieldIssue[] = []
        if (!client) issues.push({ path: ['clientId'], message: 'validation.clientRequired' })
        else if (client.status !== 'actief') issues.push({ path: ['clientId'], message: 'validation.clientNotActive' })
        const toPlan = await db.plans.get(input.toPlanId)
        if (!toPlan) issues.push({ path: ['toPlanId'], message: 'validation.planRequired' })
        else if (!toPlan.active) issues.push({ path: ['toPlanId'], message: 'validation.planInactive', params: { name: toPlan.name } })
        if (issues.length > 0 || !client) throw new ValidationError(issues)
        const running = await db.changeRequests
          .where('clientId')
          .equals(client.id)
          .filter((cr) => STILL_RUNNING.includes(cr.status))
          .first()
        if (running) throw new RuleError('wijziging-loopt')
        const draft = createChangeRequest({ ...input, id: ctx.newId(), fromPlanId: input.fromPlanId ?? client.currentPlanId })
        const record = parseRecord(changeRequestSchema, draft)
        await db.changeRequests.add(record)
        await audit({
          entity: 'changeRequest',
          recordId: record.id,
          action: 'create',
          changes: fieldChanges(undefined, record),
          event: 'changeRequestCreated',
          params: { clientNumber: client.clientNumber, plan: toPlan?.name ?? '' },
        })
        return record
      }),

    approve: (id, party, date) =>
      transition(id, (cr) => approveChangeRequest(cr, party, date), party === 'partner' ? 'changeRequestApprovedByPartner' : 'changeRequestApprovedByOperator'),
    reject: (id, date) => transition(id, (cr) => rejectChangeRequest(cr, date), 'changeRequestRejected'),
    withdraw: (id, date) => transition(id, (cr) => withdrawChangeRequest(cr, date), 'changeRequestWithdrawn'),

    process: (id, effectiveDate, processedDate) =>
      writeTransaction(ctx, [db.changeRequests, db.subscriptionPeriods, db.clients], async (audit) => {
        const before = await load(id)
        const settings = toSettings(await db.settings.get(SETTINGS_KEY))
        const periods = await db.subscriptionPeriods.where('clientId').equals(before.clientId).toArray()
        const result = processChangeRequest({
          changeRequest: before,
          periods,
          effectiveDate,
          processedDate,
          newPeriodId: ctx.newId(),
          startDay: settings.billingPeriodStartDay,
        })
        await applyPeriodChanges(db, audit, before.clientId, result.changes, PERIOD_EVENTS.changeRequest)
        return save(before, result.changeRequest, audit, 'changeRequestProcessed')
      }),
  }
}
