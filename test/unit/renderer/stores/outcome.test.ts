import { afterEach, describe, expect, it } from 'vitest'
import { DataError, RuleError, StorageFullError } from '@renderer/data'
import { setLocale } from '@renderer/i18n'
import { errorMessage } from '@renderer/stores/outcome'

afterEach(() => setLocale('nl'))

describe('errorMessage', () => {
  it('words a refused rule from its code and parameters in the UI language', () => {
    const error = new RuleError('al-afgemeld', { clientNumber: '000123' })
    expect(errorMessage(error)).toBe('Cliënt 000123 is al afgemeld.')
    setLocale('en')
    expect(errorMessage(error)).toBe('Client 000123 is already deregistered.')
    expect(errorMessage(new RuleError('terugwerkende-kracht', { date: '01-11-2026', period: '2026-12', periodFrom: '26-11-2026' }))).toBe(
      'Effective date 01-11-2026 lies before the current billing period 2026-12 (from 26-11-2026).',
    )
  })

  it('words a full disk in the UI language, and keeps other data errors as they are', () => {
    setLocale('en')
    expect(errorMessage(new StorageFullError())).not.toMatch(/schijf/i)
    expect(errorMessage(new DataError('failed', 'x'))).toBe('x')
  })
})
