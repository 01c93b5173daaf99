import { describe, expect, it } from 'vitest'
import { paramsOf } from '../../shared/problems/sourceFiles'
import { describeFindings, findDutch } from '../../../support/dutchText'
import { menuEn } from '../../../../src/main/menu/menu.en'
import { menuNl } from '../../../../src/main/menu/menu.nl'
import { MENU_WORDS, menuText, type MenuWord } from '../../../../src/main/menu/menuWords'

const words = Object.keys(MENU_WORDS) as MenuWord[]
/** Words that are the same in both languages. */
const SAME = new Set<MenuWord>(['help'])

describe("the main process's own words", () => {
  it('hold no Dutch in English', () => {
    const findings = Object.values(menuEn).flatMap((text) => findDutch(text))
    expect(findings, describeFindings(findings)).toEqual([])
  })

  it('are there in Dutch and English, with exactly their parameters', () => {
    expect(Object.keys(menuNl).sort()).toEqual([...words].sort())
    expect(Object.keys(menuEn).sort()).toEqual([...words].sort())
    for (const word of words) {
      const expected = [...MENU_WORDS[word]].sort()
      expect(paramsOf(menuNl[word]), `nl ${word}`).toEqual(expected)
      expect(paramsOf(menuEn[word]), `en ${word}`).toEqual(expected)
      if (!SAME.has(word)) expect(menuEn[word], word).not.toBe(menuNl[word])
    }
  })

  it('fill their parameters in the language asked for', () => {
    expect(menuText('nl', 'about', { app: 'Cliëntadministratie 24x7' })).toBe('Over Cliëntadministratie 24x7')
    expect(menuText('en', 'startFailed', { error: 'Error: x' })).toBe('The application could not start: Error: x')
  })
})
