import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { betalingskenmerkCheckDigit, betalingskenmerkForSequence, isValidBetalingskenmerk, makeBetalingskenmerk } from '@shared/payment/betalingskenmerk'

const body15 = fc.stringMatching(/^\d{15}$/)

describe('betalingskenmerk', () => {
  it('matches the published example 5000056789012345', () => {
    expect(betalingskenmerkCheckDigit('000056789012345')).toBe(5)
    expect(makeBetalingskenmerk('000056789012345')).toEqual({ ok: true, value: '5000056789012345' })
    expect(isValidBetalingskenmerk('5000056789012345')).toBe(true)
  })

  it('maps remainder 1 (check 10) to 1 and remainder 0 (check 11) to 0', () => {
    // weighted sum 1 (digit 1 at weight 1 is position 10 from the right): 11 - 1 = 10 -> 1
    expect(betalingskenmerkCheckDigit('000001000000000')).toBe(1)
    expect(betalingskenmerkCheckDigit('000000000000000')).toBe(0)
  })

  it('always yields 16 digits that validate', () => {
    fc.assert(
      fc.property(body15, (body) => {
        const made = makeBetalingskenmerk(body)
        return made.ok && made.value.length === 16 && made.value.slice(1) === body && isValidBetalingskenmerk(made.value)
      }),
    )
  })

  it('detects every single changed digit in the body', () => {
    fc.assert(
      fc.property(body15, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const made = makeBetalingskenmerk(body)
        if (!made.ok) return false
        const digits = made.value.split('')
        digits[at + 1] = String((Number(digits[at + 1]) + delta) % 10)
        const changed = digits.join('')
        // every weight is non-zero modulo 11, so one changed digit always changes the remainder; the only
        // collision is remainders 1 and 10, which both give check digit 1 (10 -> 1)
        const remainders = new Set([sumMod11(made.value.slice(1)), sumMod11(changed.slice(1))])
        const folded = remainders.has(1) && remainders.has(10)
        return remainders.size === 2 && isValidBetalingskenmerk(changed) === folded
      }),
    )
  })

  it('refuses a body that is not 15 digits and builds from a sequence number', () => {
    expect(makeBetalingskenmerk('12345')).toEqual({ ok: false, reason: 'body-not-15-digits' })
    expect(makeBetalingskenmerk('00005678901234a')).toEqual({ ok: false, reason: 'body-not-15-digits' })
    expect(betalingskenmerkForSequence(56789012345)).toEqual({ ok: true, value: '5000056789012345' })
    expect(betalingskenmerkForSequence(-1).ok).toBe(false)
    expect(isValidBetalingskenmerk('4000056789012345')).toBe(false)
    expect(isValidBetalingskenmerk('500005678901234')).toBe(false)
  })
})

function sumMod11(body: string): number {
  const weights = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
  let sum = 0
  for (let i = 0; i < body.length; i += 1) sum += Number(body[body.length - 1 - i]) * weights[i % 10]!
  return sum % 11
}
