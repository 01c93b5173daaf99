import { formatDate } from '../../format/date'
import type { SignalActionCode } from '../../problems/signals'
import { changeRequestDeadline, laterApprovalDate, pendingApprovals } from '../lifecycle/changeRequest'
import { assessDeregistration, deregistrationDeadline } from '../lifecycle/deregistration'
import { PROCESSING_WORKING_DAYS } from '../lifecycle/registration'
import { byDeadline, planName, signalRow } from './context'
import type { ApprovalRow, ChangeToProcessRow, DeregistrationRow, SignalContext } from './types'

const AWAITING_ACTION = { partner: 'akkoord-partner', operator: 'akkoord-operator', both: 'akkoord-beide' } as const satisfies Record<string, SignalActionCode>

/** A change from one plan to another, as action parameters. */
const change = (ctx: SignalContext, cr: { fromPlanId: string; toPlanId: string }) => ({ from: planName(ctx, cr.fromPlanId), to: planName(ctx, cr.toPlanId) })

/** Spec rule 4: `open` requests; deadline for the missing approval 10 working days after the request. */
export function changesAwaitingApproval(ctx: SignalContext): ApprovalRow[] {
  const rows: ApprovalRow[] = []
  for (const cr of ctx.data.changeRequests) {
    const client = ctx.clientsById.get(cr.clientId)
    if (cr.status !== 'open' || !client) continue
    const awaiting = pendingApprovals(cr)
    const key = awaiting.length === 2 ? 'both' : (awaiting[0] ?? 'both')
    const action = { code: AWAITING_ACTION[key], params: change(ctx, cr) }
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
      signalRow(
        ctx,
        'wijzigingen-verwerken',
        client,
        deadline,
        { code: 'wijziging-verwerken', params: change(ctx, cr) },
        {
          changeRequestId: cr.id,
          fromPlanId: cr.fromPlanId,
          toPlanId: cr.toPlanId,
          approvedDate,
        },
      ),
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
      signalRow(
        ctx,
        'afmeldingen-verwerken',
        client,
        deregistrationDeadline(dereg.receivedDate, ctx.calendar),
        { code: 'afmelding-verwerken', params: { date: formatDate(assessment.effectiveDate) } },
        {
          deregistrationId: dereg.id,
          receivedDate: dereg.receivedDate,
          requestedDate: dereg.requestedDate,
          effectiveDate: assessment.effectiveDate,
          adjusted: assessment.adjusted,
          explanation: assessment.explanation,
        },
      ),
    )
  }
  return rows.sort(byDeadline)
}
