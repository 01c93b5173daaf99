import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { billingPeriod, periodNameOf, periodNamesBetween, type BillingPeriod } from '@shared/calendar/billingPeriod'
import { addDays, maxDate } from '@shared/calendar/dateMath'
import { createWorkingCalendar } from '@shared/calendar/workingDays'
import { clientInvoiceLines } from '@shared/domain/invoicing/buildInvoice'
import { changeRequestDeadline } from '@shared/domain/lifecycle/changeRequest'
import { deregistrationDeadline } from '@shared/domain/lifecycle/deregistration'
import { intakeIssues } from '@shared/domain/lifecycle/intake'
import { registrationDeadline } from '@shared/domain/lifecycle/registration'
import { sortPeriods, subscriptionOn } from '@shared/domain/lifecycle/subscriptionPeriods'
import {
  defaultSettings,
  type CalendarDate,
  type ChangeRequest,
  type Client,
  type Deregistration,
  type Intake,
  type InvoiceLine,
  type Plan,
  type SubscriptionPeriod,
} from '@shared/model'
import { repositories } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { DraftReader, ruleFieldErrors } from './lifecycleDrafts'
import { buildTimeline, type TimelineEntry } from '@shared/domain/lifecycle/timeline'
import { errorMessage, failure, type Outcome } from './outcome'
import { usePlansStore } from './plans'
import { useSettingsStore } from './settings'

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

/** Dates as typed (`dd-mm-jjjj`). */
export interface ActivationDraft {
  activationDate: string
  loginSentDate: string
  intakeFormSentDate: string
}

export interface IntakeDraft {
  formSentDate: string
  formReceivedDate: string
  dossierOpenedDate: string
  conversationHeldDate: string
}

export interface ReregistrationDraft {
  registrationPlanId: string
  receivedDate: string
}

/** How many billing periods the overview goes back. */
const BILLING_OVERVIEW_PERIODS = 12

const INTAKE_FIELDS: readonly (keyof IntakeDraft)[] = ['formSentDate', 'formReceivedDate', 'dossierOpenedDate', 'conversationHeldDate']

/**
 * One client's lifecycle (spec rules 1–5): its subscription periods, change requests and deregistrations,
 * the deadlines that run, the timeline and what is billed; and the actions registration, activation and
 * intake. The rules themselves are in src/shared/domain; the repositories write, each action with its audit entry.
 */
