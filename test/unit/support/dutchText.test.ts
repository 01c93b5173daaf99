import { describe, expect, it } from 'vitest'
import en from '../../../src/renderer/src/i18n/en'
import nl from '../../../src/renderer/src/i18n/nl'
import { describeFindings, dutchReason, findDutch, withoutData } from '../../support/dutchText'
import { messageLeaves, type MessageTree } from '../../support/messageLeaves'

const words = (text: string, ignore: string[] = []) => findDutch(text, ignore).map((f) => f.word)

describe('the Dutch detector', () => {
  it('finds Dutch words, the diaeresis, the "ij" and Dutch suffixes', () => {
    expect(words('Er is niets opgeslagen.')).toEqual(['Er', 'niets', 'opgeslagen'])
    expect(words('Ongeldige datum (dd-mm-jjjj)')).toEqual(['Ongeldige', 'datum', 'jjjj'])
    expect(words('Nieuwe cliënt')).toEqual(['Nieuwe', 'cliënt'])
    expect(words('Lijst')).toEqual(['Lijst'])
    expect(words('Mogelijkheid')).toEqual(['Mogelijkheid'])
    expect(words('Abonnementsperiodes 26-10 t/m 25-11')).toEqual(['Abonnementsperiodes', 't/m'])
    expect(dutchReason('geïnstalleerd')).toBe('Dutch diaeresis')
    expect(dutchReason('wijziging')).toBe('Dutch word')
    expect(dutchReason('tijd')).toBe('Dutch "ij"')
    expect(dutchReason('bruikbaar')).toBe('Dutch suffix')
  })

  it('passes English, including words Dutch shares with it', () => {
    const english = [
      'Please check the highlighted fields. Nothing was saved.',
      'Effective date 02-11-2026 lies before the current billing period 2026-11 (from 26-10-2026).',
      'The partner supplies the client number; we assign it over the week in which it is due.',
      'Postcode, status, map, per month, even if it is in the list or on the invoice.',
      'Invoice e-mail: finance@example.com · Ctrl+S',
      'Hijack the Fiji plan? No: credit the invoice.',
    ]
    for (const text of english) expect(findDutch(text), text).toEqual([])
  })

  it('cuts out data values before it looks, the longest first', () => {
    expect(withoutData('Partner Zorggroep Noord (Noord)', ['Noord', 'Zorggroep Noord'])).toBe('Partner  ¦  ( ¦ )')
    expect(words('Plan Waakvlam for Jan de Boer', ['Jan de Boer'])).toEqual([])
    expect(words('Plan Waakvlam for Jan de Boer, de client', ['Jan de Boer'])).toEqual(['de'])
  })

  it('says where it found a word: the line around it, table rows that differ in numbers once', () => {
    const findings = findDutch('First line is fine.\nSecond line has een Dutch word and nog een.\nRow 1: niet\nRow 2: niet')
    expect(findings.map((f) => f.context)).toEqual([...Array<string>(3).fill('Second line has een Dutch word and nog een.'), 'Row 1: niet', 'Row 2: niet'])
    expect(describeFindings(findings)).toBe('  [een, nog] in: Second line has een Dutch word and nog een.\n  [niet] in: Row 1: niet (2×)')
    const long = `${'x '.repeat(100)}niet${' y'.repeat(200)}`
    expect(findDutch(long)[0]?.context).toMatch(/^….{40}niet.{156}…$/)
    expect(describeFindings(findDutch('de\nhet\neen'), 2)).toBe('  [de] in: de\n  [het] in: het\n  … and 1 more lines')
  })

  it('passes every English UI text', () => {
    const dutchInEnglish = messageLeaves(en as unknown as MessageTree)
      .map(([key, text]) => ({ key, text, found: findDutch(text).map((f) => f.word) }))
      .filter((leaf) => leaf.found.length > 0)
    expect(dutchInEnglish).toEqual([])
  })

  it('catches most Dutch UI texts of three words or more', () => {
    const sentences = messageLeaves(nl as unknown as MessageTree).filter(([, text]) => text.split(/\s+/).length >= 3)
    const caught = sentences.filter(([, text]) => findDutch(text).length > 0)
    expect(sentences.length).toBeGreaterThan(200)
    expect(caught.length / sentences.length).toBeGreaterThan(0.95)
  })
})
