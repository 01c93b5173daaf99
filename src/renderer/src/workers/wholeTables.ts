import { byFrom } from '@shared/domain'
import type { AuditEntry, Client, Partner, Plan, SubscriptionPeriod } from '@shared/model'
import type { AuditChange, Repositories } from '../data'
import { byKey, replaceClientRecords, touchedClients } from './clientPatch'
import { keptRead } from './keptRead'

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
 * change nothing. A clerk's work on a few clients (their details, a lifecycle step) is applied to the kept
 * tables client by client (`refreshWholeTables`). Anything else — a partner, a plan, a restore, a cleared
 * database, an import of clients — makes the next job read the tables again.
 */
const SPARED_ENTITIES: ReadonlySet<AuditEntry['entity']> = new Set(['usage', 'invoice', 'clerk'])
const SPARED_ACTIONS: ReadonlySet<AuditEntry['action']> = new Set(['export', 'print'])

export function leavesWholeTables(entry: Pick<AuditEntry, 'entity' | 'action'>): boolean {
  return SPARED_ENTITIES.has(entry.entity) || SPARED_ACTIONS.has(entry.action)
}

/** The kept tables with the records of the clients the changes touched read again; null to read them whole. */
export async function refreshWholeTables(repos: Repositories, kept: WholeTables, changes: readonly AuditChange[]): Promise<WholeTables | null> {
  const clientIds = await touchedClients(repos, changes)
  if (clientIds === null) return null
  const fresh = await repos.clientRecords.read([...clientIds], [])
  return {
    partners: kept.partners,
    plans: kept.plans,
    clients: replaceClientRecords(
      kept.clients,
      fresh.clients,
      (c) => c.id,
      clientIds,
      (a, b) => byKey(a.id, b.id),
    ),
    subscriptionPeriods: replaceClientRecords(kept.subscriptionPeriods, fresh.subscriptionPeriods, (p) => p.clientId, clientIds, byFrom),
  }
}

const kept = keptRead<WholeTables>(leavesWholeTables, refreshWholeTables)

/** The tables read whole: what a refresh must come out as. */
export async function readWholeTables(repos: Repositories): Promise<WholeTables> {
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

/** The whole tables as they stand now: the ones this worker read before when nothing changed them since. */
export function wholeTables(repos: Repositories): Promise<WholeTables> {
  return kept.get(repos, '', () => readWholeTables(repos))
}
