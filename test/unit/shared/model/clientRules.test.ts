import { describe, expect, it } from 'vitest'
import { parseCalendarDate as d } from '@shared/calendar/calendarDate'
import {
  anonymisationAllowedFrom,
  ClientNumbersExhaustedError,
  ecdModeIssues,
  formatOwnClientNumber,
  isOwnClientNumber,
  nextOwnClientNumber,
} from '@shared/model/clientRules'

describe('own client numbers (ECD mode eigen)', () => {
  it.each([
    [[], '000001'],
    [['000001', '000002'], '000003'],
    [['000007', '000003'], '000008'],
    [['ABC-9', '12345', '0000001', '000004'], '000005'],
  ])('after %j comes %s', (existing, next) => {
    expect(nextOwnClientNumber(existing)).toBe(next)
  })

  it('stops at 999999', () => {
    expect(() => nextOwnClientNumber(['999999'])).toThrow(ClientNumbersExhaustedError)
    // The rule `nummers-op`, so the data layer and the UI word it like every refused rule.
    expect(() => nextOwnClientNumber(['999999'])).toThrow(expect.objectContaining({ code: 'nummers-op', params: {} }))
  })

  it('formats zero-padded to six digits and recognises only that form', () => {
    expect(formatOwnClientNumber(42)).toBe('000042')
    expect(isOwnClientNumber('000042')).toBe(true)
    expect(isOwnClientNumber('42')).toBe(false)
    expect(isOwnClientNumber('0000042')).toBe(false)
  })
})

describe('ECD mode rules', () => {
  it('eigen needs BSN and birth date', () => {
    expect(ecdModeIssues({ bsn: '', birthDate: null }, 'eigen').map((i) => i.path[0])).toEqual(['bsn', 'birthDate'])
    expect(ecdModeIssues({ bsn: '111222333', birthDate: d('1950-01-01') }, 'eigen')).toEqual([])
  })

  it('partner mode holds neither', () => {
    expect(ecdModeIssues({ bsn: '', birthDate: null }, 'partner')).toEqual([])
    expect(ecdModeIssues({ bsn: '111222333', birthDate: d('1950-01-01') }, 'partner').map((i) => i.path[0])).toEqual(['bsn', 'birthDate'])
  })
})

describe('anonymisation', () => {
  it('is allowed the retention period after the effective date, clamped to the month end', () => {
    expect(anonymisationAllowedFrom(d('2026-03-31'), 1)).toBe('2026-04-30')
    expect(anonymisationAllowedFrom(d('2026-11-20'), 24)).toBe('2028-11-20')
    expect(anonymisationAllowedFrom(d('2024-02-29'), 12)).toBe('2025-02-28')
  })
})
