import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  detectDecimalStyle,
  readCount,
  readDate,
  readMinutes,
  readNumber,
  readPeriod,
  readsTwoWays,
  weighDecimalStyle,
  type CellResult,
} from '@shared/import/values'
import { importText } from '@shared/problems/words'

/** A refused cell as the Dutch preview words it, to check code and parameters in one go. */
function dutch<T>(result: CellResult<T> | null): string {
  if (result === null || result.ok) throw new Error('verwacht een weigering')
  return importText(result.problem, 'nl')
}

const CONTACT = { minutes: 1440, per: 'contact' } as const

describe('readNumber', () => {
  it.each([
    ['12', 'comma', 12],
    ['12,5', 'comma', 12.5],
    ['1.234,5', 'comma', 1234.5],
    ['1.234', 'comma', 1234],
    ['12.5', 'comma', 12.5],
    ['12.5', 'point', 12.5],
    ['1,234.5', 'point', 1234.5],
    ['1,234', 'point', 1234],
    ['12,5', 'point', 12.5],
    [' 7 ', 'comma', 7],
    ['1 234,5', 'comma', 1234.5],
  ] as const)('reads %j in a %s file as %d', (text, style, value) => {
    expect(readNumber(text, style, 'callMinutes')).toEqual({ ok: true, value })
  })

  it('takes numbers from .xlsx as they are and an empty cell as absent', () => {
    expect(readNumber(3.25, 'comma', 'callMinutes')).toEqual({ ok: true, value: 3.25 })
    expect(readNumber('', 'comma', 'callMinutes')).toBeNull()
    expect(readNumber(null, 'comma', 'callMinutes')).toBeNull()
  })

  it.each(['abc', '12 min', '1,2,3', '--4', '12,'])('refuses %j', (text) => {
    const read = readNumber(text, 'comma', 'callMinutes')
    expect(read).toEqual({ ok: false, problem: { code: 'import.notANumber', params: { column: 'callMinutes', value: text } } })
    expect(dutch(read)).toBe(`Belminuten "${text}" is geen getal`)
  })
})

describe('detectDecimalStyle', () => {
  it('follows the cells that can only be read one way, Dutch when undecided', () => {
    expect(detectDecimalStyle(['12,5', '3', '1.234'])).toBe('comma')
    expect(detectDecimalStyle(['12.5', '3.75', '4'])).toBe('point')
    expect(detectDecimalStyle(['12', '1.234', null, 7])).toBe('comma')
    expect(detectDecimalStyle(['1,234', '2,500'])).toBe('comma')
  })
})

describe('readMinutes and readCount', () => {
  it('refuses negative and impossible minutes, treats empty as 0', () => {
    expect(dutch(readMinutes('-5', 'comma', 'callMinutes', CONTACT))).toBe('Belminuten zijn negatief (-5)')
    expect(readMinutes('1500', 'comma', 'callMinutes', CONTACT)).toEqual({
      ok: false,
      problem: { code: 'import.tooManyContactMinutes', params: { column: 'callMinutes', value: '1500', hours: 24 } },
    })
    expect(dutch(readMinutes('1500', 'comma', 'callMinutes', CONTACT))).toBe('Belminuten (1500) is meer dan 24 uur voor één contact')
    expect(dutch(readMinutes('50000', 'comma', 'registrationMinutes', { minutes: 31 * 1440, per: 'period' }))).toBe(
      'Registratieminuten (50000) is meer dan 31 dagen voor één periode',
    )
    expect(readMinutes('', 'comma', 'callMinutes', CONTACT)).toEqual({ ok: true, value: 0 })
    expect(readMinutes('0,5', 'comma', 'callMinutes', CONTACT)).toEqual({ ok: true, value: 0.5 })
  })

  it('wants whole contacts', () => {
    expect(readCount('3', 'comma', 'contacts')).toEqual({ ok: true, value: 3 })
    expect(dutch(readCount('2,5', 'comma', 'contacts'))).toBe('Contacten "2,5" is geen geheel getal')
    expect(dutch(readCount('-1', 'comma', 'contacts'))).toBe('Contacten zijn negatief (-1)')
  })
})

