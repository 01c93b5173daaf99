import type { CalendarDate } from '../../calendar/calendarDate'
import { isCalendarDate } from '../../calendar/calendarDate'
import type { WorkingCalendar } from '../../calendar/workingDays'
import { formatDate } from '../../format/date'
import type { Client, Intake } from '../../model/client'
import type { LifecycleCode, LifecycleProblem } from '../../problems/lifecycle'

/**
 * Spec rule 3, intake: form received, dossier opened and, for plans with an intake conversation, the
 * conversation planned (local wall-clock `YYYY-MM-DDTHH:mm`) and held. The planner proposes days and times
 * the way a call-back planner does (seeds/002): today and the next working days, each with its free times.
 */

/** Times an intake conversation can start (docs/rules.md): office hours in half hours, lunch left free. */
export const INTAKE_SLOT_TIMES: readonly string[] = [
  '09:00',
  '09:30',
  '10:00',
  '10:30',
  '11:00',
  '11:30',
  '13:00',
  '13:30',
  '14:00',
  '14:30',
  '15:00',
  '15:30',
  '16:00',
  '16:30',
]

/** The planner shows this many days at once: today (when it still has free times) and the next working days. */
export const INTAKE_PLANNER_DAYS = 4

export interface IntakeSlot {
  /** `HH:mm`. */
  readonly time: string
  /** `YYYY-MM-DDTHH:mm`, the value stored in `intake.conversationPlannedAt`. */
  readonly at: string
}

export interface IntakeDay {
  readonly date: CalendarDate
  readonly slots: readonly IntakeSlot[]
}

export interface PlannerClock {
  readonly today: CalendarDate
  /** Wall-clock time now (`HH:mm`); times of today that have passed are not offered. */
  readonly nowTime: string
}

const AT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/

export function isPlannedAt(value: string): boolean {
  const m = AT_PATTERN.exec(value)
  return m !== null && isCalendarDate(m[1] ?? '')
}

/** `2026-11-16T10:00` → `16-11-2026 10:00`. */
export function formatPlannedAt(value: string | null): string {
  if (value === null || !isPlannedAt(value)) return value ?? ''
  return `${formatDate(value.slice(0, 10))} ${value.slice(11)}`
}

export function plannedDate(value: string): CalendarDate {
  return value.slice(0, 10) as CalendarDate
}

/** The free times on one day: none on a non-working day or a day in the past, only later times today. */
export function intakeSlotsOn(date: CalendarDate, clock: PlannerClock, calendar: WorkingCalendar, times: readonly string[] = INTAKE_SLOT_TIMES): IntakeSlot[] {
  if (date < clock.today || !calendar.isWorkingDay(date)) return []
  return times.filter((time) => date > clock.today || time > clock.nowTime).map((time) => ({ time, at: `${date}T${time}` }))
}

/**
 * The planner's default view: the first `count` working days from today on that still have a free time.
 * Today is shown when it is a working day with times left, otherwise the next working days fill up.
 */
export function intakePlannerDays(
  clock: PlannerClock,
  calendar: WorkingCalendar,
  count: number = INTAKE_PLANNER_DAYS,
  times: readonly string[] = INTAKE_SLOT_TIMES,
): IntakeDay[] {
  const days: IntakeDay[] = []
  let date = clock.today
  // Bounded: a working day always has its times unless the list of times is empty.
  for (let guard = 0; days.length < count && guard < 60; guard++) {
    const slots = intakeSlotsOn(date, clock, calendar, times)
    if (slots.length > 0) days.push({ date, slots })
    date = calendar.addWorkingDays(date, 1)
  }
  return days
}

export type IntakeField = keyof Intake

/** A problem with one intake date, at its field; the screen words the code (src/shared/i18n/lifecycle.*.ts). */
export interface IntakeIssue extends LifecycleProblem {
  readonly field: IntakeField
}

export interface IntakeContext {
  readonly today: CalendarDate
  /** Whether the client's current plan includes an intake conversation (not Basis and Waakvlam). */
  readonly hasConversation: boolean
}

/**
 * Checks intake dates against each other and against today; returns every problem at its field (empty = fine).
 * Things that happened (sent, received, opened, held) cannot lie in the future; the dossier opens after the
 * form arrived; the conversation is planned after the form arrived and only for plans that have one.
 */
export function intakeIssues(client: Pick<Client, 'registrationReceivedDate'>, intake: Intake, ctx: IntakeContext): IntakeIssue[] {
  const issues: IntakeIssue[] = []
  const add = (field: IntakeField, code: LifecycleCode, params: Readonly<Record<string, string>> = {}) => {
    if (!issues.some((i) => i.field === field)) issues.push({ field, code, params })
  }
  const notFuture = (field: IntakeField, date: CalendarDate | null) => {
    if (date !== null && date > ctx.today) add(field, 'datum-in-toekomst', { today: formatDate(ctx.today) })
  }
  notFuture('formSentDate', intake.formSentDate)
  notFuture('formReceivedDate', intake.formReceivedDate)
  notFuture('dossierOpenedDate', intake.dossierOpenedDate)
  notFuture('conversationHeldDate', intake.conversationHeldDate)

  const received = intake.formReceivedDate
  if (received !== null && received < client.registrationReceivedDate) {
    add('formReceivedDate', 'formulier-voor-aanmelding', { date: formatDate(client.registrationReceivedDate) })
  }
  if (intake.dossierOpenedDate !== null) {
    if (received === null) add('dossierOpenedDate', 'dossier-zonder-formulier')
    else if (intake.dossierOpenedDate < received) add('dossierOpenedDate', 'voor-formulier', { date: formatDate(received) })
  }

  const planned = intake.conversationPlannedAt
  if (!ctx.hasConversation) {
    if (planned !== null) add('conversationPlannedAt', 'geen-intakegesprek')
    if (intake.conversationHeldDate !== null) add('conversationHeldDate', 'geen-intakegesprek')
    return issues
  }
  if (planned !== null) {
    if (!isPlannedAt(planned)) add('conversationPlannedAt', 'kies-dag-en-tijd')
    else if (received === null) add('conversationPlannedAt', 'gesprek-zonder-formulier')
    else if (plannedDate(planned) < received) add('conversationPlannedAt', 'voor-formulier', { date: formatDate(received) })
  }
  const held = intake.conversationHeldDate
  if (held !== null) {
    if (planned === null) add('conversationHeldDate', 'gesprek-niet-gepland')
    else if (received !== null && held < received) add('conversationHeldDate', 'voor-formulier', { date: formatDate(received) })
  }
  return issues
}
