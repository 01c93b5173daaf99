import { describe, expect, it } from 'vitest'
import Holidays from 'date-holidays'
import { atwHolidays, easterSunday } from '@shared/calendar/holidays'

describe('easterSunday', () => {
  // Published dates, including the earliest (22 March) and latest (25 April) possible.
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date)
  })
})

describe('atwHolidays: hand-checked table', () => {
  // Checked against rijksoverheid.nl and a printed calendar. 2025 and 2031: 27 April is a Sunday → Koningsdag 26 April.
  const table: Record<number, string[]> = {
    2025: ['2025-01-01', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26'],
    2026: ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26'],
    2027: ['2027-01-01', '2027-03-29', '2027-04-27', '2027-05-05', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26'],
    2028: ['2028-01-01', '2028-04-17', '2028-04-27', '2028-05-05', '2028-05-25', '2028-06-05', '2028-12-25', '2028-12-26'],
    2031: ['2031-01-01', '2031-04-14', '2031-04-26', '2031-05-05', '2031-05-22', '2031-06-02', '2031-12-25', '2031-12-26'],
  }
  it.each(Object.entries(table))('%s', (year, dates) => {
    expect(atwHolidays(Number(year)).map((h) => h.date)).toEqual(dates)
  })

  it('names the days in Dutch', () => {
    expect(atwHolidays(2026).map((h) => h.name)).toEqual([
      'Nieuwjaarsdag',
      'Tweede Paasdag',
      'Koningsdag',
      'Bevrijdingsdag (5 mei)',
      'Hemelvaartsdag',
      'Tweede Pinksterdag',
      'Eerste Kerstdag',
      'Tweede Kerstdag',
    ])
  })

  it('uses Koninginnedag before 2014 (30 April; Saturday 29 April when a Sunday, 1980–2013)', () => {
    expect(atwHolidays(2013).find((h) => h.name === 'Koninginnedag')?.date).toBe('2013-04-30')
    expect(atwHolidays(2006).find((h) => h.name === 'Koninginnedag')?.date).toBe('2006-04-29')
    expect(atwHolidays(1978).find((h) => h.name === 'Koninginnedag')?.date).toBe('1978-05-01')
  })
})

describe('atwHolidays agrees with date-holidays for 1950–2100', () => {
  // date-holidays is the independent oracle: its NL "public" days minus Pasen and Pinksteren (Sundays, not
  // ATW days by name) plus Bevrijdingsdag (typed "school" there) is exactly the ATW list.
  const hd = new Holidays('NL')
  it('every year', () => {
    for (let year = 1950; year <= 2100; year++) {
      const expected = hd
        .getHolidays(year)
        .filter((h) => (h.type === 'public' && !['Pasen', 'Pinksteren'].includes(h.name)) || h.name === 'Bevrijdingsdag')
        .map((h) => h.date.slice(0, 10))
        .sort()
      expect({ year, dates: atwHolidays(year).map((h) => h.date) }).toEqual({ year, dates: expected })
    }
  })
})
