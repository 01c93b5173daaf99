import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { fromDayNumber, toDayNumber } from '@shared/calendar/dateMath'
import {
  InvalidPeriodError,
  billingPeriod,
  closesQuarter,
  lastCompleteQuarter,
  nextPeriodName,
  periodContaining,
  periodNameOf,
  periodNamesBetween,
  periodsOfQuarter,
  previousPeriodName,
  quarterOfPeriod,
  quarterSpan,
  shiftQuarterName,
} from '@shared/calendar/billingPeriod'

const d = (s: string): CalendarDate => parseCalendarDate(s)

describe('billingPeriod (spec rule 6)', () => {
  it.each([
    ['2026-11', 26, '2026-10-26', '2026-11-25', 31], // spec example
    ['2027-01', 26, '2026-12-26', '2027-01-25', 31], // across the year end
    ['2026-03', 26, '2026-02-26', '2026-03-25', 28],
    ['2028-03', 26, '2028-02-26', '2028-03-25', 29], // leap year
    ['2026-12', 26, '2026-11-26', '2026-12-25', 30],
    ['2026-02', 1, '2026-02-01', '2026-02-28', 28], // start day 1: the calendar month
    ['2026-12', 1, '2026-12-01', '2026-12-31', 31],
    ['2026-03', 28, '2026-02-28', '2026-03-27', 28],
    ['2026-03', 2, '2026-02-02', '2026-03-01', 28],
  ])('%s with start day %i: %s t/m %s, %i days', (name, startDay, from, last, days) => {
    const p = billingPeriod(name, startDay)
    expect(p).toEqual({ name, from, last, until: nextStart(name, startDay), days })
  })

  it('defaults to start day 26', () => {
    expect(billingPeriod('2026-11').from).toBe('2026-10-26')
  })

  it.each([29, 30, 31, 0, 1.5])('refuses start day %s', (startDay) => {
    expect(() => billingPeriod('2026-11', startDay)).toThrow(InvalidPeriodError)
    expect(() => periodNameOf(d('2026-11-01'), startDay)).toThrow(/start day/)
  })

  it.each(['2026-13', '2026-1', '26-11', ''])('refuses period name %j', (name) => {
    expect(() => billingPeriod(name)).toThrow(/Invalid period name/)
  })
})

function nextStart(name: string, startDay: number): string {
  return billingPeriod(nextPeriodName(name), startDay).from
}

describe('periodNameOf', () => {
  it.each([
    ['2026-11-10', '2026-11'],
    ['2026-10-26', '2026-11'],
    ['2026-10-25', '2026-10'],
    ['2026-11-25', '2026-11'],
    ['2026-12-26', '2027-01'],
    ['2026-12-31', '2027-01'],
    ['2027-01-01', '2027-01'],
  ])('%s lies in %s', (date, name) => {
    expect(periodNameOf(d(date))).toBe(name)
    expect(periodContaining(d(date)).name).toBe(name)
  })

  it('start day 1: the month itself', () => {
    expect(periodNameOf(d('2026-12-31'), 1)).toBe('2026-12')
    expect(periodNameOf(d('2026-12-01'), 1)).toBe('2026-12')
  })
})

describe('neighbours and quarters', () => {
  it('steps across year ends', () => {
    expect(nextPeriodName('2026-12')).toBe('2027-01')
    expect(previousPeriodName('2027-01')).toBe('2026-12')
    expect(periodNamesBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(periodNamesBetween('2027-02', '2026-11')).toEqual([])
  })

  it.each([
    ['2026-10', '2026-Q4'],
    ['2026-12', '2026-Q4'],
    ['2027-01', '2027-Q1'],
    ['2026-06', '2026-Q2'],
  ])('%s belongs to %s', (name, quarter) => {
    expect(quarterOfPeriod(name)).toBe(quarter)
  })

  it('a quarter is three periods (spec rule 9)', () => {
    expect(periodsOfQuarter('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(periodsOfQuarter('2027-Q1')).toEqual(['2027-01', '2027-02', '2027-03'])
    expect(() => periodsOfQuarter('2026-Q5')).toThrow(/Invalid quarter name/)
    expect(closesQuarter('2026-12')).toBe(true)
    expect(closesQuarter('2026-11')).toBe(false)
    expect(shiftQuarterName('2026-Q4', 1)).toBe('2027-Q1')
    expect(shiftQuarterName('2026-Q1', -1)).toBe('2025-Q4')
  })

  it('spans a quarter', () => {
    expect(quarterSpan('2026-Q4')).toEqual({ from: '2026-09-26', until: '2026-12-26', last: '2026-12-25' })
  })

  it.each([
    ['2026-12-25', '2026-Q3'],
    ['2026-12-26', '2026-Q4'],
    ['2027-02-10', '2026-Q4'],
    ['2027-03-26', '2027-Q1'],
  ])('on %s the last complete quarter is %s', (today, quarter) => {
    expect(lastCompleteQuarter(d(today))).toBe(quarter)
  })
})

describe('properties', () => {
  const anyDate = fc.integer({ min: toDayNumber(d('1990-01-01')), max: toDayNumber(d('2090-12-31')) }).map(fromDayNumber)
  const startDay = fc.integer({ min: 1, max: 28 })

  it('the period containing a date contains it, and periods are 28–31 days', () => {
    fc.assert(
      fc.property(anyDate, startDay, (date, s) => {
        const p = periodContaining(date, s)
        return p.from <= date && date < p.until && p.days >= 28 && p.days <= 31
      }),
    )
  })

  it('consecutive periods touch without gap or overlap', () => {
    fc.assert(
      fc.property(anyDate, startDay, (date, s) => {
        const p = periodContaining(date, s)
        const next = billingPeriod(nextPeriodName(p.name), s)
        return next.from === p.until && periodContaining(p.until, s).name === next.name
      }),
    )
  })

  it('with start day 26 a period is named after the month in which it ends', () => {
    fc.assert(fc.property(anyDate, (date) => periodContaining(date).last.slice(0, 7) === periodContaining(date).name))
  })
})
