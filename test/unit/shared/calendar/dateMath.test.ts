import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays as fnsAddDays, differenceInCalendarDays, format, getISODay } from 'date-fns'
import { parseCalendarDate, InvalidCalendarDateError } from '@shared/calendar/calendarDate'
import { addDays, daysBetween, fromDayNumber, isoDayOfWeek, makeDate, maxDate, minDate, toDayNumber } from '@shared/calendar/dateMath'

describe('parseCalendarDate', () => {
  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-04-31', '26-11-2026', '2026-1-5', ''])('rejects %j with a clear error', (text) => {
    expect(() => parseCalendarDate(text)).toThrow(InvalidCalendarDateError)
    expect(() => parseCalendarDate(text)).toThrow(/Invalid calendar date/)
  })

  it.each(['2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (text) => {
    expect(parseCalendarDate(text)).toBe(text)
  })

  it('makeDate refuses a day that does not exist', () => {
    expect(() => makeDate(2026, 2, 29)).toThrow(InvalidCalendarDateError)
    expect(makeDate(2028, 2, 29)).toBe('2028-02-29')
  })
})

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-11-10', 20767],
  ])('%s is day %i', (date, n) => {
    expect(toDayNumber(parseCalendarDate(date))).toBe(n)
    expect(fromDayNumber(n)).toBe(date)
  })

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // DST starts in Europe/Amsterdam
    ['2026-10-25', -1, '2026-10-24'], // DST ends
    ['2026-10-26', 30, '2026-11-25'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addDays(parseCalendarDate(date), n)).toBe(expected)
  })

  it('counts days between dates with a sign', () => {
    const a = parseCalendarDate('2026-10-26')
    const b = parseCalendarDate('2026-11-26')
    expect(daysBetween(a, b)).toBe(31)
    expect(daysBetween(b, a)).toBe(-31)
    expect(daysBetween(a, a)).toBe(0)
  })

  it('knows the day of the week', () => {
    expect(isoDayOfWeek(parseCalendarDate('2026-12-18'))).toBe(5)
    expect(isoDayOfWeek(parseCalendarDate('2027-01-05'))).toBe(2)
    expect(isoDayOfWeek(parseCalendarDate('2026-04-26'))).toBe(7)
  })

  it('min and max', () => {
    const a = parseCalendarDate('2026-01-31')
    const b = parseCalendarDate('2026-02-01')
    expect(minDate(a, b)).toBe(a)
    expect(maxDate(a, b)).toBe(b)
  })

  it('round-trips every day number in years 0001–9999', () => {
    const first = toDayNumber(parseCalendarDate('0001-01-01'))
    const last = toDayNumber(parseCalendarDate('9999-12-31'))
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => toDayNumber(fromDayNumber(n)) === n),
      { numRuns: 2000 },
    )
    expect(() => fromDayNumber(last + 1)).toThrow()
  })
})

describe('no time zone can move a date', () => {
  const originalTz = process.env.TZ
  afterAll(() => {
    process.env.TZ = originalTz
  })

  // Amsterdam (the product's calendar), São Paulo (DST used to start at midnight, so local midnight did not
  // exist), Auckland (southern-hemisphere DST) and Los Angeles. date-fns is the oracle here, so zones that
  // skipped a whole calendar day (Kiritimati in 1994, Apia in 2011) are left out: there the local-time
  // oracle itself loses the day, which is exactly why the engine does not use instants.
  it.each(['Europe/Amsterdam', 'America/Sao_Paulo', 'Pacific/Auckland', 'America/Los_Angeles'])(
    'agrees with date-fns local-calendar arithmetic for every day 1900–2100 in %s',
    (tz) => {
      process.env.TZ = tz
      // Proves the zone switch took effect, so this test can fail.
      const summer = new Date(2026, 6, 1, 12).getTimezoneOffset()
      const winter = new Date(2026, 0, 1, 12).getTimezoneOffset()
      if (tz === 'Europe/Amsterdam') expect([summer, winter]).toEqual([-120, -60])
      const base = new Date(1900, 0, 1, 12)
      const baseDay = toDayNumber(parseCalendarDate('1900-01-01'))
      for (let i = 0; i < 73_049; i += 1) {
        const local = fnsAddDays(base, i)
        const ours = fromDayNumber(baseDay + i)
        if (ours !== format(local, 'yyyy-MM-dd')) expect(ours).toBe(format(local, 'yyyy-MM-dd'))
        if (isoDayOfWeek(ours) !== getISODay(local)) expect(isoDayOfWeek(ours)).toBe(getISODay(local))
      }
      expect(daysBetween(parseCalendarDate('1900-01-01'), parseCalendarDate('2100-01-01'))).toBe(differenceInCalendarDays(new Date(2100, 0, 1, 12), base))
    },
  )
})
