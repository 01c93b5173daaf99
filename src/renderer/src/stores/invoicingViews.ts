import { computed, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { billingPeriod, invoicesOfRun, periodNameOf, previousPeriodName, shiftPeriodName, standingFinalInvoices } from '@shared/domain'
import { finaliseProblems, type FinaliseProblem } from '@shared/domain/invoicing/finaliseGuards'
import { partnersWithoutEInvoice } from '@shared/einvoice/invoiceToUbl'
import type { CalendarDate, Invoice, PeriodName, Plan, Settings } from '@shared/model'
import { todayInAmsterdam } from '../composables/today'

/** Billing periods offered, newest first: the running one and the eleven before it. */
const PERIODS_OFFERED = 12

/** Sums over the period's invoices, in cents. */
export interface InvoiceTotals {
  readonly count: number
  readonly subtotalCents: number
  readonly vatCents: number
  readonly totalCents: number
}

function totalsOf(invoices: readonly Invoice[]): InvoiceTotals {
  return invoices.reduce<InvoiceTotals>(
    (sum, i) => ({
      count: sum.count + 1,
      subtotalCents: sum.subtotalCents + i.subtotalCents,
      vatCents: sum.vatCents + i.vatCents,
      totalCents: sum.totalCents + i.totalCents,
    }),
    { count: 0, subtotalCents: 0, vatCents: 0, totalCents: 0 },
  )
}

/** What the invoicing screen reads off the chosen period and its stored invoices. */
export interface InvoicingState {
  readonly period: Ref<PeriodName | null>
  readonly invoices: ShallowRef<readonly Invoice[]>
  readonly plans: ShallowRef<readonly Plan[]>
  readonly settings: ComputedRef<Settings | null>
}

/**
 * Everything the invoicing screen derives without writing: the period's billing dates, its invoices by kind and
 * what they bill, and what stands in the way of finalising. Its own file so the store itself is only state and
 * writes (each store file has one job).
 */
export function invoicingViews({ period, invoices, plans, settings }: InvoicingState) {
  const startDay = computed(() => settings.value?.billingPeriodStartDay)
  const billing = computed(() => (period.value === null ? null : billingPeriod(period.value, startDay.value)))
  const concepts = computed(() => invoices.value.filter((i) => i.status === 'concept'))
  const finals = computed(() => invoices.value.filter((i) => i.status === 'definitief'))
  /** Partners of the period's invoices that get no e-invoice: no KvK number or OIN in their invoice's partner data. */
  const withoutEInvoice = computed(() => partnersWithoutEInvoice(invoices.value))
  /** What the period bills as it stands: per partner the standing final invoice, otherwise its concept. */
  const billed = computed(() => (period.value === null ? [] : invoicesOfRun(invoices.value, period.value)))
  const totals = computed(() => totalsOf(billed.value))
  /** Final invoices that still stand (not cancelled by a final credit invoice): these can be credited. */
  const standingIds = computed(() => new Set(period.value === null ? [] : [...standingFinalInvoices(invoices.value, period.value).values()].map((i) => i.id)))
  const creditedIds = computed(() => new Set(invoices.value.flatMap((i) => (i.correctsInvoiceId === null ? [] : [i.correctsInvoiceId]))))
  const demoData = computed(() => settings.value?.demoData === true)
  /**
   * What stands in the way of finalising the period's concepts (example prices, example organisation details,
   * concepts made before a fix); the repository refuses the same, this shows it before the clerk clicks.
   */
  const blockers = computed<readonly FinaliseProblem[]>(() =>
    settings.value ? finaliseProblems({ invoices: concepts.value, plans: plans.value, operator: settings.value.operator, demoData: demoData.value }) : [],
  )

  function periodOptions(today: CalendarDate = todayInAmsterdam()): PeriodName[] {
    const current = periodNameOf(today, startDay.value)
    return Array.from({ length: PERIODS_OFFERED }, (_, i) => shiftPeriodName(current, -i))
  }

  /** The last period that has ended: the one finance invoices now. */
  function defaultPeriod(today: CalendarDate = todayInAmsterdam()): PeriodName {
    return previousPeriodName(periodNameOf(today, startDay.value))
  }

  /** Whether the chosen period is still running on `today` (its invoices can still change). */
  function periodRunning(today: CalendarDate = todayInAmsterdam()): boolean {
    return billing.value !== null && billing.value.last >= today
  }

  return {
    billing,
    concepts,
    finals,
    withoutEInvoice,
    billed,
    totals,
    standingIds,
    creditedIds,
    demoData,
    blockers,
    periodOptions,
    defaultPeriod,
    periodRunning,
  }
}
