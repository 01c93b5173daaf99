import { describe, expect, it } from 'vitest'
import { isValidBsn, maskBsn } from '@shared/model/bsn'
import { calendarDateSchema } from '@shared/calendar/calendarDate'

describe('isValidBsn (11-proef, spec B1)', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['000009921', true],
    ['000000000', false],
    ['123456789', false],
    ['12345678', false],
    ['1234567890', false],
    ['12345678a', false],
  ])('%s → %s', (bsn, valid) => {
    expect(isValidBsn(bsn)).toBe(valid)
  })

  it('keeps leading zeros significant: the same digits without them are not a BSN', () => {
    expect(isValidBsn('000009921')).toBe(true)
    expect(isValidBsn('9921')).toBe(false)
  })
})

describe('maskBsn', () => {
  it('shows only the last four digits', () => {
    expect(maskBsn('123456782')).toBe('*****6782')
  })
})

describe('calendarDateSchema', () => {
  it('rejects impossible dates', () => {
    expect(calendarDateSchema.safeParse('2026-02-30').success).toBe(false)
    expect(calendarDateSchema.safeParse('2028-02-29').success).toBe(true)
    expect(calendarDateSchema.safeParse('2027-02-29').success).toBe(false)
  })
})