export const useLifecycleStore = defineStore('lifecycle', () => {
  const plansStore = usePlansStore()
  const settingsStore = useSettingsStore()

  const client = ref<Client | null>(null)
  const periods = ref<SubscriptionPeriod[]>([])
  const changeRequests = ref<ChangeRequest[]>([])
  const deregistrations = ref<Deregistration[]>([])
  const loading = ref(false)
  const saving = ref(false)
  const loadError = ref<string | null>(null)
  const fieldErrors = ref<FieldErrors>({})

  const settings = computed(() => settingsStore.settings ?? defaultSettings)
  const calendar = computed(() => createWorkingCalendar(settings.value.extraClosingDays))
  const startDay = computed(() => settings.value.billingPeriodStartDay)
  const plansById = computed(() => plansStore.byId)

  /** The request still running (at most one per client, the repository sees to that). */
  const runningChangeRequest = computed(() => changeRequests.value.find((cr) => cr.status === 'open' || cr.status === 'akkoord') ?? null)
  const pendingDeregistration = computed(() => deregistrations.value.find((d) => d.processedDate === null) ?? null)
  const timeline = computed<TimelineEntry[]>(() =>
    client.value
      ? buildTimeline({ client: client.value, periods: periods.value, changeRequests: changeRequests.value, deregistrations: deregistrations.value, startDay: startDay.value })
      : [],
  )

  async function load(id: string): Promise<boolean> {
    loading.value = true
    try {
      if (plansStore.plans.length === 0) await plansStore.load()
      if (settingsStore.settings === null) await settingsStore.load()
      const repos = repositories()
      const [found, ps, crs, ds] = await Promise.all([
        repos.clients.get(id),
        repos.subscriptionPeriods.listByClient(id),
        repos.changeRequests.list({ clientId: id }),
        repos.deregistrations.list({ clientId: id }),
      ])
      client.value = found ?? null
      periods.value = sortPeriods(ps)
      changeRequests.value = crs
      deregistrations.value = ds
      loadError.value = null
      return found !== undefined
    } catch (error) {
      loadError.value = errorMessage(error)
      return false
    } finally {
      loading.value = false
    }
  }

  async function reload(): Promise<void> {
    if (client.value) await load(client.value.id)
  }

  function clearErrors() {
    fieldErrors.value = {}
  }

  /** The plan billed today; before activation or after the end, the last period's plan or the registration plan. */
  function currentPlan(today: CalendarDate): Plan | null {
    const c = client.value
    if (!c) return null
    const planId = c.status === 'aangemeld' ? c.registrationPlanId : (subscriptionOn(periods.value, today) ?? periods.value.at(-1))?.planId ?? c.registrationPlanId
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

  /** Runs a write; rule refusals the screen can place go to their field, the rest become one message. */
  async function write<T>(work: () => Promise<T>, fieldByRule: Readonly<Record<string, string>> = {}): Promise<Outcome<T>> {
    saving.value = true
    try {
      const value = await work()
      fieldErrors.value = {}
      await reload()
      return { ok: true, value }
    } catch (error) {
      const atField = ruleFieldErrors(error, fieldByRule)
      if (atField) {
        fieldErrors.value = atField
        return { ok: false, message: null }
      }
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  function refuse(errors: FieldErrors): Outcome<never> {
    fieldErrors.value = errors
    return { ok: false, message: null }
  }

  /** Spec rule 2: billing starts on the activation date; the login details and the intake form are sent. */
  async function activate(draft: ActivationDraft, today: CalendarDate): Promise<Outcome<Client>> {
    const c = client.value
    if (!c) return { ok: false, message: translate('common.notFoundText') }
    const read = new DraftReader()
    const activationDate = read.date('activationDate', draft.activationDate)
    const loginSentDate = read.date('loginSentDate', draft.loginSentDate, { required: false, notAfter: today })
    const intakeFormSentDate = read.date('intakeFormSentDate', draft.intakeFormSentDate, { required: false, notAfter: today })
    if (!read.ok || activationDate === null) return refuse(read.errors)
    return write(() => repositories().clients.activate(c.id, activationDate, { loginSentDate, intakeFormSentDate }), {
      'activatie-voor-aanmelding': 'activationDate',
      'al-geactiveerd': 'activationDate',
    })
  }

  function intakeContext(today: CalendarDate) {
    return { today, hasConversation: currentPlan(today)?.hasIntakeConversation ?? false }
  }

  async function saveIntakeRecord(intake: Intake, today: CalendarDate): Promise<Outcome<Client>> {
    const c = client.value
    if (!c) return { ok: false, message: translate('common.notFoundText') }
    const issues = intakeIssues(c, intake, intakeContext(today))
    if (issues.length > 0) return refuse(Object.fromEntries(issues.map((i) => [i.field, translate(`lifecycleProblems.${i.code}`, i.params)])))
    return write(() => repositories().clients.update({ ...c, intake }))
  }

  /** Spec rule 3: form sent and received, dossier opened, conversation held. */
  async function saveIntake(draft: IntakeDraft, today: CalendarDate): Promise<Outcome<Client>> {
    const c = client.value
    if (!c) return { ok: false, message: translate('common.notFoundText') }
    const read = new DraftReader()
    const dates = Object.fromEntries(INTAKE_FIELDS.map((field) => [field, read.date(field, draft[field], { required: false })])) as Record<keyof IntakeDraft, CalendarDate | null>
    if (!read.ok) return refuse(read.errors)
    return saveIntakeRecord({ ...c.intake, ...dates }, today)
  }

  /** Plans the intake conversation at the chosen `YYYY-MM-DDTHH:mm` ('' = nothing chosen yet). */
  async function planConversation(at: string, today: CalendarDate): Promise<Outcome<Client>> {
    const c = client.value
    if (!c) return { ok: false, message: translate('common.notFoundText') }
    if (at === '') return refuse({ conversationPlannedAt: translate('lifecycle.planner.chooseSlot') })
    return saveIntakeRecord({ ...c.intake, conversationPlannedAt: at }, today)
  }

  /** Drops a planned conversation that has not been held. */
  async function cancelConversation(today: CalendarDate): Promise<Outcome<Client>> {
    const c = client.value
    if (!c) return { ok: false, message: translate('common.notFoundText') }
    if (c.intake.conversationHeldDate !== null) return refuse({ conversationPlannedAt: translate('lifecycle.errors.conversationHeld') })
    return saveIntakeRecord({ ...c.intake, conversationPlannedAt: null }, today)
  }

  /** A deregistered client registered again: a new registration on the same record, history kept. */
  async function reregister(draft: ReregistrationDraft, today: CalendarDate): Promise<Outcome<Client>> {
    const c = client.value
    if (!c) return { ok: false, message: translate('common.notFoundText') }
    const read = new DraftReader()
    const planId = read.choice('registrationPlanId', draft.registrationPlanId, translate('validation.planRequired'))
    const receivedDate = read.date('receivedDate', draft.receivedDate, { notAfter: today })
    if (!read.ok || planId === null || receivedDate === null) return refuse(read.errors)
    return write(() => repositories().clients.reregister(c.id, { registrationPlanId: planId, receivedDate }), {
      'aanmelding-voor-einde': 'receivedDate',
    })
  }

  return {
    client,
    periods,
    changeRequests,
    deregistrations,
    loading,
    saving,
    loadError,
    fieldErrors,
    settings,
    calendar,
    startDay,
    plansById,
    runningChangeRequest,
    pendingDeregistration,
    timeline,
    load,
    reload,
    clearErrors,
    currentPlan,
    registrationDue,
    changeRequestDue,
    deregistrationDue,
    billing,
    activate,
    saveIntake,
    planConversation,
    cancelConversation,
    reregister,
    write,
    refuse,
  }
})
