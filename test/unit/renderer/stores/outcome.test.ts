import { afterEach, describe, expect, it } from 'vitest'
import { ConflictError, DataError, NotFoundError, RuleError, StorageFullError, ValidationError } from '@renderer/data'
import type { FieldErrors } from '@renderer/forms/fieldErrors'
import { setLocale } from '@renderer/i18n'
import { ApiError } from '@renderer/platform/api'
import { errorMessage, failure } from '@renderer/stores/outcome'
import { DomainRuleError } from '@shared/domain/errors'
import { buildApi } from '@shared/ipc/api'

afterEach(() => setLocale('nl'))

describe('errorMessage', () => {
  it('words a refused rule from its code and parameters in the UI language', () => {
    const error = new RuleError('al-afgemeld', { clientNumber: '000123' })
    expect(errorMessage(error)).toBe('Cliënt 000123 is al afgemeld.')
    setLocale('en')
    expect(errorMessage(error)).toBe('Client 000123 is already deregistered.')
    expect(errorMessage(new RuleError('terugwerkende-kracht', { date: '01-11-2026', period: '2026-12', periodFrom: '26-11-2026' }))).toBe(
      'Effective date 01-11-2026 lies before the current billing period 2026-12 (from 26-11-2026). Choose an effective date from 26-11-2026.',
    )
  })

  it('words a rule the domain refused before any data was touched (a preview), in the UI language', () => {
    const error = new DomainRuleError('al-afgemeld', { clientNumber: '000123' })
    expect(errorMessage(error)).toBe('Cliënt 000123 is al afgemeld.')
    setLocale('en')
    expect(errorMessage(error)).toBe('Client 000123 is already deregistered.')
  })

  it('words a full disk and the other data errors from their code and parameters in the UI language', () => {
    const conflict = new ConflictError('partnerHasClients', { name: 'Zorggroep Noord' })
    expect(errorMessage(conflict)).toBe('Zorggroep Noord heeft nog cliënten en kan niet worden verwijderd. Zet de partner op niet actief.')
    expect(errorMessage(new NotFoundError('clientNotFound'))).toBe(
      'Deze cliënt bestaat niet (meer). Ga terug naar de lijst; misschien is die intussen verwijderd.',
    )
    setLocale('en')
    expect(errorMessage(new StorageFullError())).not.toMatch(/schijf/i)
    expect(errorMessage(conflict)).toBe('Zorggroep Noord still has clients and cannot be deleted. Set the partner to inactive.')
    expect(errorMessage(new DataError('failed', 'failed', { detail: 'x' }))).toBe(
      'Saving or reading failed: x Try again; if it keeps failing, restart the program.',
    )
    expect(errorMessage(new ValidationError([], 'usageNotImported', { count: 3 }))).toBe(
      'The usage was not imported: 3 error(s). Nothing was saved. Correct the rows in the file and import it again.',
    )
  })

  it('puts a validation issue and a duplicate at their field, worded with their parameters', () => {
    setLocale('en')
    let fields: FieldErrors = {}
    expect(
      failure(new ValidationError([{ path: ['code'], message: 'validation.planCodeTaken', params: { code: 'PLUS', name: 'Plus' } }]), (e) => (fields = e)),
    ).toEqual({ ok: false, message: null })
    expect(fields).toEqual({ code: 'Code PLUS is already in use by Plus' })
    expect(failure(new ConflictError('duplicateKey', {}, ['clientNumber']), (e) => (fields = e))).toEqual({ ok: false, message: null })
    expect(fields).toEqual({ clientNumber: 'This record already exists (duplicate key). Nothing was saved. Look up the existing record and change that one.' })
    expect(failure(new ValidationError([]), () => undefined)).toEqual({
      ok: false,
      message: 'The data is incomplete or incorrect. Check the marked fields and try again.',
    })
  })

  it('words a failure in main from its code and parameters in the UI language, with the partner of a run', () => {
    const busy = new ApiError('file-busy', { file: 'Factuur.xlsx' }, 'Zorggroep Noord')
    expect(errorMessage(busy)).toMatch(/^Zorggroep Noord: "Factuur\.xlsx" kan niet worden opgeslagen: het bestand is geopend in een ander programma/)
    setLocale('en')
    expect(errorMessage(busy)).toMatch(/^Zorggroep Noord: "Factuur\.xlsx" cannot be saved: the file is open in another program/)
    expect(errorMessage(ApiError.from({ code: 'folder-not-found', params: { folder: '/data' } }))).toBe(
      'The folder "/data" does not exist (any more). Choose another folder.',
    )
  })

  it('names the files a job had saved before it failed, in the UI language, never "nothing changed"', () => {
    const saved = ['Abonnementscheck Zorggroep Noord 2026-Q4.xlsx', 'Abonnementscheck Thuiszorg Zuid 2026-Q4.xlsx']
    const full = ApiError.from({
      code: 'disk-full-some-saved',
      params: { file: 'Abonnementscheck alle partners 2026-Q4.xlsx', count: 2, files: saved.join(', ') },
      saved,
    })
    const busy = ApiError.from({ code: 'file-busy', params: { file: 'Abonnementscheck alle partners 2026-Q4.xlsx' }, saved })
    expect(errorMessage(full)).toBe(
      `"Abonnementscheck alle partners 2026-Q4.xlsx" kan niet worden opgeslagen: de schijf is vol. Daarvóór waren al bestanden opgeslagen (2); die blijven staan: ${saved.join(', ')}.`,
    )
    expect(errorMessage(busy)).toContain(
      `Het bestaande bestand is niet gewijzigd. Daarvóór waren al bestanden opgeslagen (2); die blijven staan: ${saved.join(', ')}.`,
    )
    setLocale('en')
    expect(errorMessage(full)).toBe(
      `"Abonnementscheck alle partners 2026-Q4.xlsx" cannot be saved: the disk is full. Before that, files had already been saved (2); they stay: ${saved.join(', ')}.`,
    )
    expect(errorMessage(busy)).toContain(`Before that, files had already been saved (2); they stay: ${saved.join(', ')}.`)
    expect(errorMessage(full)).not.toMatch(/Nothing was changed/)
  })

  it('words a refused call with the problem of its field in the UI language', async () => {
    const api = buildApi(() => Promise.resolve({ ok: true, value: null }))
    const refused = await api.folder.open({ path: 'relatief' }).catch((error: unknown) => error)
    expect(errorMessage(refused)).toBe('Ongeldige gegevens bij path: Geen volledig pad.')
    setLocale('en')
    expect(errorMessage(refused)).toBe('Invalid data at path: Not a full path.')
  })
})
