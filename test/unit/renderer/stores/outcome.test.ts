import { afterEach, describe, expect, it } from 'vitest'
import { ConflictError, DataError, NotFoundError, RuleError, StorageFullError, ValidationError } from '@renderer/data'
import type { FieldErrors } from '@renderer/forms/fieldErrors'
import { setLocale } from '@renderer/i18n'
import { errorMessage, failure } from '@renderer/stores/outcome'

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

  it('words a full disk and the other data errors from their code and parameters in the UI language', () => {
    const conflict = new ConflictError('partnerHasClients', { name: 'Zorggroep Noord' })
    expect(errorMessage(conflict)).toBe('Zorggroep Noord heeft nog cliënten en kan niet worden verwijderd. Zet de partner op niet actief.')
    expect(errorMessage(new NotFoundError('clientNotFound'))).toBe('Deze cliënt bestaat niet (meer).')
    setLocale('en')
    expect(errorMessage(new StorageFullError())).not.toMatch(/schijf/i)
    expect(errorMessage(conflict)).toBe('Zorggroep Noord still has clients and cannot be deleted. Set the partner to inactive.')
    expect(errorMessage(new DataError('failed', 'failed', { detail: 'x' }))).toBe('Saving or reading failed: x')
    expect(errorMessage(new ValidationError([], 'usageNotImported', { count: 3 }))).toBe('The usage was not imported: 3 error(s). Nothing was saved.')
  })

  it('puts a validation issue and a duplicate at their field, worded with their parameters', () => {
    setLocale('en')
    let fields: FieldErrors = {}
    expect(failure(new ValidationError([{ path: ['code'], message: 'validation.planCodeTaken', params: { code: 'PLUS', name: 'Plus' } }]), (e) => (fields = e))).toEqual({ ok: false, message: null })
    expect(fields).toEqual({ code: 'Code PLUS is already in use by Plus' })
    expect(failure(new ConflictError('duplicateKey', {}, ['clientNumber']), (e) => (fields = e))).toEqual({ ok: false, message: null })
    expect(fields).toEqual({ clientNumber: 'This record already exists (duplicate key). Nothing was saved.' })
    expect(failure(new ValidationError([]), () => undefined)).toEqual({ ok: false, message: 'The data is incomplete or incorrect.' })
  })
})
