import type { Ref } from 'vue'
import type { CalendarDate, Client, Intake, Plan } from '@shared/model'
import { intakeIssues } from '@shared/domain/lifecycle/intake'
import { repositories } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { DraftReader } from './lifecycleDrafts'
import type { Outcome } from './outcome'

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

const INTAKE_FIELDS: readonly (keyof IntakeDraft)[] = ['formSentDate', 'formReceivedDate', 'dossierOpenedDate', 'conversationHeldDate']

/** How an action writes: the store's `write` (with rule refusals placed at fields) and `refuse`. */
export interface LifecycleWriter {
  readonly client: Ref<Client | null>
  readonly currentPlan: (today: CalendarDate) => Plan | null
  readonly write: <T>(work: () => Promise<T>, fieldByRule?: Readonly<Record<string, string>>) => Promise<Outcome<T>>
  readonly refuse: (errors: FieldErrors) => Outcome<never>
}

/**
 * The client's own lifecycle actions: activation (rule 2), the intake steps (rule 3) and registering a
 * deregistered client again. Each checks the typed dates first; the repositories write with the audit entry.
 */
export function lifecycleActions({ client, currentPlan, write, refuse }: LifecycleWriter) {
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
    const dates = Object.fromEntries(INTAKE_FIELDS.map((field) => [field, read.date(field, draft[field], { required: false })])) as Record<
      keyof IntakeDraft,
      CalendarDate | null
    >
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

  return { activate, saveIntake, planConversation, cancelConversation, reregister }
}
