import { formatDate } from '../../format/date'
import { changeRequestDeadline, laterApprovalDate, pendingApprovals } from '../lifecycle/changeRequest'
import { assessDeregistration, deregistrationDeadline } from '../lifecycle/deregistration'
import { PROCESSING_WORKING_DAYS } from '../lifecycle/registration'
import { byDeadline, planName, signalRow } from './context'
import type { ApprovalRow, ChangeToProcessRow, DeregistrationRow, SignalContext } from './types'

const AWAITING_ACTION = {
  partner: 'Akkoord van de partner (begeleider) vragen',
  operator: 'Akkoord van de operator geven of de wijziging afwijzen',
  both: 'Akkoord van de partner (begeleider) en de operator vragen',
} as const

/** Spec rule 4: `open` requests; deadline for the missing approval 10 working days after the request. */
export function changesAwaitingApproval(ctx: SignalContext): ApprovalRow[] {
  const rows: ApprovalRow[] = []
  for (const cr of ctx.data.changeRequests) {
    const client = ctx.clientsById.get(cr.clientId)
    if (cr.status !== 'open' || !client) continue
    const awaiting = pendingApprovals(cr)
    const key = awaiting.length === 2 ? 'both' : (awaiting[0] ?? 'both')
    const action = `${AWAITING_ACTION[key]}: ${planName(ctx, cr.fromPlanId)} → ${planName(ctx, cr.toPlanId)}`
    rows.push(
      signalRow(ctx, 'wijzigingen-akkoord-afwachten', client, ctx.calendar.addWorkingDays(cr.requestDate, PROCESSING_WORKING_DAYS), action, {
        changeRequestId: cr.id,
        fromPlanId: cr.fromPlanId,
        toPlanId: cr.toPlanId,
        initiatedBy: cr.initiatedBy,
        requestDate: cr.requestDate,
        awaiting,
      }),
    )
  }
  return rows.sort(byDeadline)
}

/** Spec rule 4: `akkoord` requests; processed within 10 working days after the later approval. */
export function changesToProcess(ctx: SignalContext): ChangeToProcessRow[] {
  const rows: ChangeToProcessRow[] = []
  for (const cr of ctx.data.changeRequests) {
    const client = ctx.clientsById.get(cr.clientId)
    const approvedDate = laterApprovalDate(cr)
    const deadline = changeRequestDeadline(cr, ctx.calendar)
    if (cr.status !== 'akkoord' || !client || approvedDate === null || deadline === null) continue
    rows.push(
      signalRow(ctx, 'wijzigingen-verwerken', client, deadline, `Wijziging verwerken: ${planName(ctx, cr.fromPlanId)} → ${planName(ctx, cr.toPlanId)} (huidige periode afsluiten, nieuwe openen)`, {
        changeRequestId: cr.id,
        fromPlanId: cr.fromPlanId,
        toPlanId: cr.toPlanId,
        approvedDate,
      }),
    )
  }
  return rows.sort(byDeadline)
}

/** Spec rule 5: unprocessed deregistrations, with the computed effective date; 10 working days after receipt. */
export function deregistrationsToProcess(ctx: SignalContext): DeregistrationRow[] {
  const rows: DeregistrationRow[] = []
  for (const dereg of ctx.data.deregistrations) {
    const client = ctx.clientsById.get(dereg.clientId)
    if (dereg.processedDate !== null || !client) continue
    const assessment = assessDeregistration(dereg.receivedDate, dereg.requestedDate, ctx.startDay)
    rows.push(
      signalRow(ctx, 'afmeldingen-verwerken', client, deregistrationDeadline(dereg.receivedDate, ctx.calendar), `Afmelding verwerken per ${formatDate(assessment.effectiveDate)} (eerste dag die niet meer wordt gefactureerd)`, {
        deregistrationId: dereg.id,
        receivedDate: dereg.receivedDate,
        requestedDate: dereg.requestedDate,
        effectiveDate: assessment.effectiveDate,
        adjusted: assessment.adjusted,
        explanation: assessment.explanation,
      }),
    )
  }
  return rows.sort(byDeadline)
}
