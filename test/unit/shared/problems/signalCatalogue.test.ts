import { describe, expect, it } from 'vitest'
import { paramsOf, sourceTexts } from './sourceFiles'
import { SIGNAL_LIST_KEYS } from '@shared/domain/signals/types'
import { signalListsEn } from '@shared/i18n/signals.en'
import { signalListsNl } from '@shared/i18n/signals.nl'
import { SIGNAL_ACTIONS, isSignalActionCode, type SignalActionCode } from '@shared/problems/signals'
import { dutchSignalAction } from '@shared/reports/signalListRows'

const codes = Object.keys(SIGNAL_ACTIONS) as SignalActionCode[]
/** vue-i18n syntax other than `{name}` would be read differently by the UI than by `fillParams`. */
const OTHER_SYNTAX = /[@|$]|\{(?!\w+\})/
const DUTCH_WORDS = /\b(werkdagen|cliënten|verwerken|opvragen|akkoord|geen|niet|bij|van|het)\b/i

describe('the signal-list words', () => {
  it('give every list a title and its criteria in Dutch and English, without parameters', () => {
    for (const group of ['titles', 'descriptions'] as const) {
      expect(Object.keys(signalListsNl[group]).sort()).toEqual([...SIGNAL_LIST_KEYS].sort())
      expect(Object.keys(signalListsEn[group]).sort()).toEqual([...SIGNAL_LIST_KEYS].sort())
      for (const key of SIGNAL_LIST_KEYS) {
        for (const message of [signalListsNl[group][key], signalListsEn[group][key]]) expect(message, `${group} ${key}`).not.toMatch(/[@|${}]/)
        expect(signalListsEn[group][key], `${group} ${key}`).not.toMatch(DUTCH_WORDS)
      }
    }
  })

  it('have words for every action in Dutch and English, with exactly the catalogue parameters and no other syntax', () => {
    expect(Object.keys(signalListsNl.actions).sort()).toEqual([...codes].sort())
    expect(Object.keys(signalListsEn.actions).sort()).toEqual([...codes].sort())
    for (const code of codes) {
      const expected = [...SIGNAL_ACTIONS[code]].sort()
      for (const [language, message] of [
        ['nl', signalListsNl.actions[code]],
        ['en', signalListsEn.actions[code]],
      ] as const) {
        expect(paramsOf(message), `${language} ${code}`).toEqual(expected)
        expect(message, `${language} ${code}`).not.toMatch(OTHER_SYNTAX)
      }
      expect(signalListsEn.actions[code], code).not.toMatch(DUTCH_WORDS)
    }
  })

  it('know every action code the signal lists give', () => {
    const used = new Set<string>()
    // An action's code is written as `code: '…'`, as either side of a choice, or as a value of the map of approvals.
    const patterns = [/code: '([\w-]+)'/g, /\? '([\w-]+)' : '([\w-]+)'/g, /(?:partner|operator|both): '([\w-]+)'/g]
    for (const text of sourceTexts('src/shared/domain/signals'))
      for (const pattern of patterns) for (const m of text.matchAll(pattern)) for (const code of m.slice(1)) used.add(code)
    expect(used.size).toBeGreaterThan(15)
    for (const code of used) expect(isSignalActionCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
  })

  it('words an action in Dutch for the workbook', () => {
    expect(dutchSignalAction({ code: 'wijziging-verwerken', params: { from: 'Plus', to: 'Intensief' } })).toBe(
      'Wijziging verwerken: Plus → Intensief (huidige periode afsluiten, nieuwe openen)',
    )
  })
})
