import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { lifecycleNl } from '@shared/i18n/lifecycle.nl'
import { fillParams } from '@shared/problems/dutchText'
import { isLifecycleCode } from '@shared/problems/lifecycle'

describe('the lifecycle catalogue', () => {
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
