import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { addDays, fromDayNumber, toDayNumber } from '@shared/calendar/dateMath'
import { ATW_CALENDAR, addWorkingDays, createWorkingCalendar, isWorkingDay, workingDaysBetween } from '@shared/calendar/workingDays'

const d = (s: string): CalendarDate => parseCalendarDate(s)

describe('isWorkingDay', () => {
  it.each([
    ['2026-12-18', true], // Friday
    ['2026-12-19', false], // Saturday
    ['2026-12-20', false], // Sunday
    ['2026-12-25', false], // Eerste Kerstdag
    ['2027-01-01', false], // Nieuwjaarsdag
    ['2026-04-27', false], // Koningsdag
    ['2026-05-05', false], // 5 mei
    ['2026-04-03', true], // Goede Vrijdag is no ATW holiday
    ['2025-04-26', false], // Saturday Koningsdag, weekend anyway
    ['2025-04-28', true], // the Monday after: no compensation day
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(d(date))).toBe(expected)
  })

  it('shares one calendar per set of extra days', () => {
    expect(createWorkingCalendar([d('2026-12-24'), d('2026-04-03')])).toBe(createWorkingCalendar([d('2026-04-03'), d('2026-12-24')]))
    expect(createWorkingCalendar([])).toBe(ATW_CALENDAR)
    expect(createWorkingCalendar([d('2026-12-24')])).not.toBe(createWorkingCalendar([d('2026-12-31')]))
  })

  it('counts extra closing days from settings', () => {
    const calendar = createWorkingCalendar([d('2026-04-03'), d('2026-12-24')])
    expect(isWorkingDay(d('2026-04-03'), calendar)).toBe(false)
    expect(isWorkingDay(d('2026-12-24'), calendar)).toBe(false)
    expect(isWorkingDay(d('2026-04-03'))).toBe(true)
    expect(calendar.closedWeekdays(2026)).toContain('2026-12-24')
  })
})

describe('addWorkingDays', () => {
  it.each([
    ['2026-12-18', 10, '2027-01-05'], // spec example: Friday 18-12-2026 → Tuesday 05-01-2027
    ['2026-12-18', 1, '2026-12-21'],
    ['2026-12-19', 1, '2026-12-21'], // from a Saturday
    ['2026-12-24', 1, '2026-12-28'], // over Christmas
    ['2026-04-24', 1, '2026-04-28'], // over Koningsdag
    ['2026-05-04', 1, '2026-05-06'], // over 5 mei
    ['2026-05-13', 1, '2026-05-15'], // over Hemelvaartsdag
    ['2026-12-18', 0, '2026-12-18'],
    ['2027-01-05', -10, '2026-12-18'],
    ['2026-11-10', 10, '2026-11-24'],
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(addWorkingDays(d(date), n)).toBe(expected)
  })

  it('an extra closing day pushes the deadline', () => {
    const calendar = createWorkingCalendar([d('2026-12-24'), d('2026-12-31')])
    expect(addWorkingDays(d('2026-12-18'), 10, calendar)).toBe('2027-01-07')
  })

  it('crosses several years', () => {
    expect(addWorkingDays(d('2026-01-01'), 520)).toBe(addWorkingDays(addWorkingDays(d('2026-01-01'), 260), 260))
  })
})

describe('workingDaysBetween', () => {
  it.each([
    ['2026-12-18', '2027-01-05', 10],
    ['2027-01-05', '2026-12-18', -10],
    ['2026-12-18', '2026-12-18', 0],
    ['2026-12-18', '2026-12-20', 0], // Friday → Sunday
    ['2026-12-21', '2026-12-18', -1], // deadline Friday, today Monday: one day overdue
    ['2026-12-24', '2026-12-28', 1],
  ])('%s → %s = %i', (from, to, expected) => {
    expect(workingDaysBetween(d(from), d(to))).toBe(expected)
  })

  it('matches a day-by-day count over several years with extra days', () => {
    const calendar = createWorkingCalendar([d('2026-04-03'), d('2027-12-27'), d('2028-01-08')])
    const start = toDayNumber(d('2025-12-01'))
    let count = 0
    for (let i = 1; i <= 1200; i++) {
      const day = fromDayNumber(start + i)
      if (calendar.isWorkingDay(day)) count++
      if (i % 37 === 0) expect(calendar.workingDaysBetween(d('2025-12-01'), day)).toBe(count)
    }
  })
})

describe('properties', () => {
  const anyDate = fc.integer({ min: toDayNumber(d('1990-01-01')), max: toDayNumber(d('2090-12-31')) }).map(fromDayNumber)

  it('addWorkingDays then workingDaysBetween round-trips (n ≥ 0)', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (date, n) => workingDaysBetween(date, addWorkingDays(date, n)) === n))
  })

  it('going back from a working day round-trips too', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (date, n) => {
        const start = addWorkingDays(date, 1)
        return addWorkingDays(addWorkingDays(start, -n), n) === start
      }),
    )
  })

  it('the result of adding n ≥ 1 is always a working day after the start', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (date, n) => {
        const result = addWorkingDays(date, n)
        return isWorkingDay(result) && result > date
      }),
    )
  })

  it('is antisymmetric', () => {
    fc.assert(fc.property(anyDate, anyDate, (a, b) => workingDaysBetween(a, b) === -workingDaysBetween(b, a)))
  })

  it('is additive', () => {
    fc.assert(fc.property(anyDate, anyDate, anyDate, (a, b, c) => workingDaysBetween(a, c) === workingDaysBetween(a, b) + workingDaysBetween(b, c)))
  })

  // Speed is the benchmark's business; the generous timeout only catches a deadline search gone quadratic.
  it('handles 100,000 ten-day deadlines, each ten working days on', { timeout: 60_000 }, () => {
    const start = toDayNumber(d('2026-01-01'))
    for (let i = 0; i < 100_000; i++) {
      const from = addDays(fromDayNumber(start), i % 700)
      const deadline = ATW_CALENDAR.addWorkingDays(from, 10)
      if (workingDaysBetween(from, deadline) !== 10) expect.fail(`${from} + 10 working days gave ${deadline}`)
    }
  })
})
