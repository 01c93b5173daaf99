import {
  computeSignalLists,
  lastCompleteQuarter,
  periodNameOf,
  periodNamesBetween,
  periodsOfQuarter,
  previousPeriodName,
  shiftPeriodName,
  usageAgainstBundles,
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
import { keepResult, keptAt, keptResult } from './keptResults'
import { usageChartSchema, workOverviewSchema } from './keptResultSchemas'
import type { WorkOverview } from './workOverview'
import type { ReportProgress } from './messages'
import { stageTimes } from './stageTimes'
import { leavesWholeTables, wholeTables } from './wholeTables'

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

/**
 * Writes after which a kept start page or usage chart still stands (workers/keptResults.ts): those that leave
 * both the whole tables and the lists' records as they were (invoices, clerks, exports and prints). A
 * sign-in is one of them.
 */
export function leavesKeptResults(entry: Pick<AuditEntry, 'entity' | 'action'>): boolean {
  return leavesWholeTables(entry) && leavesListRecords(entry)
}

/**
 * Writes after which a kept usage chart still stands: besides those above, a clerk's work on clients, their
 * change requests and deregistrations. The chart reads only plans, subscription periods, usage and settings,
 * and every write of a period has an entry of its own (`subscriptionPeriod`), which is not spared.
 */
const CHART_SPARED_ENTITIES: ReadonlySet<AuditEntry['entity']> = new Set(['client', 'changeRequest', 'deregistration'])
const CHART_SPARED_ACTIONS: ReadonlySet<AuditEntry['action']> = new Set(['create', 'update', 'delete', 'anonymise'])

export function leavesUsageChart(entry: Pick<AuditEntry, 'entity' | 'action'>): boolean {
  return leavesKeptResults(entry) || (CHART_SPARED_ENTITIES.has(entry.entity) && CHART_SPARED_ACTIONS.has(entry.action))
}

/** The worker's last lists and figures with what they were computed from: the next are brought up to date from them. */
let last: { readonly lists: ComputedSignalLists; readonly figures: ComputedOverviewFigures } | null = null

/** More clients changed than this, and all is computed whole: bringing it up to date is for a clerk's work. */
const UPDATE_LIMIT = 500

/**
 * How long after showing a kept start page the worker starts computing it itself (reading the tables): by
 * then the window's other first reads (the dashboard's chart, the client list) are done. Its result makes the
 * next opening after a clerk's write an update of a few clients instead of a whole computation.
 */
export const WARM_UP_AFTER_MS = 3000

/** The whole computation started after a kept start page was shown; a job that needs it starts it at once. */
let warmUp: { readonly done: Promise<void>; now(): void } | null = null

function scheduleWarmUp(today: CalendarDate, afterMs: number): void {
  let start: () => void = () => undefined
  const started = new Promise<void>((resolve) => (start = resolve))
  const timer = setTimeout(start, afterMs)
  // A failed warm-up leaves nothing behind: the next opening computes whole, as it would have anyway.
  const done = started
    .then(() => computeFresh(today, () => undefined))
    .then(
      () => undefined,
      () => undefined,
    )
  const current = {
    done,
    now: () => {
      clearTimeout(timer)
      start()
    },
  }
  warmUp = current
  void done.then(() => {
    if (warmUp === current) warmUp = null
  })
}

/** Forgets the last lists and figures and any warm-up, as a new window's worker starts (tests). */
export function forgetOverview(): void {
  last = null
  warmUp = null
}

/**
 * The start page's lists and figures. A new window shows the last ones kept in the database when nothing they
 * depend on was written since (then computes them itself a little later, see `WARM_UP_AFTER_MS`); otherwise
 * they are computed, from the last ones where this worker has them.
 */
export async function computeWorkOverview(
  input: { readonly today: CalendarDate; readonly warmUpAfterMs?: number },
  progress: ReportProgress,
): Promise<WorkOverview> {
  const { today } = input
  if (last === null) {
    const repos = repositories()
    progress({ stage: 'read', done: 0, total: 2 })
    // Also while a warm-up runs: a sign-in since leaves the kept result standing, and it need not wait.
    const kept = await keptResult(repos, 'overview', today, workOverviewSchema, leavesKeptResults)
    if (kept !== null) {
      if (warmUp === null) scheduleWarmUp(today, input.warmUpAfterMs ?? WARM_UP_AFTER_MS)
      return kept
    }
  }
  const pending = warmUp
  if (pending !== null) {
    pending.now()
    await pending.done
  }
  return computeFresh(today, progress)
}

async function computeFresh(today: CalendarDate, progress: ReportProgress): Promise<WorkOverview> {
  const repos = repositories()
  const stageEnded = stageTimes('overview')
  progress({ stage: 'read', done: 0, total: 2 })
  // Read before the tables: a write meanwhile makes the kept result be looked at again, never the other way round.
  const at = await keptAt(repos, today)
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
  const overview: WorkOverview = { today, lists, active: figures.active, flow: figures.flow }
  // Kept for the next window, written once the worker is idle; unchanged lists need no new copy.
  const unchanged = previous !== null && changed !== null && changed.size === 0 && previous.lists.data.today === today
  if (!unchanged) keepResult(repos, 'overview', at, overview)
  return overview
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
  const kept = await keptResult(repos, 'usage-chart', input.today, usageChartSchema, leavesUsageChart)
  if (kept !== null) return kept
  const at = await keptAt(repos, input.today)
  const settings = await repos.settings.get()
  const last = previousPeriodName(periodNameOf(input.today, settings.billingPeriodStartDay))
  const periods = periodNamesBetween(shiftPeriodName(last, 1 - DASHBOARD_PERIODS), last)
  const [{ plans, subscriptionPeriods }, sums] = await Promise.all([wholeTables(repos), repos.overview.usageSums(periods)])
  progress({ stage: 'compute', done: 0, total: 1 })
  const chart = usageAgainstBundles(periods, plans, subscriptionPeriods, sums, settings.billingPeriodStartDay)
  keepResult(repos, 'usage-chart', at, chart)
  return chart
}
