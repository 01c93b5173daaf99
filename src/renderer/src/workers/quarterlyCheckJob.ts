import { periodsOfQuarter, quarterlyCheck, quarterStatus, type QuarterlyCheckRow } from '@shared/domain'
import type { CalendarDate, ChangeRequestStatus, PeriodName, QuarterName } from '@shared/model'
import { repositories } from '../data'
import { wholeTables } from './wholeTables'
import type { ReportProgress } from './messages'

/** A check row with what the screen needs to offer a change request for it. */
export interface CheckRowState {
  readonly row: QuarterlyCheckRow
  /** Only an active client's subscription can be changed (change request repository). */
  readonly clientActive: boolean
  /** A change request still running for the client (`open` or `akkoord`): a second one is refused. */
  readonly runningChange: { readonly id: string; readonly toPlanId: string; readonly status: ChangeRequestStatus } | null
}

export interface QuarterlyCheckResult {
  readonly quarter: QuarterName
  readonly periods: [PeriodName, PeriodName, PeriodName]
  readonly tolerancePercent: number
  /** VOORLOPIG: the last period has not ended, or a period has no usage imported. */
  readonly provisional: boolean
  readonly rows: CheckRowState[]
}

/** Spec rule 9 for every client billed in `quarter`, computed by the domain's `quarterlyCheck`. */
export async function computeQuarterlyCheck(
  input: { readonly quarter: QuarterName; readonly today: CalendarDate },
  progress: ReportProgress,
): Promise<QuarterlyCheckResult> {
  const repos = repositories()
  const periods = periodsOfQuarter(input.quarter)
  progress({ stage: 'read', done: 0, total: 1 })
  const settings = await repos.settings.get()
  const [{ partners, plans, clients, subscriptionPeriods }, usage, running] = await Promise.all([
    wholeTables(repos),
    repos.usage.listByPeriods(periods),
    repos.changeRequests.list({ status: ['open', 'akkoord'] }),
  ])
  progress({ stage: 'compute', done: 0, total: 1 })
  const rows = quarterlyCheck({
    quarter: input.quarter,
    partners,
    plans,
    clients,
    subscriptionPeriods,
    usage,
    startDay: settings.billingPeriodStartDay,
    tolerancePercent: settings.checkTolerancePercent,
  })
  const active = new Set(clients.filter((c) => c.status === 'actief').map((c) => c.id))
  const runningByClient = new Map(running.map((cr) => [cr.clientId, { id: cr.id, toPlanId: cr.toPlanId, status: cr.status }]))
  return {
    quarter: input.quarter,
    periods,
    tolerancePercent: settings.checkTolerancePercent,
    provisional: quarterStatus(input.quarter, settings.billingPeriodStartDay, usage, input.today).provisional,
    rows: rows.map((row) => ({ row, clientActive: active.has(row.clientId), runningChange: runningByClient.get(row.clientId) ?? null })),
  }
}
