import { describe, expect, it } from 'vitest'
import { paramsOf, sourceTexts } from './sourceFiles'
import { DomainRuleError } from '@shared/domain/errors'
import { rulesEn } from '@shared/i18n/rules.en'
import { rulesNl } from '@shared/i18n/rules.nl'
import { RULE_PROBLEMS, isRuleCode, type RuleCode } from '@shared/problems/rules'

const codes = Object.keys(RULE_PROBLEMS) as RuleCode[]
/** vue-i18n syntax other than `{name}` would be read differently by the UI than by `fillParams`. */
const OTHER_SYNTAX = /[@|$]|\{(?!\w+\})/

describe('the rule catalogue', () => {
  it('has words for every code in Dutch and English, with exactly the catalogue parameters and no other syntax', () => {
    expect(Object.keys(rulesNl).sort()).toEqual([...codes].sort())
    expect(Object.keys(rulesEn).sort()).toEqual([...codes].sort())
    for (const code of codes) {
      const expected = [...RULE_PROBLEMS[code]].sort()
      for (const [language, message] of [['nl', rulesNl[code]], ['en', rulesEn[code]]] as const) {
        expect(paramsOf(message), `${language} ${code}`).toEqual(expected)
        expect(message, `${language} ${code}`).not.toMatch(OTHER_SYNTAX)
      }
      expect(rulesEn[code], code).not.toBe(rulesNl[code])
    }
  })

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
