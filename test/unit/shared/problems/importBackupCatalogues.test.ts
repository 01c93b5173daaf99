import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { usageColumnsEn } from '@shared/i18n/import.en'
import { usageColumnsNl } from '@shared/i18n/import.nl'
import { BACKUP_PROBLEMS, isBackupCode } from '@shared/problems/backup'
import { IMPORT_PROBLEMS, importParamsIn, isImportCode } from '@shared/problems/import'
import { importText } from '@shared/problems/words'

/** The source without the catalogues' own lists, so a code counts as used only where something names it. */
const source = sourceTexts('src').filter((text) => !text.includes('satisfies Record<string, readonly string[]>'))

function usedCodes(area: string): Set<string> {
  const used = new Set<string>()
  for (const text of source) for (const m of text.matchAll(new RegExp(`'(${area}\\.\\w+)'`, 'g'))) used.add(m[1]!)
  return used
}

const catalogues = [
  { area: 'import', problems: IMPORT_PROBLEMS as Record<string, readonly string[]>, isCode: isImportCode },
  { area: 'backup', problems: BACKUP_PROBLEMS as Record<string, readonly string[]>, isCode: isBackupCode },
]

describe.each(catalogues)('the $area catalogue', ({ area, problems, isCode }) => {
  const codes = Object.keys(problems)

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
    expect(importText({ code: 'import.notANumber', params: { column: 'registrationMinutes', value: 'veel' } }, 'nl')).toBe(
      'Registratieminuten "veel" is geen getal',
    )
    expect(importText({ code: 'import.notANumber', params: { column: 'registrationMinutes', value: 'veel' } }, 'en')).toBe(
      'Registration minutes "veel" is not a number',
    )
  })
})
