import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { dutchIssueText } from '@shared/problems/dutchText'
import { isValidationCode } from '@shared/problems/validation'

describe('the validation catalogue', () => {
  it('knows every validation code the source uses', () => {
    const used = new Set<string>()
    for (const text of sourceTexts('src')) for (const m of text.matchAll(/'(validation\.\w+)'/g)) used.add(m[1]!)
    expect(used.size).toBeGreaterThan(20)
    for (const code of used) expect(isValidationCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
  })

  it('is what every field problem the source builds carries, never a sentence of its own', () => {
    // `message:` in an issue literal (`{ path: …, message: … }`) or a zod refinement: a code, so the UI words it.
    const messages = sourceTexts('src').flatMap((text) => [...text.matchAll(/\bpath: [^\n]*?message: (['`])([^'`]*)\1/g)].map((m) => m[2]!))
    expect(messages.length).toBeGreaterThan(10)
    expect(messages.filter((message) => !isValidationCode(message))).toEqual([])
  })

  it('gives Dutch words where no UI translates, and leaves other text as it is', () => {
    expect(dutchIssueText('validation.bsn')).toBe('BSN voldoet niet aan de 11-proef')
    expect(dutchIssueText('Ongeldige invoer: verwacht string')).toBe('Ongeldige invoer: verwacht string')
    expect(isValidationCode('validation.nope')).toBe(false)
    expect(isValidationCode('toString')).toBe(false)
  })
})
