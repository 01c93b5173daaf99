import { describe, expect, it } from 'vitest'
import { primeVueLocale } from '../../../../src/renderer/src/i18n/primevueLocale'
import { findDutch } from '../../../support/dutchText'

describe("PrimeVue's own texts", () => {
  it('are set in English for every text the Dutch locale sets, so switching replaces them all', () => {
    const nl = primeVueLocale('nl')
    const en = primeVueLocale('en')
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort())
  })

  const texts = (locale: 'nl' | 'en') =>
    Object.values(primeVueLocale(locale))
      .flatMap((value: unknown) => (Array.isArray(value) ? (value as unknown[]) : [value]))
      .filter((value): value is string => typeof value === 'string')

  it('hold no Dutch in English', () => {
    expect(texts('en').flatMap((text) => findDutch(text).map((f) => f.word))).toEqual([])
    expect(findDutch(texts('nl').join(' ')).length).toBeGreaterThan(10)
  })
})
