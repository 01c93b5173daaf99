import type { Client } from './client'
import type { EcdMode } from './partner'
import { daysInMonth, type CalendarDate } from '../calendar/calendarDate'
import { DomainRuleError } from '../domain/errors'

/**
 * Rules that join a client to its partner (spec: Client, Privacy). Pure, so they are tested without a
 * database; the data layer applies them inside the write transaction.
 */

export interface RuleIssue {
  readonly path: readonly string[]
  readonly message: string
}

/**
 * Client numbers the operator assigns (ECD mode `eigen`): six digits, zero-padded (`000123`), so text
 * order equals number order and the highest number is found through the index. Numbers are never reused:
 * the next number follows the highest one ever issued within the partner, not the lowest gap.
 */
export const OWN_CLIENT_NUMBER_DIGITS = 6
const OWN_CLIENT_NUMBER = /^\d{6}$/

export function isOwnClientNumber(value: string): boolean {
  return OWN_CLIENT_NUMBER.test(value)
}

export function formatOwnClientNumber(value: number): string {
  return String(value).padStart(OWN_CLIENT_NUMBER_DIGITS, '0')
}

/** The rule `nummers-op`: the partner has no own client number left (the words: src/shared/i18n/rules.*.ts). */
export class ClientNumbersExhaustedError extends DomainRuleError {
  constructor() {
    super('nummers-op')
    this.name = 'ClientNumbersExhaustedError'
  }
}

/** The next free own number after the given numbers (any format; only six-digit ones count). */
export function nextOwnClientNumber(existing: Iterable<string>): string {
  let highest = 0
  for (const number of existing) {
    if (isOwnClientNumber(number)) highest = Math.max(highest, Number(number))
  }
  if (highest >= 999_999) throw new ClientNumbersExhaustedError()
  return formatOwnClientNumber(highest + 1)
}

/**
 * ECD mode rules (spec: Client; Privacy "BSN and birth date only where the ECD mode requires them"):
 * `eigen` requires a BSN (the 11-proef is in the client schema) and a birth date; `partner` must not
 * hold either.
 */
export function ecdModeIssues(client: Pick<Client, 'bsn' | 'birthDate'>, mode: EcdMode): RuleIssue[] {
  const issues: RuleIssue[] = []
  if (mode === 'eigen') {
    if (client.bsn === '') issues.push({ path: ['bsn'], message: 'validation.bsnRequired' })
    if (client.birthDate === null) issues.push({ path: ['birthDate'], message: 'validation.birthDateRequired' })
  } else {
    if (client.bsn !== '') issues.push({ path: ['bsn'], message: 'validation.bsnNotRecorded' })
    if (client.birthDate !== null) issues.push({ path: ['birthDate'], message: 'validation.birthDateNotRecorded' })
  }
  return issues
}

/**
 * Privacy (spec: AVG): the date from which a deregistered client's personal data may be anonymised —
 * the deregistration's effective date plus the retention period in months (clamped to the month's end,
 * 31-03 + 1 month = 30-04).
 */
export function anonymisationAllowedFrom(effectiveDate: CalendarDate, retentionMonths: number): CalendarDate {
  const year = Number(effectiveDate.slice(0, 4))
  const month = Number(effectiveDate.slice(5, 7))
  const day = Number(effectiveDate.slice(8, 10))
  const monthIndex = year * 12 + (month - 1) + retentionMonths
  const y = Math.floor(monthIndex / 12)
  const m = (monthIndex % 12) + 1
  const d = Math.min(day, daysInMonth(y, m))
  // Built from a valid date and a clamped day, so it is a valid calendar date.
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as CalendarDate
}

export const ANONYMISED_NAME = 'Geanonimiseerd'
export const ANONYMISED_VALUE = '[geanonimiseerd]'

/** Client fields (top-level names) that hold personal data; the audit trail drops their values on anonymisation. */
export const PERSONAL_CLIENT_FIELDS: ReadonlySet<string> = new Set([
  'firstName',
  'lastName',
  'birthDate',
  'bsn',
  'begeleider',
  'representatives',
  'notes',
  'intake',
])

/**
 * The client with every personal field removed. Kept: partner, client number, plan, status and lifecycle
 * dates — what the invoices and the 7-year fiscal retention rely on (invoices hold their own copy, spec F2).
 */
export function anonymiseClient(client: Client, date: CalendarDate): Client {
  return {
    ...client,
    firstName: ANONYMISED_NAME,
    lastName: ANONYMISED_NAME,
    birthDate: null,
    bsn: '',
    begeleider: { name: '', email: '', phone: '' },
    representatives: [],
    notes: '',
    intake: { ...client.intake, conversationPlannedAt: null },
    anonymisedDate: date,
  }
}
