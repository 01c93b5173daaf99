import { defineStore } from 'pinia'
import { assessDeregistration, processDeregistration, type DeregistrationAssessment } from '@shared/domain/lifecycle/deregistration'
import { applyPeriodChanges } from '@shared/domain/lifecycle/subscriptionPeriods'
import { parseDutchDate } from '@shared/format'
import type { CalendarDate, Deregistration, SubscriptionPeriod } from '@shared/model'
import { repositories } from '../data'
import { translate } from '../i18n'
import { useLifecycleStore } from './lifecycle'
import { DraftReader } from './lifecycleDrafts'
import { attempt, type Done, type Outcome } from './outcome'

/** Dates as typed (`dd-mm-jjjj`). */
export interface DeregistrationDraft {
  receivedDate: string
  requestedDate: string
}

/**
 * Afmeldingen (spec rule 5) of the client open in the lifecycle store. The effective date is never typed: the
 * domain computes it from the receipt and the requested date, and the screen shows it, with the reason when it
 * differs, before anything is saved.
 */
export const useDeregistrationsStore = defineStore('deregistrations', () => {
  const lifecycle = useLifecycleStore()

  /** The computed effective date (and why) for the dates typed so far; null until both can be read. */
  function assess(draft: DeregistrationDraft): DeregistrationAssessment | null {
    const received = parseDutchDate(draft.receivedDate)
    const requested = parseDutchDate(draft.requestedDate)
    return received === null || requested === null ? null : assessDeregistration(received, requested, lifecycle.startDay)
  }

  async function create(draft: DeregistrationDraft, today: CalendarDate): Promise<Outcome<Deregistration>> {
    const id = lifecycle.client?.id
    if (id === undefined) return { ok: false, message: translate('common.notFoundText') }
    const read = new DraftReader()
    const receivedDate = read.date('receivedDate', draft.receivedDate, { notAfter: today })
    const requestedDate = read.date('requestedDate', draft.requestedDate)
    if (!read.ok || receivedDate === null || requestedDate === null) return lifecycle.refuse(read.errors)
    return lifecycle.write(() => repositories().deregistrations.create({ clientId: id, receivedDate, requestedDate }))
  }

  /** The periods after processing, for the confirmation; null when the domain refuses (the message shows on saving). */
  function previewProcess(deregistration: Deregistration, today: CalendarDate): SubscriptionPeriod[] | null {
    const client = lifecycle.client
    if (!client) return null
    try {
      return applyPeriodChanges(lifecycle.periods, processDeregistration(client, lifecycle.periods, deregistration, today).changes)
    } catch {
      return null
    }
  }

  /** Closes the open period on the effective date and sets the client to `afgemeld`, in one transaction. */
  function process(deregistration: Deregistration, today: CalendarDate): Promise<Outcome<Deregistration>> {
    return lifecycle.write(() => repositories().deregistrations.process(deregistration.id, today))
  }

  /** An unprocessed deregistration entered by mistake. */
  async function remove(deregistration: Deregistration): Promise<Done> {
    const done = await attempt(() => repositories().deregistrations.remove(deregistration.id))
    if (done.ok) await lifecycle.reload()
    return done
  }

  return { assess, create, previewProcess, process, remove }
})
