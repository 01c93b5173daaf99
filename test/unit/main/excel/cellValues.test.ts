import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { centsToEuros, coerceCell, excelDateSerial, MAX_CELL_TEXT, safeNumber, safeText } from '../../../../src/main/excel/cellValues'

describe('safeText (spec X1: text that starts a formula stays text)', () => {
  it.each([
    ['=HYPERLINK("http://example.com","klik")', `'=HYPERLINK("http://example.com","klik")`],
    ['+31 6 1234', `'+31 6 1234`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tTab', `'\tTab`],
    ['\rCR', `'\rCR`],
    ['\nLF', `'\nLF`],
  ])('prefixes %j', (input, expected) => {
    expect(safeText(input)).toBe(expected)
  })

  it('prefixes text that starts with NUL and drops the NUL itself (not allowed in XML)', () => {
    expect(safeText('\0=1+1')).toBe(`'=1+1`)
  })

  it.each(['Jansen', "'s-Hertogenbosch", 'Basis → Plus', '1000', 'a=b', 'Zorg & Welzijn', ''])('leaves ordinary text alone: %j', (text) => {
    expect(safeText(text)).toBe(text)
  })

  it('drops control characters that XML cannot carry but keeps tabs and line breaks inside the text', () => {
    expect(safeText('a\u0001b\u001Fc\td\ne')).toBe('abc\td\ne')
  })

  it('replaces a lone surrogate, which UTF-8 cannot encode', () => {
    expect(safeText('a\uD800b')).toBe('a\uFFFDb')
  })

  it('caps text at the 32,767 characters a cell can hold', () => {
    expect(safeText('x'.repeat(40_000))).toHaveLength(MAX_CELL_TEXT)
  })

  it('never returns text that starts with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(safeText(text)).not.toMatch(/^[=+\-@\t\r\n\0]/)
      }),
    )
  })
})

describe('coerceCell: only primitives reach a cell', () => {
  it('passes numbers, booleans and null, and makes text safe', () => {
    expect(coerceCell(12.5)).toBe(12.5)
    expect(coerceCell(true)).toBe(true)
    expect(coerceCell(null)).toBeNull()
    expect(coerceCell(undefined)).toBeNull()
    expect(coerceCell('=1+1')).toBe(`'=1+1`)
  })

  it.each([
    ['a formula object', { formula: 'SUM(A1:A2)', result: 3 }],
    ['a hyperlink object', { text: 'klik', hyperlink: 'http://example.com' }],
    ['rich text', { richText: [{ text: 'x' }] }],
    ['a date instant', new Date(0)],
    ['a function', () => 1],
  ])('refuses %s', (_name, value) => {
    expect(() => coerceCell(value)).toThrow(TypeError)
  })

  it('refuses NaN and Infinity rather than hiding them', () => {
    expect(() => coerceCell(Number.NaN)).toThrow(RangeError)
    expect(() => safeNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})

describe('excelDateSerial: calendar dates without time zones', () => {
  it.each([
    ['1900-03-01', 61],
    ['1970-01-01', 25_569],
    ['2026-11-10', 46_336],
    ['2026-03-29', 46_110],
    ['2026-10-25', 46_320],
  ])('%s → %i', (date, serial) => {
    expect(excelDateSerial(date)).toBe(serial)
  })

  it('refuses a date that does not exist', () => {
    expect(() => excelDateSerial('2026-02-30')).toThrow(RangeError)
  })
})

describe('centsToEuros', () => {
  it('turns integer cents into euros and refuses fractions of a cent', () => {
    expect(centsToEuros(5161)).toBe(51.61)
    expect(centsToEuros(-123_456)).toBe(-1234.56)
    expect(() => centsToEuros(10.5)).toThrow(RangeError)
  })
})
