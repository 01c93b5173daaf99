import { describe, expect, it } from 'vitest'
import { paramsOf, sourceTexts } from './sourceFiles'
import { lifecycleEn } from '@shared/i18n/lifecycle.en'
import { lifecycleNl } from '@shared/i18n/lifecycle.nl'
import { fillParams } from '@shared/problems/dutchText'
import { LIFECYCLE_PROBLEMS, isLifecycleCode, type LifecycleCode } from '@shared/problems/lifecycle'

const codes = Object.keys(LIFECYCLE_PROBLEMS) as LifecycleCode[]
/** vue-i18n syntax other than `{name}` would be read differently by the UI than by `fillParams`. */
const OTHER_SYNTAX = /[@|$]|\{(?!\w+\})/
/** A message may use a parameter twice (the date of receipt in the deregistration's reason). */
const uniqueParams = (message: string) => [...new Set(paramsOf(message))]

describe('the lifecycle catalogue', () => {
  it('has words for every code in Dutch and English, with exactly the catalogue parameters and no other syntax', () => {
    expect(Object.keys(lifecycleNl).sort()).toEqual([...codes].sort())
    expect(Object.keys(lifecycleEn).sort()).toEqual([...codes].sort())
    for (const code of codes) {
      const expected = [...LIFECYCLE_PROBLEMS[code]].sort()
      for (const [language, message] of [['nl', lifecycleNl[code]], ['en', lifecycleEn[code]]] as const) {
        expect(uniqueParams(message), `${language} ${code}`).toEqual(expected)
        expect(message, `${language} ${code}`).not.toMatch(OTHER_SYNTAX)
      }
      expect(lifecycleEn[code], code).not.toBe(lifecycleNl[code])
      expect(lifecycleEn[code], code).not.toMatch(/\b(ligt|vóór|niet|bij|het|een|abonnement)\b/i)
    }
  })

  it('knows every lifecycle code the lifecycle rules give', () => {
    const used = new Set<string>()
    const patterns = [/add\('\w+', '([\w-]+)'/g, /add\('([\w-]+)', [[\w]/g, /code: '([\w-]+)'/g]
    for (const text of sourceTexts('src/shared/domain/lifecycle')) for (const pattern of patterns) for (const m of text.matchAll(pattern)) used.add(m[1]!)
    expect(used.size).toBeGreaterThan(15)
    for (const code of used) expect(isLifecycleCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
  })

  it('words a problem with its parameters', () => {
    expect(fillParams(lifecycleNl['voor-formulier'], { date: '12-11-2026' })).toBe('Ligt vóór de ontvangst van het intakeformulier (12-11-2026).')
    expect(isLifecycleCode('gat')).toBe(true)
    expect(isLifecycleCode('toString')).toBe(false)
  })
})
