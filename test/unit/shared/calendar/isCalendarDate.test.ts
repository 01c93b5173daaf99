import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCalendarDate } from '@shared/calendar/calendarDate'

/** The rule as it was first written, with a regular expression: the character-by-character check must agree. */
function reference(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return month >= 1 && month <= 12 && day >= 1 && day <= days
}

const nearDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
const mangled = fc
  .tuple(nearDate, fc.nat(9), fc.constantFrom('', ' ', '/', 'a', '٣', '0', '-', '\n'))
  .map(([date, at, text]) => date.slice(0, at) + text + date.slice(at + 1))

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026-01-01 ', false],
    ['2026-01-01\n', false],
    ['２０２６-01-01', false],
    ['', false],
  ])('%j is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected)
  })

  it('agrees with the regular-expression rule on dates, near-dates and any text', () => {
    fc.assert(
      fc.property(fc.oneof(nearDate, mangled, fc.string({ maxLength: 12 })), (value) => {
        expect(isCalendarDate(value)).toBe(reference(value))
      }),
      { numRuns: 5000 },
    )
  })
})
