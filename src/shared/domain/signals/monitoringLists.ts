import { billingPeriod, lastCompleteQuarter, periodNameOf, previousPeriodName, quarterSpan } from '../../calendar/billingPeriod'
import type { SignalAction } from '../../problems/signals'
import { coveredDays, coveredSegments } from '../coverage'
import { PROCESSING_WORKING_DAYS } from '../lifecycle/registration'
import { quarterlyCheck } from '../quarterlyCheck/quarterlyCheck'
import { indexUsage } from '../usage/aggregate'
import { activePlanToday, byDeadline, planName, signalRow } from './context'
import type { DeviationRow, NoContactRow, SignalContext } from './types'

/**
 * Spec rules 9–10: `boven`/`onder` outcomes of the last complete quarter for clients still active today.
 * A client drops off once a change request was made after the quarter ended (the deviation was followed up).
 * Deadline: 10 working days after the quarter's last day.
 */
export function structuralDeviations(ctx: SignalContext): DeviationRow[] {
  const quarter = lastCompleteQuarter(ctx.today, ctx.startDay)
  const span = quarterSpan(quarter, ctx.startDay)
  const followedUp = new Set(ctx.data.changeRequests.filter((cr) => cr.requestDate > span.last).map((cr) => cr.clientId))
  const deadline = ctx.calendar.addWorkingDays(span.last, PROCESSING_WORKING_DAYS)
  const check = quarterlyCheck({
    quarter,
    partners: ctx.data.partners,
    plans: ctx.data.plans,
    clients: ctx.data.clients,
    subscriptionPeriods: ctx.data.subscriptionPeriods,
    usage: ctx.data.usage,
    startDay: ctx.startDay,
    tolerancePercent: ctx.data.settings.checkTolerancePercent,
    periodsByClient: ctx.periodsByClient,
    periodsWithUsage: ctx.periodsWithUsage,
  })
  const rows: DeviationRow[] = []
  for (const row of check) {
    if (row.outcome !== 'boven' && row.outcome !== 'onder') continue
    const client = ctx.clientsById.get(row.clientId)
    if (!client || followedUp.has(client.id) || activePlanToday(ctx, client) === null) continue
    const advice = row.recommendedPlanId !== null && row.recommendedPlanId !== row.currentPlanId ? planName(ctx, row.recommendedPlanId) : null
    const action: SignalAction =
      advice === null
        ? { code: row.outcome === 'boven' ? 'verbruik-boven' : 'verbruik-onder', params: { quarter } }
        : { code: row.outcome === 'boven' ? 'verbruik-boven-advies' : 'verbruik-onder-advies', params: { quarter, plan: advice } }
    rows.push(
      signalRow(ctx, 'structurele-afwijkingen', client, deadline, action, {
        quarter,
        outcome: row.outcome,
        currentPlanId: row.currentPlanId,
        recommendedPlanId: row.recommendedPlanId,
        totalUsageMinutes: row.totalUsageMinutes,
        totalBundleMinutes: row.totalBundleMinutes,
        begeleider: row.begeleider,
        partnerContact: row.partnerContact,
      }),
    )
  }
  return rows.sort(byDeadline)
}

/**
 * Spec rule 10: clients active today and billed for the whole of the last two complete billing periods,
 * with no contact in either. Only judged once usage of both periods has been imported (some usage row exists
 * for each); before that the list stays empty rather than flagging everyone. Deadline: 10 working days
 * after the later period's last day.
 */
export function activeWithoutContact(ctx: SignalContext): NoContactRow[] {
  const later = previousPeriodName(periodNameOf(ctx.today, ctx.startDay))
  const earlier = previousPeriodName(later)
  if (!ctx.periodsWithUsage.has(earlier) || !ctx.periodsWithUsage.has(later)) return []
  const billings = [billingPeriod(earlier, ctx.startDay), billingPeriod(later, ctx.startDay)]
  const usage = indexUsage(ctx.data.usage.filter((u) => u.period === earlier || u.period === later))
  const deadline = ctx.calendar.addWorkingDays(billings[1]!.last, PROCESSING_WORKING_DAYS)
  const rows: NoContactRow[] = []
  for (const client of ctx.data.clients) {
    const plan = activePlanToday(ctx, client)
    if (plan === null) continue
    const periods = ctx.periodsByClient.get(client.id) ?? []
    if (!billings.every((b) => coveredDays(coveredSegments(periods, b)) === b.days)) continue
    const contacts = billings.reduce((sum, b) => sum + (usage.get(client.id, b.name)?.contacts ?? 0), 0)
    if (contacts > 0) continue
    rows.push(
      signalRow(
        ctx,
        'geen-contact',
        client,
        deadline,
        { code: 'geen-contact', params: { earlier, later } },
        {
          periods: [earlier, later],
          planId: plan.id,
        },
      ),
    )
  }
  return rows.sort(byDeadline)
}
