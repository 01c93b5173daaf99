import type { BackupData } from '../backup/schema'
import { billingPeriod } from '../calendar/billingPeriod'
import { daysInMonth, isCalendarDate, type CalendarDate } from '../calendar/calendarDate'
import { dateParts, makeDate } from '../calendar/dateMath'
import { formatDate } from '../format/date'
import type { VerifyFinding, VerifyTable } from '../problems/verify'
import { clientNumbersOf, recordOf } from './records'

/** No record of the administration can date from before the service existed. */
export const EARLIEST_DATE = '2000-01-01' as CalendarDate
/** How far ahead a date may lie: a deregistration or change may be planned, but not for years. */
export const YEARS_AHEAD = 2

/** `today` plus `YEARS_AHEAD` years; 29 February becomes 28 February in a common year. */
export function latestDate(today: CalendarDate): CalendarDate {
  const { year, month, day } = dateParts(today)
  return makeDate(year + YEARS_AHEAD, month, Math.min(day, daysInMonth(year + YEARS_AHEAD, month)))
}

type DateFields<T> = readonly (readonly [string, (row: T) => string | null])[]

const clientDates: DateFields<BackupData['clients'][number]> = [
  ['registrationReceivedDate', (c) => c.registrationReceivedDate],
  ['activationDate', (c) => c.activationDate],
  ['loginSentDate', (c) => c.loginSentDate],
  ['intake.formSentDate', (c) => c.intake.formSentDate],
  ['intake.formReceivedDate', (c) => c.intake.formReceivedDate],
  ['intake.dossierOpenedDate', (c) => c.intake.dossierOpenedDate],
  // Local wall-clock time `YYYY-MM-DDTHH:mm`: its day counts.
  ['intake.conversationPlannedAt', (c) => c.intake.conversationPlannedAt?.slice(0, 10) ?? null],
  ['intake.conversationHeldDate', (c) => c.intake.conversationHeldDate],
  ['anonymisedDate', (c) => c.anonymisedDate],
]
const periodDates: DateFields<BackupData['subscriptionPeriods'][number]> = [
  ['from', (p) => p.from],
  ['until', (p) => p.until],
]
const changeDates: DateFields<BackupData['changeRequests'][number]> = [
  ['requestDate', (cr) => cr.requestDate],
  ['partnerApprovalDate', (cr) => cr.partnerApprovalDate],
  ['operatorApprovalDate', (cr) => cr.operatorApprovalDate],
  ['closedDate', (cr) => cr.closedDate],
  ['effectiveDate', (cr) => cr.effectiveDate],
]
const deregistrationDates: DateFields<BackupData['deregistrations'][number]> = [
  ['receivedDate', (d) => d.receivedDate],
  ['requestedDate', (d) => d.requestedDate],
  ['effectiveDate', (d) => d.effectiveDate],
  ['processedDate', (d) => d.processedDate],
]
const invoiceDates: DateFields<BackupData['invoices'][number]> = [
  ['periodFrom', (inv) => inv.periodFrom],
  ['periodTo', (inv) => inv.periodTo],
  ['invoiceDate', (inv) => inv.invoiceDate],
  ['dueDate', (inv) => inv.dueDate],
  ['finalisedDate', (inv) => inv.finalisedDate],
]

/**
 * Every date of the administration between 01-01-2000 and two years after `today`. A client's birth date is
 * not one of them: clients are born long before 2000. A usage row counts by the last day of its billing
 * period, an audit entry by the day of its instant.
 */
export function checkDates(data: BackupData, today: CalendarDate): VerifyFinding[] {
  const latest = latestDate(today)
  const numbers = clientNumbersOf(data)
  const findings: VerifyFinding[] = []
  const judge = (date: string | null, table: VerifyTable, id: string | null, field: string, clientId?: string): void => {
    if (date === null || !isCalendarDate(date)) return
    const record = recordOf(table, id, numbers, clientId, field)
    if (date < EARLIEST_DATE) findings.push({ code: 'verify.dateTooEarly', params: { date: formatDate(date), earliest: formatDate(EARLIEST_DATE) }, record })
    else if (date > latest) findings.push({ code: 'verify.dateTooLate', params: { date: formatDate(date), latest: formatDate(latest) }, record })
  }
  const each = <T>(rows: readonly T[], fields: DateFields<T>, table: VerifyTable, key: (row: T) => { id: string; clientId?: string }): void => {
    for (const row of rows) {
      const { id, clientId } = key(row)
      for (const [field, get] of fields) judge(get(row), table, id, field, clientId)
    }
  }

  data.settings.extraClosingDays.forEach((day, i) => judge(day, 'settings', null, `extraClosingDays.${i}`))
  each(data.clients, clientDates, 'clients', (c) => ({ id: c.id, clientId: c.id }))
  each(data.subscriptionPeriods, periodDates, 'subscriptionPeriods', (p) => ({ id: p.id, clientId: p.clientId }))
  each(data.changeRequests, changeDates, 'changeRequests', (cr) => ({ id: cr.id, clientId: cr.clientId }))
  each(data.deregistrations, deregistrationDates, 'deregistrations', (d) => ({ id: d.id, clientId: d.clientId }))
  each(data.invoices, invoiceDates, 'invoices', (inv) => ({ id: inv.id }))
  const startDay = data.settings.billingPeriodStartDay
  const lastDays = new Map<string, CalendarDate>()
  for (const u of data.usage) {
    let last = lastDays.get(u.period)
    if (last === undefined) lastDays.set(u.period, (last = billingPeriod(u.period, startDay).last))
    judge(last, 'usage', u.id, 'period', u.clientId)
  }
  data.auditEntries.forEach((a, i) => judge(a.at.slice(0, 10), 'auditEntries', String(a.id ?? `#${i}`), 'at'))
  return findings
}
