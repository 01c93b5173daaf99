import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildEpcPayload, EPC_MAX_BYTES, epcAmount, normaliseIban } from '@shared/payment/epcQr'

const base = { beneficiaryName: 'Zorgbureau De Linde B.V.', iban: 'NL91 ABNA 0417 1643 00', amountCents: 12345, remittanceText: '5000056789012345' }

describe('EPC QR payload', () => {
  it('writes the EPC069-12 version 002 lines in order, without trailing empty lines', () => {
    const result = buildEpcPayload(base)
    expect(result).toEqual({
      ok: true,
      payload: ['BCD', '002', '1', 'SCT', '', 'Zorgbureau De Linde B.V.', 'NL91ABNA0417164300', 'EUR123.45', '', '', '5000056789012345'].join('\n'),
    })
  })

  it('includes a BIC when given', () => {
    const result = buildEpcPayload({ ...base, bic: 'abnanl2a' })
    expect(result.ok && result.payload.split('\n')[4]).toBe('ABNANL2A')
    expect(buildEpcPayload({ ...base, bic: 'ABN' })).toEqual({ ok: false, reason: 'bic-invalid' })
  })

  it('formats amounts as EUR with two decimals', () => {
    expect(epcAmount(1)).toBe('EUR0.01')
    expect(epcAmount(100)).toBe('EUR1.00')
    expect(epcAmount(99_999_999_999)).toBe('EUR999999999.99')
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999_999 }), (c) => Math.round(Number(epcAmount(c).slice(3)) * 100) === c))
  })

  it('refuses what the standard does not allow', () => {
    expect(buildEpcPayload({ ...base, beneficiaryName: ' ' })).toEqual({ ok: false, reason: 'name-missing' })
    expect(buildEpcPayload({ ...base, beneficiaryName: 'x'.repeat(71) })).toEqual({ ok: false, reason: 'name-too-long' })
    expect(buildEpcPayload({ ...base, iban: 'NL91ABNA0417164301' })).toEqual({ ok: false, reason: 'iban-invalid' })
    expect(buildEpcPayload({ ...base, amountCents: 0 })).toEqual({ ok: false, reason: 'amount-out-of-range' })
    expect(buildEpcPayload({ ...base, amountCents: 100_000_000_000 })).toEqual({ ok: false, reason: 'amount-out-of-range' })
    expect(buildEpcPayload({ ...base, amountCents: 1.5 })).toEqual({ ok: false, reason: 'amount-out-of-range' })
    expect(buildEpcPayload({ ...base, remittanceText: 'x'.repeat(141) })).toEqual({ ok: false, reason: 'remittance-too-long' })
  })

  it('never exceeds 331 bytes, even with multi-byte names', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 70 }).filter((s) => s.trim() !== '' && [...s.trim()].length <= 70)
    fc.assert(
      fc.property(name, fc.string({ maxLength: 140 }), (beneficiaryName, remittanceText) => {
        const result = buildEpcPayload({ ...base, beneficiaryName, remittanceText })
        return result.ok ? new TextEncoder().encode(result.payload).length <= EPC_MAX_BYTES : result.reason !== 'iban-invalid'
      }),
    )
  })

  it('checks IBANs with mod 97', () => {
    expect(normaliseIban('nl91abna0417164300')).toBe('NL91ABNA0417164300')
    expect(normaliseIban('DE89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000')
    expect(normaliseIban('NL00ABNA0417164300')).toBeNull()
  })
})
