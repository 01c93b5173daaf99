import { defineStore } from 'pinia'
import { earliestChangeEffectiveDate, processChangeRequest } from '@shared/domain/lifecycle/changeRequest'
import { applyPeriodChanges } from '@shared/domain/lifecycle/subscriptionPeriods'
import type { CalendarDate, ChangeRequest, Initiator, SubscriptionPeriod } from '@shared/model'
import { parseDutchDate } from '@shared/format'
import { repositories } from '../data'
import { translate } from '../i18n'
import { useLifecycleStore } from './lifecycle'
import { DraftReader } from './lifecycleDrafts'
import { errorMessage, type Outcome } from './outcome'

/** Dates as typed (`dd-mm-jjjj`). */
export interface ChangeRequestDraft {
  initiatedBy: Initiator | ''
  toPlanId: string
  reason: string
  requestDate: string
}

export type Decision = 'approvePartner' | 'approveOperator' | 'reject' | 'withdraw'

/** What processing on `effectiveDate` would do to the periods, or why it cannot (the domain's own message). */
export type ProcessPreview = { ok: true; periods: SubscriptionPeriod[] } | { ok: false; message: string }

const REASON_MAX = 2000

// Domain refusals (src/shared/domain/lifecycle/changeRequest.ts) and the dialog field they concern.
const PROCESS_RULE_FIELDS = {
  'terugwerkende-kracht': 'effectiveDate',
  'ander-abonnement': 'effectiveDate',
  'geen-lopend-abonnement': 'effectiveDate',
  'zelfde-abonnement': 'effectiveDate',
}
const DECISION_RULE_FIELDS = { 'akkoord-voor-aanvraag': 'date', 'al-akkoord': 'date', 'ongeldige-statusovergang': 'date' }

/**
 * Abonnementswijzigingen (spec rule 4) of the client open in the lifecycle store: ask, record each party's
 * approval (or a rejection or withdrawal), and process once both approved. Field errors and the saving flag
 * are the lifecycle store's, so every lifecycle dialog of the client screen reads them from one place.
 */
export const useChangeRequestsStore = defineStore('changeRequests', () => {
  const lifecycle = useLifecycleStore()

  function clientId(): string | null {
    return lifecycle.client?.id ?? null
  }

  async function create(draft: ChangeRequestDraft, today: CalendarDate): Promise<Outcome<ChangeRequest>> {
    const id = clientId()
    if (id === null) return { ok: false, message: translate('common.notFoundText') }
    const read = new DraftReader()
    const initiatedBy = read.choice('initiatedBy', draft.initiatedBy, translate('lifecycle.errors.initiatorRequired'))
    const toPlanId = read.choice('toPlanId', draft.toPlanId, translate('validation.planRequired'))
    const reason = read.text('reason', draft.reason, REASON_MAX)
    const requestDate = read.date('requestDate', draft.requestDate, { notAfter: today })
    if (!read.ok || initiatedBy === null || toPlanId === null || requestDate === null) return lifecycle.refuse(read.errors)
    return lifecycle.write(() => repositories().changeRequests.create({ clientId: id, toPlanId, initiatedBy, reason, requestDate }), {
      'zelfde-abonnement': 'toPlanId',
    })
  }

  /** One party's approval, or a rejection or withdrawal, on the day typed in `date`. */
  async function decide(cr: ChangeRequest, decision: Decision, date: string, today: CalendarDate): Promise<Outcome<ChangeRequest>> {
    const read = new DraftReader()
    const day = read.date('date', date, { notAfter: today })
    if (!read.ok || day === null) return lifecycle.refuse(read.errors)
    const repo = repositories().changeRequests
    const work = {
      approvePartner: () => repo.approve(cr.id, 'partner', day),
      approveOperator: () => repo.approve(cr.id, 'operator', day),
      reject: () => repo.reject(cr.id, day),
      withdraw: () => repo.withdraw(cr.id, day),
    }[decision]
    return lifecycle.write(work, DECISION_RULE_FIELDS)
  }

  /** Spec rule 4: the earliest effective date the domain allows when processing today. */
  function earliestEffectiveDate(today: CalendarDate): CalendarDate {
    return earliestChangeEffectiveDate(today, lifecycle.startDay)
  }

  /** The periods after processing on the typed date, for the dialog to show before the clerk confirms. */
  function previewProcess(cr: ChangeRequest, effectiveDate: string, today: CalendarDate): ProcessPreview | null {
    const date = parseDutchDate(effectiveDate)
    if (date === null) return null
    try {
      const result = processChangeRequest({
        changeRequest: cr,
        periods: lifecycle.periods,
        effectiveDate: date,
        processedDate: today,
        newPeriodId: 'nieuw',
        startDay: lifecycle.startDay,
      })
      return { ok: true, periods: applyPeriodChanges(lifecycle.periods, result.changes) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  /** Closes the running period and opens the new plan on the effective date, in one transaction (the repository). */
  async function process(cr: ChangeRequest, effectiveDate: string, today: CalendarDate): Promise<Outcome<ChangeRequest>> {
    const read = new DraftReader()
    const date = read.date('effectiveDate', effectiveDate)
    if (!read.ok || date === null) return lifecycle.refuse(read.errors)
    return lifecycle.write(() => repositories().changeRequests.process(cr.id, date, today), PROCESS_RULE_FIELDS)
  }

  return { create, decide, earliestEffectiveDate, previewProcess, process }
})
