import type { CalendarDate } from '../calendar/calendarDate'
import { addDays } from '../calendar/dateMath'
import { cellText, type TableCell } from '../import/table'
import { readDate } from '../import/values'
import { isValidBsn } from '../model/bsn'
import { onboardingProblem, type OnboardingProblem } from '../problems/onboarding'

/** A value read from a cell, or why it cannot be used. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: OnboardingProblem }

/**
 * Excel day numbers read as dates: 61 (01-03-1900, after Excel's fictitious 29-02-1900) up to 31-12-2099.
 * Counted from 30-12-1899, as Excel does for every day number after its 29-02-1900.
 */
const FIRST_SERIAL = 61
const LAST_SERIAL = 73415
const EXCEL_EPOCH = '1899-12-30' as CalendarDate

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const no = (problem: OnboardingProblem): Read<never> => ({ ok: false, problem })

/**
 * A calendar date from `dd-mm-jjjj` (also `/` or `.`), ISO `jjjj-mm-dd`, an `.xlsx` date cell or an Excel day
 * number (the usage import's reader); a time of day is dropped. Null when empty.
 */
export function readCalendarDate(cell: TableCell | undefined, column: string): Read<CalendarDate | null> {
  // Birth dates lie before 2000, where the usage reader (contacts, periods) refuses day numbers.
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= FIRST_SERIAL && cell <= LAST_SERIAL) return ok(addDays(EXCEL_EPOCH, cell))
  const read = readDate(cell)
  if (read === null) return ok(null)
  return read.ok ? ok(read.value.date) : no(onboardingProblem('onboarding.invalidDate', { column, value: cellText(cell) }))
}

/**
 * A BSN as text, leading zeros kept: `012345672` stays as it is; a number cell (Excel drops the zeros of a
 * number) is padded back to nine digits. Spaces, dots and dashes between the digits are left out. Must pass
 * the 11-proef. Empty is ''.
 */
export function readBsn(cell: TableCell | undefined): Read<string> {
  if (typeof cell === 'number') {
    const digits = Number.isInteger(cell) && cell > 0 && cell < 1e9 ? String(cell).padStart(9, '0') : String(cell)
    return isValidBsn(digits) ? ok(digits) : no(onboardingProblem('onboarding.invalidBsn', { value: String(cell) }))
  }
  const text = cellText(cell)
  if (text === '') return ok('')
  // Text is taken as written (no zeros added: eight digits in a text cell may as well be a typo).
  const bsn = text.replace(/[\s.-]/g, '')
  return isValidBsn(bsn) ? ok(bsn) : no(onboardingProblem('onboarding.invalidBsn', { value: text }))
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'waar', 'true', '1', 'x'])
const NO = new Set(['nee', 'n', 'no', 'onwaar', 'false', '0'])

/** `ja`/`nee` (also yes/no, true/false, 1/0, x); empty gives `fallback`. */
export function readYesNo(cell: TableCell | undefined, column: string, fallback: boolean): Read<boolean> {
  const text = cellText(cell).toLowerCase()
  if (text === '') return ok(fallback)
  if (YES.has(text)) return ok(true)
  if (NO.has(text)) return ok(false)
  return no(onboardingProblem('onboarding.invalidChoice', { column, value: cellText(cell), choices: 'ja, nee' }))
}

/** One of `choices`, compared without case and surrounding spaces; null when empty. */
export function readChoice<T extends string>(cell: TableCell | undefined, column: string, choices: readonly T[]): Read<T | null> {
  const text = cellText(cell)
  if (text === '') return ok(null)
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase().replace(/\s+/g, ' '))
  return found !== undefined ? ok(found) : no(onboardingProblem('onboarding.invalidChoice', { column, value: text, choices: choices.join(', ') }))
}

/** Trimmed text of at most `max` characters. */
export function readText(cell: TableCell | undefined, column: string, max: number): Read<string> {
  const text = cellText(cell)
  return text.length <= max ? ok(text) : no(onboardingProblem('onboarding.tooLong', { column, max }))
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^[+0-9 ()-]{6,20}$/

export function readEmail(cell: TableCell | undefined, column: string): Read<string> {
  const text = cellText(cell)
  return text === '' || EMAIL.test(text) ? ok(text) : no(onboardingProblem('onboarding.invalidEmail', { column, value: text }))
}

/** A phone number; a number cell (Excel dropped the leading 0) gets its 0 back. */
export function readPhone(cell: TableCell | undefined, column: string): Read<string> {
  const text = typeof cell === 'number' && Number.isInteger(cell) ? `0${cell}` : cellText(cell)
  return text === '' || PHONE.test(text) ? ok(text) : no(onboardingProblem('onboarding.invalidPhone', { column, value: cellText(cell) }))
}

/** `1234 AB` (also `1234ab`), written the Dutch way: four digits, a space, two capitals. */
export function readPostcode(cell: TableCell | undefined): Read<string> {
  const text = cellText(cell).toUpperCase()
  const m = /^(\d{4}) ?([A-Z]{2})$/.exec(text)
  return m ? ok(`${m[1]} ${m[2]}`) : no(onboardingProblem('onboarding.invalidPostcode', { value: cellText(cell) }))
}

/** Digits only (spaces and dots between them left out), exactly `length` of them; '' when empty. */
export function readDigits(cell: TableCell | undefined, length: number, code: 'onboarding.invalidKvk' | 'onboarding.invalidOin'): Read<string> {
  const raw = typeof cell === 'number' && Number.isInteger(cell) ? String(cell).padStart(length, '0') : cellText(cell)
  const digits = raw.replace(/[\s.]/g, '')
  if (digits === '') return ok('')
  return new RegExp(`^\\d{${length}}$`).test(digits) ? ok(digits) : no(onboardingProblem(code, { value: cellText(cell) }))
}
