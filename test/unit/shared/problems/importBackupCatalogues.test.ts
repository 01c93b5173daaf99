import { describe, expect, it } from 'vitest'
import { paramsOf, sourceTexts } from './sourceFiles'
import { backupEn } from '@shared/i18n/backup.en'
import { backupNl } from '@shared/i18n/backup.nl'
import { importEn, usageColumnsEn } from '@shared/i18n/import.en'
import { importNl, usageColumnsNl } from '@shared/i18n/import.nl'
import { BACKUP_PROBLEMS, backupKeyOf, isBackupCode, type BackupCode } from '@shared/problems/backup'
import { IMPORT_PROBLEMS, importKeyOf, importParamsIn, isImportCode, type ImportCode } from '@shared/problems/import'
import { importText } from '@shared/problems/words'

/** vue-i18n syntax other than `{name}` would be read differently by the UI than by `fillParams`. */
const OTHER_SYNTAX = /[@|$]|\{(?!\w+\})/
/** The source without the catalogues' own lists, so a code counts as used only where something names it. */
const source = sourceTexts('src').filter((text) => !text.includes('satisfies Record<string, readonly string[]>'))

function usedCodes(area: string): Set<string> {
  const used = new Set<string>()
  for (const text of source) for (const m of text.matchAll(new RegExp(`'(${area}\\.\\w+)'`, 'g'))) used.add(m[1]!)
  return used
}

const catalogues = [
  { area: 'import', problems: IMPORT_PROBLEMS as Record<string, readonly string[]>, nl: importNl as Record<string, string>, en: importEn as Record<string, string>, keyOf: (c: string) => importKeyOf(c as ImportCode), isCode: isImportCode },
  { area: 'backup', problems: BACKUP_PROBLEMS as Record<string, readonly string[]>, nl: backupNl as Record<string, string>, en: backupEn as Record<string, string>, keyOf: (c: string) => backupKeyOf(c as BackupCode), isCode: isBackupCode },
]

describe.each(catalogues)('the $area catalogue', ({ area, problems, nl, en, keyOf, isCode }) => {
  const codes = Object.keys(problems)

  it('has words for every code in Dutch and English, with exactly the catalogue parameters and no other syntax', () => {
    expect(Object.keys(nl).sort()).toEqual(codes.map(keyOf).sort())
    expect(Object.keys(en).sort()).toEqual(codes.map(keyOf).sort())
    for (const code of codes) {
      const expected = [...problems[code]!].sort()
      for (const [language, message] of [['nl', nl[keyOf(code)]!], ['en', en[keyOf(code)]!]] as const) {
        expect(paramsOf(message), `${language} ${code}`).toEqual(expected)
        expect(message, `${language} ${code}`).not.toMatch(OTHER_SYNTAX)
      }
      expect(en[keyOf(code)], code).not.toBe(nl[keyOf(code)])
    }
  })

  it('knows every code the source uses, and the source uses every code', () => {
    const used = usedCodes(area)
    for (const code of used) expect(isCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
    expect([...used].sort()).toEqual([...codes].sort())
  })
})

describe('the usage columns in problems', () => {
  it('are named in either language, a list joined', () => {
    expect(Object.keys(usageColumnsEn).sort()).toEqual(Object.keys(usageColumnsNl).sort())
    expect(importParamsIn({ column: 'callMinutes', columns: ['contacts', 'date'], value: 'x', line: 3 }, (field) => usageColumnsEn[field])).toEqual({
      column: 'Call minutes',
      columns: 'Contacts, Date',
      value: 'x',
      line: 3,
    })
    expect(importText({ code: 'import.notANumber', params: { column: 'registrationMinutes', value: 'veel' } }, 'nl')).toBe('Registratieminuten "veel" is geen getal')
    expect(importText({ code: 'import.notANumber', params: { column: 'registrationMinutes', value: 'veel' } }, 'en')).toBe('Registration minutes "veel" is not a number')
  })
})
