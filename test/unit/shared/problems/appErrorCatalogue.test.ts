import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { AppError } from '../../../../src/main/appError'
import { isAppErrorCode } from '@shared/problems/appErrors'
import { errorText } from '@shared/problems/errorText'

describe('the catalogue of main-process errors', () => {
  it('knows every code the source throws or returns', () => {
    const used = new Set<string>()
    for (const text of sourceTexts('src')) {
      for (const m of text.matchAll(/new (?:AppError|ApiError)\('([\w-]+)'/g)) used.add(m[1]!)
      for (const m of text.matchAll(/\berr\('([\w-]+)'/g)) used.add(m[1]!)
      for (const m of text.matchAll(/code: '([\w-]+)'/g)) if (/(?:invalid-input|too-many)/.test(m[1]!)) used.add(m[1]!)
    }
    expect(used.size).toBeGreaterThan(25)
    for (const code of used) expect(isAppErrorCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
  })

  it('carries code and parameters, with the Dutch words for logs and the command line', () => {
    const error = new AppError('disk-full', { file: 'Factuur.xlsx' }, { partner: 'Zorggroep Noord' })
    expect(error.toIpcError()).toEqual({ code: 'disk-full', params: { file: 'Factuur.xlsx' }, partner: 'Zorggroep Noord' })
    expect(error.message).toBe(
      'Zorggroep Noord: "Factuur.xlsx" kan niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd. Maak ruimte vrij of kies een andere map en probeer het opnieuw.',
    )
    expect(errorText(error, 'en')).toBe(
      'Zorggroep Noord: "Factuur.xlsx" cannot be saved: the disk is full. Nothing was changed. Free up space or choose another folder and try again.',
    )
  })

  it('words a validation code in a parameter, and leaves other parameters as they are', () => {
    const refused = { code: 'invalid-input', params: { field: 'path', issue: 'validation.absolutePath' } } as const
    expect(errorText(refused)).toBe('Ongeldige gegevens bij path: Geen volledig pad.')
    expect(errorText(refused, 'en')).toBe('Invalid data at path: Not a full path.')
    expect(errorText({ code: 'invalid-input', params: { field: 'keep', issue: 'too_small' } })).toBe('Ongeldige gegevens bij keep: too_small.')
  })
})
