import {
  computeSignalLists,
  lastCompleteQuarter,
  periodNameOf,
  periodNamesBetween,
  periodsOfQuarter,
  previousPeriodName,
  shiftPeriodName,
  usageAgainstBundles,
  type ActiveClientFigures,
  type AnySignalList,
  type ClientFlow,
  type ComputedOverviewFigures,
  type ComputedSignalLists,
  type FiguresData,
  overviewFigures,
  periodsWithAnyUsage,
  type SignalData,
  updateOverviewFigures,
  type UsageAgainstBundle,
  updateSignalLists,
} from '@shared/domain'
import type { AuditEntry, CalendarDate, ChangeRequest, Deregistration, PeriodName, Usage } from '@shared/model'
import { repositories, type AuditChange, type Repositories } from '../data'
import { changeRequestOrder } from '../data/repositories/changeRequests'
import { deregistrationOrder } from '../data/repositories/deregistrations'
import { usageByPeriodOrder } from '../data/repositories/usage'
import { changedClients } from './changedClients'
import { replaceClientRecords, touchedClients } from './clientPatch'
import { keptRead } from './keptRead'
import type { ReportProgress } from './messages'
import { stageTimes } from './stageTimes'
import { wholeTables } from './wholeTables'

/** The start page's figures: every signal list (empty ones included) and the dashboard's counts. */
export interface WorkOverview {
  readonly today: CalendarDate
  readonly lists: AnySignalList[]
  readonly active: ActiveClientFigures
  /** The last 12 billing periods up to and including the running one. */
  readonly flow: ClientFlow[]
}

/** Billing periods shown in the dashboard's flow figures and usage chart. */
export const DASHBOARD_PERIODS = 12

/**
 * The usage periods the signal lists read: the last complete quarter (structural deviations) and the two
 * complete periods before today's (clients without contact). Reading only these keeps 24 months of usage
 * at 100,000 clients out of memory.
 */
export function signalUsagePeriods(today: CalendarDate, startDay: number): PeriodName[] {
  const later = previousPeriodName(periodNameOf(today, startDay))
  return [...new Set<PeriodName>([...periodsOfQuarter(lastCompleteQuarter(today, startDay)), previousPeriodName(later), later])]
}

/** What the lists read besides the whole tables: the lifecycle's records and the usage of their periods. */
export interface ListRecords {
  readonly periods: readonly PeriodName[]
  readonly changeRequests: readonly ChangeRequest[]
  readonly deregistrations: readonly Deregistration[]
  readonly usage: readonly Usage[]
}

/**
 * Kept in the worker like the whole tables (`keptRead.ts`), spared by fewer writes: only invoices, clerks,
 * exports and prints leave all three as they were. A clerk's work on a few clients is applied client by
 * client (`refreshListRecords`); a usage import reads them again.
 */
export function leavesListRecords(entry: Pick<AuditEntry, 'entity' | 'action'>): boolean {
  return entry.entity === 'invoice' || entry.entity === 'clerk' || entry.action === 'export' || entry.action === 'print'
}

/** The kept records with those of the clients the changes touched read again; null to read them whole. */
export async function refreshListRecords(repos: Repositories, kept: ListRecords, changes: readonly AuditChange[]): Promise<ListRecords | null> {
  const clientIds = await touchedClients(repos, changes)
  if (clientIds === null) return null
  const fresh = await repos.clientRecords.read([...clientIds], kept.periods)
  const ofClient = (record: { readonly clientId: string }) => record.clientId
  return {
    periods: kept.periods,
    changeRequests: replaceClientRecords(kept.changeRequests, fresh.changeRequests, ofClient, clientIds, changeRequestOrder),
    deregistrations: replaceClientRecords(kept.deregistrations, fresh.deregistrations, ofClient, clientIds, deregistrationOrder),
    usage: replaceClientRecords(kept.usage, fresh.usage, ofClient, clientIds, usageByPeriodOrder),
  }
}

const listRecords = keptRead<ListRecords>(leavesListRecords, refreshListRecords)