describe('readDate', () => {
  it.each([
    ['10-11-2026', '2026-11-10', null],
    ['1-2-2026', '2026-02-01', null],
    ['10/11/2026 14:05', '2026-11-10', '14:05'],
    ['10.11.2026', '2026-11-10', null],
    ['2026-11-10', '2026-11-10', null],
    ['2026-11-10 08:30:15', '2026-11-10', '08:30:15'],
    ['2026-11-10T08:30', '2026-11-10', '08:30'],
  ])('reads %j', (text, date, time) => {
    expect(readDate(text)).toEqual({ ok: true, value: { date, time } })
  })

  it('reads an Excel day number and refuses impossible days', () => {
    expect(readDate(46336)).toEqual({ ok: true, value: { date: '2026-11-10', time: null } })
    expect(dutch(readDate('31-11-2026'))).toBe('Ongeldige datum "31-11-2026" (dd-mm-jjjj)')
    expect(dutch(readDate('10-11-26'))).toBe('Ongeldige datum "10-11-26" (dd-mm-jjjj)')
    expect(dutch(readDate(12))).toBe('Ongeldige datum "12" (dd-mm-jjjj)')
    expect(readDate('')).toBeNull()
  })
})

describe('readPeriod', () => {
  it.each([
    ['2026-11', '2026-11'],
    ['2026/3', '2026-03'],
    ['202611', '2026-11'],
    [202611, '2026-11'],
    ['11-2026', '2026-11'],
    ['nov 2026', '2026-11'],
    ['November 2026', '2026-11'],
    ['mrt-26', '2026-03'],
    ['2026-11-01', '2026-11'],
  ])('reads %j as %s', (text, period) => {
    expect(readPeriod(text)).toEqual({ ok: true, value: period })
  })

  it('refuses a day that is not the 1st and anything else', () => {
    expect(dutch(readPeriod('2026-11-15'))).toBe('Periode "15-11-2026" is een datum; schrijf de periode als jjjj-mm')
    expect(dutch(readPeriod('2026-13'))).toBe('Ongeldige periode "2026-13" (jjjj-mm)')
    expect(dutch(readPeriod('volgende maand'))).toBe('Ongeldige periode "volgende maand" (jjjj-mm)')
    expect(readPeriod(null)).toBeNull()
  })
})

describe('parseTableRowsJson', () => {
  it('reads rows sent as JSON text and refuses anything else', async () => {
    const { parseTableRowsJson } = await import('@shared/import/table')
    expect(parseTableRowsJson('[{"line":1,"cells":["a",2,null]}]')).toEqual({ ok: true, rows: [{ line: 1, cells: ['a', 2, null] }] })
    expect(parseTableRowsJson('[{"line":0,"cells":[]}]').ok).toBe(false)
    expect(parseTableRowsJson('[{"line":1,"cells":[{}]}]').ok).toBe(false)
    expect(parseTableRowsJson('{niet json')).toEqual({ ok: false, problem: { code: 'import.unreadableRows', params: {} } })
    expect(parseTableRowsJson('[{"line":0,"cells":[]}]')).toEqual({ ok: false, problem: { code: 'import.unexpectedRows', params: {} } })
  })
})

describe('numbers that read two ways', () => {
  it('are exactly those whose one separator is followed by three digits', () => {
    for (const text of ['12.345', '1,234', '-7.500', '999,000']) expect(readsTwoWays(text), text).toBe(true)
    for (const text of ['12,5', '12.5', '1.234,5', '1,234.5', '12.345.678', '1234.567', '12', '', 'veel']) expect(readsTwoWays(text), text).toBe(false)
    expect(readsTwoWays(12.345)).toBe(false)
  })

  it('read as two different values, one per style, and unambiguous numbers read the same in both', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ','), (whole, part, separator) => {
        const text = `${whole}${separator}${String(part).padStart(3, '0')}`
        const comma = readNumber(text, 'comma', 'callMinutes')
        const point = readNumber(text, 'point', 'callMinutes')
        expect(readsTwoWays(text)).toBe(true)
        expect(comma?.ok && point?.ok && comma.value !== point.value).toBe(true)
        const plain = `${whole}${separator}${part % 100}`
        if (!readsTwoWays(plain)) expect(readNumber(plain, 'comma', 'callMinutes')).toEqual(readNumber(plain, 'point', 'callMinutes'))
      }),
    )
  })

  it('are no evidence of a style: only cells that read one way count', () => {
    expect(weighDecimalStyle(['12.345', '1,234', '7'])).toEqual({ style: 'comma', commaCells: 0, pointCells: 0 })
    expect(weighDecimalStyle(['12.345', '3.5', '7'])).toEqual({ style: 'point', commaCells: 0, pointCells: 1 })
    expect(weighDecimalStyle(['12,5', '1.234'])).toEqual({ style: 'comma', commaCells: 1, pointCells: 0 })
  })
})
