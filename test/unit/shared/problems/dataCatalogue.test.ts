import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { dutchDataText } from '@shared/problems/dutchText'
import { isDataProblemCode } from '@shared/problems/data'

describe('the data problem catalogue', () => {
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
