import { describe, expect, it } from 'vitest'
import { paramsOf, sourceTexts } from './sourceFiles'
import { dataEn } from '@shared/i18n/data.en'
import { dataNl } from '@shared/i18n/data.nl'
import { dutchDataText } from '@shared/problems/dutchText'
import { DATA_PROBLEMS, isDataProblemCode, type DataProblemCode } from '@shared/problems/data'

const codes = Object.keys(DATA_PROBLEMS) as DataProblemCode[]
/** vue-i18n syntax other than `{name}` would be read differently by the UI than by `fillParams`. */
const OTHER_SYNTAX = /[@|$]|\{(?!\w+\})/

describe('the data problem catalogue', () => {
  it('has words for every code in Dutch and English, with exactly the catalogue parameters and no other syntax', () => {
    expect(Object.keys(dataNl).sort()).toEqual([...codes].sort())
    expect(Object.keys(dataEn).sort()).toEqual([...codes].sort())
    for (const code of codes) {
      const expected = [...DATA_PROBLEMS[code]].sort()
      for (const [language, message] of [['nl', dataNl[code]], ['en', dataEn[code]]] as const) {
        expect(paramsOf(message), `${language} ${code}`).toEqual(expected)
        expect(message, `${language} ${code}`).not.toMatch(OTHER_SYNTAX)
      }
      expect(dataEn[code], code).not.toBe(dataNl[code])
      expect(dataEn[code], code).not.toMatch(/\b(niet|bestaat|cliënt|gegevens|opgeslagen)\b/i)
    }
  })

  it('knows every data problem the source throws', () => {
    const thrown = new Set<string>()
    for (const text of sourceTexts('src')) {
      for (const m of text.matchAll(/new (?:NotFoundError|ConflictError)\('(\w+)'/g)) thrown.add(m[1]!)
      for (const m of text.matchAll(/new (?:DataError\('[\w-]+', |ValidationError\(\w+, )'(\w+)'/g)) thrown.add(m[1]!)
    }
    expect(thrown.size).toBeGreaterThan(10)
    for (const code of thrown) expect(isDataProblemCode(code), `${code} is thrown in src but not in the catalogue`).toBe(true)
  })

  it('gives the Dutch words for logs', () => {
    expect(dutchDataText('planInUse', { name: 'Basis' })).toBe('Basis is in gebruik en kan niet worden verwijderd. Zet de abonnementsvorm op niet actief.')
    expect(isDataProblemCode('toString')).toBe(false)
  })
})
