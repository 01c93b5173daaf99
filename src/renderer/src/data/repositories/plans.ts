import { planSchema, type Plan } from '@shared/model'
import type { DataContext } from '../context'
import { ConflictError, NotFoundError } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { parseRecord } from '../parse'
import { rejectField } from '../rules'
import { readTransaction, writeTransaction } from '../transaction'

export type PlanInput = Omit<Plan, 'id'>

export interface PlansRepository {
  /** All plans, small → large (sort order, then code). */
  list(): Promise<Plan[]>
  get(id: string): Promise<Plan | undefined>
  create(input: PlanInput): Promise<Plan>
  update(plan: Plan): Promise<Plan>
  /** Refused while a client, subscription period or change request uses the plan; set `active: false` instead. */
  remove(id: string): Promise<void>
}

export function sortPlans(plans: Plan[]): Plan[] {
  return plans.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
}

export function createPlansRepository(ctx: DataContext): PlansRepository {
  const { db } = ctx

  async function assertCodeFree(plan: Plan): Promise<void> {
    const clash = await db.plans.where('code').equals(plan.code).first()
    if (clash && clash.id !== plan.id) rejectField(['code'], 'validation.planCodeTaken', { code: plan.code, name: clash.name })
  }

  return {
    list: () => readTransaction(ctx, [db.plans], async () => sortPlans(await db.plans.toArray())),

    get: (id) => readTransaction(ctx, [db.plans], () => db.plans.get(id)),

    async create(input) {
      const plan = parseRecord(planSchema, { ...input, id: ctx.newId() })
      return writeTransaction(ctx, [db.plans], async (audit) => {
        await assertCodeFree(plan)
        await db.plans.add(plan)
        await audit({
          entity: 'plan',
          recordId: plan.id,
          action: 'create',
          changes: fieldChanges(undefined, plan),
          event: 'planCreated',
          params: { name: plan.name },
        })
        return plan
      })
    },

    async update(input) {
      const plan = parseRecord(planSchema, input)
      return writeTransaction(ctx, [db.plans], async (audit) => {
        const before = await db.plans.get(plan.id)
        if (!before) throw new NotFoundError('planNotFound')
        await assertCodeFree(plan)
        const changes = fieldChanges(before, plan)
        if (changes.length === 0) return before
        await db.plans.put(plan)
        await audit({ entity: 'plan', recordId: plan.id, action: 'update', changes, event: 'planUpdated', params: { name: plan.name } })
        return plan
      })
    },

    async remove(id) {
      await writeTransaction(ctx, [db.plans, db.clients, db.subscriptionPeriods, db.changeRequests], async (audit) => {
        const before = await db.plans.get(id)
        if (!before) throw new NotFoundError('planNotFound')
        const inUse =
          (await db.clients.where('registrationPlanId').equals(id).count()) +
          (await db.subscriptionPeriods.where('planId').equals(id).count()) +
          (await db.changeRequests.where('toPlanId').equals(id).count()) +
          (await db.changeRequests.where('fromPlanId').equals(id).count())
        if (inUse > 0) throw new ConflictError('planInUse', { name: before.name })
        await db.plans.delete(id)
        await audit({
          entity: 'plan',
          recordId: id,
          action: 'delete',
          changes: fieldChanges(before, undefined),
          event: 'planDeleted',
          params: { name: before.name },
        })
      })
    },
  }
}
