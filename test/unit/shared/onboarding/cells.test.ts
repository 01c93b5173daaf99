import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidBsn } from '@shared/model/bsn'
import { readBsn, readCalendarDate, readDigits, readPhone, readPostcode, readYesNo } from '@shared/onboarding/cells'

describe('onboarding cells', () => {
  it.each([
    ['14-03-1958', '1958-03-14'],
    ['4/3/2026', '2026-03-04'],
    ['2026-03-04', '2026-03-04'],
    ['2026-03-04 00:00', '2026-03-04'],
    [46085, '2026-03-04'],
  ])('reads the date %s', (cell, date) => {
    expect(readCalendarDate(cell, 'Aanmelddatum')).toEqual({ ok: true, value: date })
  })

  it('refuses an impossible date, naming the column and the value', () => {
    expect(readCalendarDate('31-02-2026', 'Aanmelddatum')).toEqual({
      ok: false,
      problem: { code: 'onboarding.invalidDate', params: { column: 'Aanmelddatum', value: '31-02-2026' } },
    })
    expect(readCalendarDate('', 'Aanmelddatum')).toEqual({ ok: true, value: null })
  })

  it('keeps a BSN as text with its leading zero, and gives a number cell its zeros back', () => {
    expect(readBsn('012345672')).toEqual({ ok: true, value: '012345672' })
    expect(readBsn(12345672)).toEqual({ ok: true, value: '012345672' })
    expect(readBsn('0123.45.672')).toEqual({ ok: true, value: '012345672' })
    expect(readBsn('123456789')).toMatchObject({ ok: false, problem: { code: 'onboarding.invalidBsn' } })
    // Eight digits typed as text are not guessed at.
    expect(readBsn('12345672')).toMatchObject({ ok: false })
  })

  it('accepts exactly the BSNs that pass the 11-proef, as text or as a number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const text = String(n).padStart(9, '0')
        expect(readBsn(text).ok).toBe(isValidBsn(text))
        expect(readBsn(n)).toEqual(readBsn(text).ok ? { ok: true, value: text } : expect.objectContaining({ ok: false }))
      }),
    )
  })

  it('reads ja/nee, postcodes, phone numbers that lost their 0, KvK numbers', () => {
    expect(readYesNo('Ja', 'Actief', false)).toEqual({ ok: true, value: true })
    expect(readYesNo('', 'Actief', true)).toEqual({ ok: true, value: true })
    expect(readYesNo('misschien', 'Actief', true)).toMatchObject({ ok: false, problem: { code: 'onboarding.invalidChoice' } })
    expect(readPostcode('9711ab')).toEqual({ ok: true, value: '9711 AB' })
    expect(readPhone(612345678, 'Telefoon')).toEqual({ ok: true, value: '0612345678' })
    expect(readDigits('1234 5678', 8, 'onboarding.invalidKvk')).toEqual({ ok: true, value: '12345678' })
    expect(readDigits('1234567', 8, 'onboarding.invalidKvk')).toMatchObject({ ok: false, problem: { code: 'onboarding.invalidKvk' } })
  })
})
