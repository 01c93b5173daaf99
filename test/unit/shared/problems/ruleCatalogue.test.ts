import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { DomainRuleError } from '@shared/domain/errors'
import { isRuleCode } from '@shared/problems/rules'

describe('the rule catalogue', () => {
  it('knows every rule code the source throws', () => {
    const thrown = new Set<string>()
    for (const text of sourceTexts('src')) for (const m of text.matchAll(/new (?:DomainRuleError|RuleError)\('([\w-]+)'/g)) thrown.add(m[1]!)
    expect(thrown.size).toBeGreaterThan(30)
    for (const code of thrown) expect(isRuleCode(code), `${code} is thrown in src but not in the catalogue`).toBe(true)
  })

  it('carries code and parameters, with the Dutch words for logs and the command line', () => {
    const error = new DomainRuleError('al-verwerkt', { date: '03-11-2026' })
    expect(error).toMatchObject({ code: 'al-verwerkt', params: { date: '03-11-2026' } })
    expect(error.message).toBe('De afmelding is al verwerkt op 03-11-2026.')
  })
})
