import { billingPeriod, periodsOfQuarter, type BillingPeriod } from '../../calendar/billingPeriod'
import { clientDisplayName, type Begeleider, type Client } from '../../model/client'
import type { PeriodName, QuarterName } from '../../model/common'
import type { ContactPerson, Partner } from '../../model/partner'
import type { Plan } from '../../model/plan'
import type { SubscriptionPeriod } from '../../model/subscription'
import type { Usage } from '../../model/usage'
import { coveredDays, coveredSegments, type CoveredSegment } from '../coverage'
import { groupPeriodsByClient } from '../lifecycle/subscriptionPeriods'
import { roundMinutes } from '../rounding'
import { indexUsage, usageMinutes, type UsageIndex } from '../usage/aggregate'
import { hundredths, proRataBundle } from '../usage/bundle'
import { compareClientNumbers, compareText } from '../ordering'
import { periodsWithUsage } from './quarterStatus'

/**
 * Quarterly subscription check (spec rule 9, abonnementscheck). Per client over the quarter's three billing
 * periods: bundle = included minutes pro rata for the days covered, usage = call + registration minutes.
 * Fewer than 2 fully covered periods → `te kort actief`. Otherwise, over the periods in which it was active:
 * `boven` when usage > bundle × (1 + tolerance) in ≥ 2 periods and in the quarter's totals; `onder` when in
 * every such period usage ≤ the pro rata bundle of the next smaller active plan; else `binnen`.
 *
 * A period for which no usage at all has been imported (the quarter's last period before its import) is
 * not a period of zero usage: it is left out of the judgement, the totals and the average. A client with
 * fewer than 2 fully covered periods that do have usage is not judged (`te kort actief`), so a client
 * whose periods all lack usage gets no outcome, average or recommendation. Complete quarters are unchanged.
 */
export type CheckOutcome = 'boven' | 'onder' | 'binnen' | 'te kort actief'

export interface CheckPeriod {
  readonly period: PeriodName
  readonly periodDays: number
  readonly coveredDays: number
  readonly bundleMinutes: number
  readonly usageMinutes: number
  /** Pro rata bundle of the next smaller active plan; null when a plan in the period has none smaller. */
  readonly smallerBundleMinutes: number | null
  /** usage > bundle × (1 + tolerance) */
  readonly aboveTolerance: boolean
  /** Usage has been imported for this period (for any client); without, the period is not judged. */
  readonly usageImported: boolean
}

export interface QuarterlyCheckRow {
  readonly quarter: QuarterName
  readonly clientId: string
  readonly clientNumber: string
  readonly clientName: string
  readonly partnerId: string
  readonly outcome: CheckOutcome
  readonly periods: CheckPeriod[]
  readonly fullyCoveredPeriods: number
  readonly totalBundleMinutes: number
  readonly totalUsageMinutes: number
  /** Total usage ÷ Σ(covered days ÷ period days); null for `te kort actief`. */
  readonly averageMonthlyUsage: number | null
  /** The plan on the last covered day of the quarter. */
  readonly currentPlanId: string
  /** Smallest active plan whose bundle ≥ the average monthly usage (the largest when none is); only for `boven` and `onder`. */
  readonly recommendedPlanId: string | null
  readonly recommendationDiffers: boolean
  /** People to contact about a deviation (spec rule 9, seed 000). */
  readonly begeleider: Begeleider
  readonly partnerContact: ContactPerson | null
}

