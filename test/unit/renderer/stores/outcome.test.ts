import { afterEach, describe, expect, it } from 'vitest'
import { DataError, RuleError, StorageFullError } from '@renderer/data'
import { setLocale } from '@renderer/i18n'
import { ApiError } from '@renderer/platform/api'
import { errorMessage } from '@renderer/stores/outcome'
import { buildApi } from '@shared/ipc/api'

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

  it('words a failure in main from its code and parameters in the UI language, with the partner of a run', () => {
    const busy = new ApiError('file-busy', { file: 'Factuur.xlsx' }, 'Zorggroep Noord')
    expect(errorMessage(busy)).toMatch(/^Zorggroep Noord: "Factuur\.xlsx" kan niet worden opgeslagen: het bestand is geopend in een ander programma/)
    setLocale('en')
    expect(errorMessage(busy)).toMatch(/^Zorggroep Noord: "Factuur\.xlsx" cannot be saved: the file is open in another program/)
    expect(errorMessage(ApiError.from({ code: 'folder-not-found', params: { folder: '/data' } }))).toBe('The folder "/data" does not exist (any more).')
  })

  it('words a refused call with the problem of its field in the UI language', async () => {
    const api = buildApi(() => Promise.resolve({ ok: true, value: null }))
    const refused = await api.folder.open({ path: 'relatief' }).catch((error: unknown) => error)
    expect(errorMessage(refused)).toBe('Ongeldige gegevens bij path: Geen volledig pad.')
    setLocale('en')
    expect(errorMessage(refused)).toBe('Invalid data at path: Not a full path.')
  })
})
