import { describe, expect, it } from 'vitest'
import { paramsOf, sourceTexts } from './sourceFiles'
import { validationEn } from '@shared/i18n/validation.en'
import { validationNl } from '@shared/i18n/validation.nl'
import { dutchIssueText } from '@shared/problems/dutchText'
import { VALIDATION_PROBLEMS, isValidationCode, type ValidationCode } from '@shared/problems/validation'

const codes = Object.keys(VALIDATION_PROBLEMS) as ValidationCode[]
const keyOf = (code: ValidationCode) => code.slice('validation.'.length) as keyof typeof validationNl

describe('the validation catalogue', () => {
  it('has words for every code in Dutch and English, with exactly the catalogue parameters', () => {
    for (const code of codes) {
      const expected = [...VALIDATION_PROBLEMS[code]].sort()
      expect(paramsOf(validationNl[keyOf(code)]), `nl ${code}`).toEqual(expected)
      expect(paramsOf(validationEn[keyOf(code)]), `en ${code}`).toEqual(expected)
    }
    expect(Object.keys(validationNl).sort()).toEqual(codes.map(keyOf).sort())
    expect(Object.keys(validationEn).sort()).toEqual(codes.map(keyOf).sort())
  })

  it('gives English words that are not the Dutch ones', () => {
    const dutchWords = /\b(is verplicht|ongeldig|ongeldige|kies|moet|niet|bij|mag|geheel|minimaal|maximaal|hoofdletters|cijfers)\b/i
    for (const code of codes) expect(validationEn[keyOf(code)], code).not.toMatch(dutchWords)
  })

  it('knows every validation code the source uses', () => {
    const used = new Set<string>()
    for (const text of sourceTexts('src')) for (const m of text.matchAll(/'(validation\.\w+)'/g)) used.add(m[1]!)
    expect(used.size).toBeGreaterThan(20)
    for (const code of used) expect(isValidationCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
  })

  it('gives Dutch words where no UI translates, and leaves other text as it is', () => {
    expect(dutchIssueText('validation.bsn')).toBe('BSN voldoet niet aan de 11-proef')
    expect(dutchIssueText('Ongeldige invoer: verwacht string')).toBe('Ongeldige invoer: verwacht string')
    expect(isValidationCode('validation.nope')).toBe(false)
    expect(isValidationCode('toString')).toBe(false)
  })
})
