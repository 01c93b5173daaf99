import type { AuditEntry, Client, Partner, Plan, SubscriptionPeriod } from '@shared/model'
import type { Repositories } from '../data'
import type { AuditMark } from '../data/repositories/overview'

/**
 * The tables the start page, the dashboard, the quarterly check and the invoicing job each read whole. At
 * 100,000 clients reading them is most of such a job, so the worker keeps them between jobs while they stay
 * the same. Frozen: jobs share them, and a job that sorted one in place would change the next job's input.
 */
export interface WholeTables {
  readonly partners: readonly Partner[]
  readonly plans: readonly Plan[]
  readonly clients: readonly Client[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
}

/**
 * Writes that leave these tables as they were, by their audit entries: usage, invoices and clerks are stored
 * in tables of their own (checked in test/unit/renderer/workers/wholeTables.test.ts), and exports and prints
 * change nothing. Anything else — a client, a partner, a plan, a lifecycle step, a restore, a cleared
 * database, an import of clients — makes the next job read the tables again.
 */
const SPARED_ENTITIES: ReadonlySet<AuditEntry['entity']> = new Set(['usage', 'invoice', 'clerk'])
const SPARED_ACTIONS: ReadonlySet<AuditEntry['action']> = new Set(['export', 'print'])

export function leavesWholeTables(entry: Pick<AuditEntry, 'entity' | 'action'>): boolean {
  return SPARED_ENTITIES.has(entry.entity) || SPARED_ACTIONS.has(entry.action)
}

let kept: { mark: AuditMark; tables: Promise<WholeTables> } | null = null

async function readWholeTables(repos: Repositories): Promise<WholeTables> {
  const [partners, plans, clients, subscriptionPeriods] = await Promise.all([
    repos.partners.list(),
    repos.plans.list(),
    repos.overview.allClients(),
    repos.subscriptionPeriods.listAll(),
  ])
  return {
    partners: Object.freeze(partners),
    plans: Object.freeze(plans),
    clients: Object.freeze(clients),
    subscriptionPeriods: Object.freeze(subscriptionPeriods),
  }
}

/**
 * The whole tables as they stand now: the ones this worker read before when the audit trail says nothing
 * changed them since, else read afresh. The mark is read before the tables, so tables read while a write
 * lands are at least as new as their mark and the next call looks at that write again.
 */
export async function wholeTables(repos: Repositories): Promise<WholeTables> {
  const mark = await repos.overview.auditMark()
  const before = kept
  if (before !== null && (sameMark(before.mark, mark) || (await repos.overview.onlyChangedSince(before.mark, leavesWholeTables)))) {
    if (kept === before) kept = { mark, tables: before.tables }
    return before.tables
  }
  const tables = readWholeTables(repos)
  kept = { mark, tables }
  // A failed read is not kept: the next job tries again.
  tables.catch(() => {
    if (kept?.tables === tables) kept = null
  })
  return tables
}

/** Forgets the kept tables (tests; a worker that must read afresh). */
export function forgetWholeTables(): void {
  kept = null
}

function sameMark(a: AuditMark, b: AuditMark): boolean {
  return a.id === b.id && a.hash === b.hash
}
