import { formatDate } from '../../format/date'
import type { SignalAction } from '../../problems/signals'
import { registrationDeadline } from '../lifecycle/registration'
import { activePlanToday, byDeadline, signalRow } from './context'
import type { DossierRow, IntakeConversationRow, IntakeFormRow, RegistrationRow, SignalContext } from './types'

/** Follow-up deadlines of the intake steps: 10 working days, like every processing term in the spec (docs/rules.md). */
const INTAKE_WORKING_DAYS = 10

/** Spec rule 1: registered, not yet activated; deadline 10 working days after receipt. */
export function registrationsToProcess(ctx: SignalContext): RegistrationRow[] {
  const rows: RegistrationRow[] = []
  for (const client of ctx.data.clients) {
    if (client.status !== 'aangemeld' || client.activationDate !== null || ctx.deregisteredClientIds.has(client.id)) continue
    rows.push(
      signalRow(
        ctx,
        'aanmeldingen-verwerken',
        client,
        registrationDeadline(client.registrationReceivedDate, ctx.calendar),
        { code: 'aanmelding-verwerken', params: {} },
        {
          receivedDate: client.registrationReceivedDate,
          planId: client.registrationPlanId,
        },
      ),
    )
  }
  return rows.sort(byDeadline)
}

/**
 * Spec rule 3: active and no intake form received. Deadline 10 working days after the form was sent (or, if
 * that was not recorded, after the login details were sent, else after activation). Serious for plans
 * without an intake conversation.
 */
export function intakeFormsMissing(ctx: SignalContext): IntakeFormRow[] {
  const rows: IntakeFormRow[] = []
  for (const client of ctx.data.clients) {
    if (client.intake.formReceivedDate !== null || client.activationDate === null || client.intake.completedBeforeTransfer === true) continue
    const plan = activePlanToday(ctx, client)
    if (plan === null) continue
    const sent = client.intake.formSentDate
    const from = sent ?? client.loginSentDate ?? client.activationDate
    const serious = !plan.hasIntakeConversation
    const action: SignalAction = serious
      ? { code: sent === null ? 'formulier-versturen-ernstig' : 'formulier-opvragen-ernstig', params: { plan: plan.name } }
      : { code: sent === null ? 'formulier-versturen' : 'formulier-opvragen', params: {} }
    rows.push(
      signalRow(ctx, 'intakeformulier-ontbreekt', client, ctx.calendar.addWorkingDays(from, INTAKE_WORKING_DAYS), action, {
        activationDate: client.activationDate,
        formSentDate: sent,
        planId: plan.id,
        serious,
      }),
    )
  }
  return rows.sort(byDeadline)
}

/** Spec rule 3: form received, dossier not yet opened; deadline 10 working days after the form came in. */
export function dossiersToOpen(ctx: SignalContext): DossierRow[] {
  const rows: DossierRow[] = []
  for (const client of ctx.data.clients) {
    const received = client.intake.formReceivedDate
    if (
      received === null ||
      client.intake.dossierOpenedDate !== null ||
      client.intake.completedBeforeTransfer === true ||
      activePlanToday(ctx, client) === null
    )
      continue
    rows.push(
      signalRow(
        ctx,
        'dossier-openstellen',
        client,
        ctx.calendar.addWorkingDays(received, INTAKE_WORKING_DAYS),
        { code: 'dossier-openstellen', params: { date: formatDate(received) } },
        {
          formReceivedDate: received,
        },
      ),
    )
  }
  return rows.sort(byDeadline)
}

/**
 * Spec rule 3: plan with an intake conversation, form received, no conversation planned or held; deadline 10
 * working days after the form came in.
 */
export function intakeConversationsToPlan(ctx: SignalContext): IntakeConversationRow[] {
  const rows: IntakeConversationRow[] = []
  for (const client of ctx.data.clients) {
    const { formReceivedDate, conversationPlannedAt, conversationHeldDate, dossierOpenedDate } = client.intake
    if (formReceivedDate === null || conversationPlannedAt !== null || conversationHeldDate !== null || client.intake.completedBeforeTransfer === true) continue
    const plan = activePlanToday(ctx, client)
    if (plan === null || !plan.hasIntakeConversation) continue
    const action: SignalAction = { code: dossierOpenedDate === null ? 'dossier-en-gesprek-plannen' : 'gesprek-plannen', params: {} }
    rows.push(
      signalRow(ctx, 'intakegesprek-plannen', client, ctx.calendar.addWorkingDays(formReceivedDate, INTAKE_WORKING_DAYS), action, {
        formReceivedDate,
        dossierOpenedDate,
        planId: plan.id,
      }),
    )
  }
  return rows.sort(byDeadline)
}
