import type { ComputedRef, Ref } from 'vue'
import { billingPeriod, periodNameOf, periodNamesBetween, type BillingPeriod } from '@shared/calendar/billingPeriod'
import { addDays, maxDate } from '@shared/calendar/dateMath'
import type { WorkingCalendar } from '@shared/calendar/workingDays'
import { clientInvoiceLines } from '@shared/domain/invoicing/buildInvoice'
import { changeRequestDeadline } from '@shared/domain/lifecycle/changeRequest'
import { deregistrationDeadline } from '@shared/domain/lifecycle/deregistration'
import { registrationDeadline } from '@shared/domain/lifecycle/registration'
import { subscriptionOn } from '@shared/domain/lifecycle/subscriptionPeriods'
import type { CalendarDate, ChangeRequest, Client, Deregistration, InvoiceLine, Plan, SubscriptionPeriod } from '@shared/model'

/** A processing deadline and the working days left until it (negative = overdue), as the signal lists show it. */
export interface Deadline {
  readonly date: CalendarDate
  readonly workingDaysLeft: number
}

/** One billing period in the client's billing overview: the invoice lines the domain computes for it. */
export interface BillingRow {
  readonly period: BillingPeriod
  readonly lines: readonly InvoiceLine[]
  readonly totalCents: number
}

/** How many billing periods the overview goes back. */
const BILLING_OVERVIEW_PERIODS = 12

/** What the lifecycle screen reads off one loaded client. */
export interface LifecycleState {
  readonly client: Ref<Client | null>
  readonly periods: Ref<SubscriptionPeriod[]>
  readonly calendar: ComputedRef<WorkingCalendar>
  readonly startDay: ComputedRef<number>
  readonly plansById: ComputedRef<ReadonlyMap<string, Plan>>
}

/**
 * The loaded client's deadlines (spec rules 1, 4 and 5), current plan and billing overview (rule 7), each
 * computed on demand for a given today by the rules in src/shared/domain.
 */
export function lifecycleViews(state: LifecycleState) {
  const { client, periods, calendar, startDay, plansById } = state

  /** The plan billed today; before activation or after the end, the last period's plan or the registration plan. */
  function currentPlan(today: CalendarDate): Plan | null {
    const c = client.value
    if (!c) return null
    const planId =
      c.status === 'aangemeld' ? c.registrationPlanId : ((subscriptionOn(periods.value, today) ?? periods.value.at(-1))?.planId ?? c.registrationPlanId)
    return plansById.value.get(planId) ?? null
  }

  function deadline(date: CalendarDate, today: CalendarDate): Deadline {
    return { date, workingDaysLeft: calendar.value.workingDaysBetween(today, date) }
  }

  /** Spec rule 1: a registration is processed (activated) within 10 working days of receipt. */
  function registrationDue(today: CalendarDate): Deadline | null {
    const c = client.value
    return c?.status === 'aangemeld' ? deadline(registrationDeadline(c.registrationReceivedDate, calendar.value), today) : null
  }

  /** Spec rule 4: 10 working days after the later approval; null while an approval is missing. */
  function changeRequestDue(cr: ChangeRequest, today: CalendarDate): Deadline | null {
    if (cr.status !== 'akkoord') return null
    const date = changeRequestDeadline(cr, calendar.value)
    return date === null ? null : deadline(date, today)
  }

  /** Spec rule 5: 10 working days after receipt. */
  function deregistrationDue(d: Deregistration, today: CalendarDate): Deadline | null {
    return d.processedDate === null ? deadline(deregistrationDeadline(d.receivedDate, calendar.value), today) : null
  }

  /**
   * What each billing period charges for this client, newest first, computed by the invoicing rule itself
   * (spec rule 7): from the first billed period up to the one running today (or later when billing runs on).
   */
  function billing(today: CalendarDate): BillingRow[] {
    const c = client.value
    const first = periods.value[0]
    if (!c || first === undefined) return []
    const ends = periods.value.map((p) => (p.until === null ? today : addDays(p.until, -1)))
    const last = ends.reduce((a, b) => maxDate(a, b), today)
    const names = periodNamesBetween(periodNameOf(first.from, startDay.value), periodNameOf(last, startDay.value)).slice(-BILLING_OVERVIEW_PERIODS)
    return names
      .map((name) => {
        const period = billingPeriod(name, startDay.value)
        const lines = clientInvoiceLines(c, periods.value, plansById.value, period)
        return { period, lines, totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0) }
      })
      .filter((row) => row.lines.length > 0)
      .reverse()
  }

  return { currentPlan, registrationDue, changeRequestDue, deregistrationDue, billing }
}
