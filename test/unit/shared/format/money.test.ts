import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatMoney, parseMoneyInput } from '@shared/format/money'

describe('formatMoney', () => {
  it.each([
    [123456, '€ 1.234,56'],
    [0, '€ 0,00'],
    [5, '€ 0,05'],
    [5161, '€ 51,61'],
    [100000, '€ 1.000,00'],
    [123456789, '€ 1.234.567,89'],
    [-123456, '€ -1.234,56'],
    [-5, '€ -0,05'],
  ])('%i cents → %s', (cents, text) => {
    expect(formatMoney(cents)).toBe(text)
  })

  it('uses a plain space after the euro sign, exactly as specified', () => {
    expect(formatMoney(100).charCodeAt(1)).toBe(0x20)
  })

  it('refuses fractions of a cent instead of rounding them away', () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError)
  })
})

describe('parseMoneyInput', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234', 123400],
    ['12,5', 1250],
    ['12.50', 1250],
    ['12.5', 1250],
    ['1.234', 123400],
    ['1.234.567,89', 123456789],
    ['€ 1.234,56', 123456],
    ['€1.234,56', 123456],
    [' 12,00 ', 1200],
    ['-5,00', -500],
    ['€ -5,00', -500],
    [',50', 50],
    ['0', 0],
    ['-0', 0],
  ])('%s → %i', (input, cents) => {
    expect(parseMoneyInput(input)).toBe(cents)
  })

  it.each(['', '€', 'abc', '12,345', '1,2,3', '12.34.56', '1.23,00', '12,3a', '--5', '1.2345', '12.345,6789'])('%s is not an amount', (input) => {
    expect(parseMoneyInput(input)).toBeNull()
  })

  it('reads back what formatMoney writes, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(parseMoneyInput(formatMoney(cents))).toBe(cents)
      }),
    )
  })
})