export interface QuarterlyCheckData {
  readonly quarter: QuarterName
  readonly partners: readonly Partner[]
  readonly plans: readonly Plan[]
  readonly clients: readonly Client[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
  readonly usage: readonly Usage[]
  readonly startDay: number
  /** Settings `checkTolerancePercent` (default 10). */
  readonly tolerancePercent: number
  /** `subscriptionPeriods` grouped by client, where the caller has them already (the signal lists). */
  readonly periodsByClient?: ReadonlyMap<string, readonly SubscriptionPeriod[]>
  /**
   * The periods with usage of any client, where `usage` holds only some clients' records (the signal lists
   * brought up to date client by client); a period is judged only once its usage was imported.
   */
  readonly periodsWithUsage?: ReadonlySet<PeriodName>
}

/** Active plans small → large (sort order, then bundle, then code, so the order is total). */
export function activePlansBySize(plans: readonly Plan[]): Plan[] {
  return plans.filter((p) => p.active).sort((a, b) => a.sortOrder - b.sortOrder || a.includedMinutes - b.includedMinutes || compareText(a.code, b.code))
}

/** The next smaller active plan than `plan`, or null when `plan` is the smallest (spec rule 9). */
export function nextSmallerActivePlan(plan: Plan, activeBySize: readonly Plan[]): Plan | null {
  let smaller: Plan | null = null
  for (const p of activeBySize) {
    if (p.id === plan.id) continue
    const isSmaller = p.sortOrder < plan.sortOrder || (p.sortOrder === plan.sortOrder && p.includedMinutes < plan.includedMinutes)
    if (isSmaller) smaller = p
  }
  return smaller
}

/** Smallest active plan whose monthly bundle ≥ `averageMonthlyUsage`; the largest active plan when none is. */
export function recommendPlan(averageMonthlyUsage: number, activeBySize: readonly Plan[]): Plan | null {
  const needed = hundredths(averageMonthlyUsage)
  return activeBySize.find((p) => p.includedMinutes * 100 >= needed) ?? activeBySize.at(-1) ?? null
}

interface Context {
  readonly quarter: QuarterName
  readonly billings: BillingPeriod[]
  readonly plansById: ReadonlyMap<string, Plan>
  readonly activeBySize: readonly Plan[]
  readonly smallerById: ReadonlyMap<string, Plan | null>
  readonly usage: UsageIndex
  readonly tolerancePercent: number
  readonly imported: ReadonlySet<PeriodName>
}

function smallerBundle(segments: readonly CoveredSegment[], ctx: Context, billing: BillingPeriod): number | null {
  let minutes = 0
  for (const s of segments) {
    const smaller = ctx.smallerById.get(s.subscription.planId) ?? null
    if (smaller === null) return null
    minutes += (smaller.includedMinutes * s.days) / billing.days
  }
  return roundMinutes(minutes)
}

/** usage > bundle × (1 + tolerance), exact in integer hundredths. */
function exceeds(usage: number, bundle: number, tolerancePercent: number): boolean {
  return hundredths(usage) * 100 > hundredths(bundle) * (100 + tolerancePercent)
}

function checkClient(client: Client, periods: readonly SubscriptionPeriod[], partner: Partner | undefined, ctx: Context): QuarterlyCheckRow | null {
  const details: CheckPeriod[] = []
  let lastSegment: CoveredSegment | undefined
  for (const billing of ctx.billings) {
    const segments = coveredSegments(periods, billing)
    if (segments.length > 0) lastSegment = segments.at(-1)
    const bundleMinutes = proRataBundle(segments, ctx.plansById, billing)
    const used = usageMinutes(ctx.usage.get(client.id, billing.name))
    details.push({
      period: billing.name,
      periodDays: billing.days,
      coveredDays: coveredDays(segments),
      bundleMinutes,
      usageMinutes: used,
      smallerBundleMinutes: segments.length === 0 ? null : smallerBundle(segments, ctx, billing),
      aboveTolerance: segments.length > 0 && exceeds(used, bundleMinutes, ctx.tolerancePercent),
      usageImported: ctx.imported.has(billing.name),
    })
  }
  // Only clients billed at some point in the quarter are checked.
  if (lastSegment === undefined) return null

  // Judged: the active periods with usage imported.
  const active = details.filter((p) => p.coveredDays > 0 && p.usageImported)
  const fullyCoveredPeriods = details.filter((p) => p.coveredDays === p.periodDays).length
  const judgeablePeriods = active.filter((p) => p.coveredDays === p.periodDays).length
  const totalBundleMinutes = roundMinutes(active.reduce((s, p) => s + p.bundleMinutes, 0))
  const totalUsageMinutes = roundMinutes(active.reduce((s, p) => s + p.usageMinutes, 0))
  const currentPlanId = lastSegment.subscription.planId
  const classified = judgeablePeriods >= 2
  let outcome: CheckOutcome = 'te kort actief'
  let averageMonthlyUsage: number | null = null
  let recommendedPlanId: string | null = null
  if (classified) {
    const periodsAbove = active.filter((p) => p.aboveTolerance).length
    if (periodsAbove >= 2 && exceeds(totalUsageMinutes, totalBundleMinutes, ctx.tolerancePercent)) outcome = 'boven'
    else if (active.every((p) => p.smallerBundleMinutes !== null && hundredths(p.usageMinutes) <= hundredths(p.smallerBundleMinutes))) outcome = 'onder'
    else outcome = 'binnen'
    const monthsCovered = active.reduce((s, p) => s + p.coveredDays / p.periodDays, 0)
    averageMonthlyUsage = roundMinutes(totalUsageMinutes / monthsCovered)
    // Spec rule 9: only a deviating client is advised another plan.
    if (isDeviation({ outcome })) recommendedPlanId = recommendPlan(averageMonthlyUsage, ctx.activeBySize)?.id ?? null
  }
  return {
    quarter: ctx.quarter,
    clientId: client.id,
    clientNumber: client.clientNumber,
    clientName: clientDisplayName(client),
    partnerId: client.partnerId,
    outcome,
    periods: details,
    fullyCoveredPeriods,
    totalBundleMinutes,
    totalUsageMinutes,
    averageMonthlyUsage,
    currentPlanId,
    recommendedPlanId,
    recommendationDiffers: recommendedPlanId !== null && recommendedPlanId !== currentPlanId,
    begeleider: client.begeleider,
    partnerContact: partner?.contacts[0] ?? null,
  }
}

/**
 * The quarterly check for every client billed in the quarter, in one pass over each table. Rows are ordered
 * by partner and client number; callers pick a partner's rows or the deviating ones (`boven`/`onder`).
 */
export function quarterlyCheck(data: QuarterlyCheckData): QuarterlyCheckRow[] {
  const plansById = new Map(data.plans.map((p) => [p.id, p]))
  const activeBySize = activePlansBySize(data.plans)
  const quarterPeriods = new Set<string>(periodsOfQuarter(data.quarter))
  const ctx: Context = {
    quarter: data.quarter,
    billings: [...quarterPeriods].map((name) => billingPeriod(name, data.startDay)),
    plansById,
    activeBySize,
    smallerById: new Map(data.plans.map((p) => [p.id, nextSmallerActivePlan(p, activeBySize)])),
    // Only the quarter's usage is indexed: the table may hold years of it.
    usage: indexUsage(data.usage.filter((u) => quarterPeriods.has(u.period))),
    tolerancePercent: data.tolerancePercent,
    imported: data.periodsWithUsage ?? periodsWithUsage(data.quarter, data.usage),
  }
  const partnersById = new Map(data.partners.map((p) => [p.id, p]))
  const periodsByClient = data.periodsByClient ?? groupPeriodsByClient(data.subscriptionPeriods)
  const rows: QuarterlyCheckRow[] = []
  for (const client of data.clients) {
    const row = checkClient(client, periodsByClient.get(client.id) ?? [], partnersById.get(client.partnerId), ctx)
    if (row) rows.push(row)
  }
  return rows.sort((a, b) => compareText(a.partnerId, b.partnerId) || compareClientNumbers(a.clientNumber, b.clientNumber))
}

export function isDeviation(row: Pick<QuarterlyCheckRow, 'outcome'>): boolean {
  return row.outcome === 'boven' || row.outcome === 'onder'
}
