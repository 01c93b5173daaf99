import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatDate, formatInstant, parseDutchDate } from '@shared/format/date'
import { isCalendarDate } from '@shared/calendar/calendarDate'

describe('formatDate', () => {
  it.each([
    ['2026-11-23', '23-11-2026'],
    ['2027-01-05', '05-01-2027'],
    ['2024-02-29', '29-02-2024'],
  ])('%s → %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text)
  })

  it('renders a missing date as empty', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
    expect(formatDate('')).toBe('')
  })
})

describe('parseDutchDate', () => {
  it.each([
    ['23-11-2026', '2026-11-23'],
    ['5-1-2027', '2027-01-05'],
    ['23/11/2026', '2026-11-23'],
    ['23.11.2026', '2026-11-23'],
    [' 29-02-2024 ', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso)
  })

  it.each(['30-02-2026', '29-02-2026', '2026-11-23', '23-13-2026', '', '23-11-26', 'morgen'])('%s is not a date', (text) => {
    expect(parseDutchDate(text)).toBeNull()
  })

  it('round-trips every calendar date through its Dutch text', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10)
        expect(isCalendarDate(iso)).toBe(true)
        expect(parseDutchDate(formatDate(iso))).toBe(iso)
      }),
    )
  })
})

describe('formatInstant', () => {
  it('shows Amsterdam wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(formatInstant('2026-11-23T13:05:00Z')).toBe('23-11-2026 14:05')
    expect(formatInstant('2026-07-01T22:30:00.000Z')).toBe('02-07-2026 00:30')
  })

  it('keeps an unreadable value visible rather than hiding it', () => {
    expect(formatInstant('gisteren')).toBe('gisteren')
  })
})