/** The lists' records read whole: what a refresh must come out as. */
export async function readListRecords(repos: Repositories, periods: readonly PeriodName[]): Promise<ListRecords> {
  const [changeRequests, deregistrations, usage] = await Promise.all([
    repos.changeRequests.list(),
    repos.deregistrations.list(),
    repos.usage.listByPeriods(periods),
  ])
  return { periods, changeRequests: Object.freeze(changeRequests), deregistrations: Object.freeze(deregistrations), usage: Object.freeze(usage) }
}

/** The worker's last lists and figures with what they were computed from: the next are brought up to date from them. */
let last: { readonly lists: ComputedSignalLists; readonly figures: ComputedOverviewFigures } | null = null

/** More clients changed than this, and all is computed whole: bringing it up to date is for a clerk's work. */
const UPDATE_LIMIT = 500

export async function computeWorkOverview(input: { readonly today: CalendarDate }, progress: ReportProgress): Promise<WorkOverview> {
  const { today } = input
  const repos = repositories()
  const stageEnded = stageTimes('overview')
  progress({ stage: 'read', done: 0, total: 2 })
  const settings = await repos.settings.get()
  const startDay = settings.billingPeriodStartDay
  const periods = signalUsagePeriods(today, startDay)
  const [{ partners, plans, clients, subscriptionPeriods }, { changeRequests, deregistrations, usage }] = await Promise.all([
    wholeTables(repos),
    listRecords.get(repos, periods.join(','), () => readListRecords(repos, periods)),
  ])
  stageEnded('read')
  progress({ stage: 'compute', done: 1, total: 2 })
  // After a clerk's work on a few clients the kept tables differ from the last computation's in those clients'
  // records only: just their rows and their part of the figures are computed again. After a sign-in, with
  // nothing changed, nothing is. Anything larger computes all.
  const previous = last
  // Which periods have usage at all, worked out once per usage read: the next update compares with it.
  const periodsWithUsage = previous?.lists.data.usage === usage ? previous.lists.data.periodsWithUsage : periodsWithAnyUsage(usage)
  const listData: SignalData = { today, settings, partners, plans, clients, subscriptionPeriods, changeRequests, deregistrations, usage, periodsWithUsage }
  const changed = previous === null ? null : changedClients(previous.lists.data, listData, UPDATE_LIMIT)
  const lists = previous === null || changed === null ? computeSignalLists(listData) : updateSignalLists(previous.lists, listData, changed)
  stageEnded('lists')
  const current = periodNameOf(today, startDay)
  const flowPeriods = periodNamesBetween(shiftPeriodName(current, 1 - DASHBOARD_PERIODS), current)
  const figureData: FiguresData = { today, startDay, periods: flowPeriods, plans, clients, subscriptionPeriods, deregistrations }
  const figures = previous === null || changed === null ? overviewFigures(figureData) : updateOverviewFigures(previous.figures, figureData, changed)
  last = { lists: { data: listData, lists }, figures: { data: figureData, figures } }
  stageEnded('figures')
  progress({ stage: 'compute', done: 2, total: 2 })
  return { today, lists, active: figures.active, flow: figures.flow }
}

/** Who last handled each client (the start page's clerk filter); read only when that filter is used. */
export async function computeSignalHandlers(_input: Record<string, never>, progress: ReportProgress): Promise<Map<string, string>> {
  progress({ stage: 'read', done: 0, total: 1 })
  return repositories().overview.lastClientClerks()
}

/** Usage against the bundles for the last complete billing periods (the running one has no usage yet). */
export async function computeUsageChart(input: { readonly today: CalendarDate }, progress: ReportProgress): Promise<UsageAgainstBundle[]> {
  const repos = repositories()
  progress({ stage: 'read', done: 0, total: 1 })
  const settings = await repos.settings.get()
  const last = previousPeriodName(periodNameOf(input.today, settings.billingPeriodStartDay))
  const periods = periodNamesBetween(shiftPeriodName(last, 1 - DASHBOARD_PERIODS), last)
  const [{ plans, subscriptionPeriods }, sums] = await Promise.all([wholeTables(repos), repos.overview.usageSums(periods)])
  progress({ stage: 'compute', done: 0, total: 1 })
  return usageAgainstBundles(periods, plans, subscriptionPeriods, sums, settings.billingPeriodStartDay)
}
