import type { CalendarDate } from '../../calendar/calendarDate'
import type { WorkingCalendar } from '../../calendar/workingDays'
import type { Begeleider, Client } from '../../model/client'
import type { PeriodName, QuarterName } from '../../model/common'
import type { ContactPerson, Partner } from '../../model/partner'
import type { Plan } from '../../model/plan'
import type { Settings } from '../../model/settings'
import type { ChangeRequest, Deregistration, Initiator, SubscriptionPeriod } from '../../model/subscription'
import type { Usage } from '../../model/usage'
import type { SignalAction } from '../../problems/signals'
import type { DeregistrationExplanation } from '../lifecycle/deregistration'
import type { CheckOutcome } from '../quarterlyCheck/quarterlyCheck'

/** The signal lists (werklijsten) of spec rule 10, in the order they are shown. Definitions: docs/rules.md. */
export const SIGNAL_LIST_KEYS = [
  'aanmeldingen-verwerken',
  'intakeformulier-ontbreekt',
  'dossier-openstellen',
  'intakegesprek-plannen',
  'wijzigingen-akkoord-afwachten',
  'wijzigingen-verwerken',
  'afmeldingen-verwerken',
  'structurele-afwijkingen',
  'geen-contact',
] as const
export type SignalListKey = (typeof SIGNAL_LIST_KEYS)[number]

interface RowBase<K extends SignalListKey> {
  readonly list: K
  readonly clientId: string
  readonly clientNumber: string
  readonly clientName: string
  readonly partnerId: string
  readonly deadline: CalendarDate
  /** Working days from today to the deadline; 0 on the deadline, negative = overdue. */
  readonly workingDaysLeft: number
  /** Today lies after the deadline (also on a weekend right after it, when workingDaysLeft is still 0). */
  readonly overdue: boolean
  /** What the clerk is expected to do, as code and parameters (src/shared/i18n/signals.*.ts). */
  readonly action: SignalAction
}

export type RegistrationRow = RowBase<'aanmeldingen-verwerken'> & {
  readonly receivedDate: CalendarDate
  readonly planId: string
}

export type IntakeFormRow = RowBase<'intakeformulier-ontbreekt'> & {
  readonly activationDate: CalendarDate
  readonly formSentDate: CalendarDate | null
  readonly planId: string
  /** The plan has no intake conversation (Basis, Waakvlam): without the form the team is unprepared (spec rule 3). */
  readonly serious: boolean
}

export type DossierRow = RowBase<'dossier-openstellen'> & {
  readonly formReceivedDate: CalendarDate
}

export type IntakeConversationRow = RowBase<'intakegesprek-plannen'> & {
  readonly formReceivedDate: CalendarDate
  readonly dossierOpenedDate: CalendarDate | null
  readonly planId: string
}

export type ApprovalRow = RowBase<'wijzigingen-akkoord-afwachten'> & {
  readonly changeRequestId: string
  readonly fromPlanId: string
  readonly toPlanId: string
  readonly initiatedBy: Initiator
  readonly requestDate: CalendarDate
  readonly awaiting: Initiator[]
}

export type ChangeToProcessRow = RowBase<'wijzigingen-verwerken'> & {
  readonly changeRequestId: string
  readonly fromPlanId: string
  readonly toPlanId: string
  readonly approvedDate: CalendarDate
}

export type DeregistrationRow = RowBase<'afmeldingen-verwerken'> & {
  readonly deregistrationId: string
  readonly receivedDate: CalendarDate
  readonly requestedDate: CalendarDate
  /** Computed by the spec rule 5; differs from the requested date when `adjusted`. */
  readonly effectiveDate: CalendarDate
  readonly adjusted: boolean
  readonly explanation: DeregistrationExplanation | null
}

export type DeviationRow = RowBase<'structurele-afwijkingen'> & {
  readonly quarter: QuarterName
  readonly outcome: Extract<CheckOutcome, 'boven' | 'onder'>
  readonly currentPlanId: string
  readonly recommendedPlanId: string | null
  readonly totalUsageMinutes: number
  readonly totalBundleMinutes: number
  readonly begeleider: Begeleider
  readonly partnerContact: ContactPerson | null
}

export type NoContactRow = RowBase<'geen-contact'> & {
  readonly periods: readonly [PeriodName, PeriodName]
  readonly planId: string
}

export type SignalRow =
  RegistrationRow | IntakeFormRow | DossierRow | IntakeConversationRow | ApprovalRow | ChangeToProcessRow | DeregistrationRow | DeviationRow | NoContactRow

export type SignalRowOf<K extends SignalListKey> = Extract<SignalRow, { list: K }>

/** A list's title and criteria (shown above it and in the export) are words keyed by `key` (src/shared/i18n/signals.*.ts). */
export interface SignalList<K extends SignalListKey = SignalListKey> {
  readonly key: K
  /** Empty when no client meets the criteria; the caller then hides the list (spec rule 10). */
  readonly rows: SignalRowOf<K>[]
}

/** Any list, as a union discriminated by `key`: narrowing on the key types the rows. */
export type AnySignalList = { [K in SignalListKey]: SignalList<K> }[SignalListKey]

export interface SignalData {
  readonly today: CalendarDate
  readonly settings: Pick<Settings, 'billingPeriodStartDay' | 'extraClosingDays' | 'checkTolerancePercent'>
  readonly partners: readonly Partner[]
  readonly plans: readonly Plan[]
  readonly clients: readonly Client[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
  readonly changeRequests: readonly ChangeRequest[]
  readonly deregistrations: readonly Deregistration[]
  readonly usage: readonly Usage[]
  /**
   * The periods with usage of any client, when `usage` holds only some clients' records (`updateSignalLists`);
   * otherwise taken from `usage`. A list that needs a period's usage judges nobody before it was imported.
   */
  readonly periodsWithUsage?: ReadonlySet<PeriodName>
}

/** Indexes built once and shared by every list. */
export interface SignalContext {
  readonly data: SignalData
  readonly today: CalendarDate
  readonly calendar: WorkingCalendar
  readonly startDay: number
  readonly clientsById: ReadonlyMap<string, Client>
  readonly plansById: ReadonlyMap<string, Plan>
  readonly periodsByClient: ReadonlyMap<string, SubscriptionPeriod[]>
  /** Clients whose current registration has a deregistration, processed or not. */
  readonly deregisteredClientIds: ReadonlySet<string>
  /** The periods for which any usage has been imported. */
  readonly periodsWithUsage: ReadonlySet<PeriodName>
}
