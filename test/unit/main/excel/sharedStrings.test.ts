import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SharedTextTable, sharedStringsXml } from '../../../../src/main/excel/sharedStrings'

// exceljs's own writer of the part, to hold ours against (not part of its typed API).
const require = createRequire(import.meta.url)
const SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as new () => { toXml(model: unknown): string }
const SharedStrings = require('exceljs/lib/utils/shared-strings') as new () => { add(text: string): number }

function exceljsXml(values: readonly string[]): string {
  const table = new SharedStrings()
  for (const value of values) table.add(value)
  return new SharedStringsXform().toXml(table)
}

describe('sharedStrings.xml written as bytes', () => {
  it('is what exceljs writes for the same texts', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(' voor', 'na ', 'Bea Begeleider\n0612345678', 'Zorg & Welzijn <"\'>', 'Cliënt → Plus', '\t'),
    )
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 60 }), (values) => {
        expect(sharedStringsXml(values).toString('utf8')).toBe(exceljsXml(values))
      }),
    )
  })

  it('stays whole past its buffer size', () => {
    const values = Array.from({ length: 30_000 }, (_, i) => `Cliënt ${i} met een wat langere naam`)
    expect(sharedStringsXml(values).toString('utf8')).toBe(exceljsXml(values))
  })

  it('numbers texts as the table of exceljs does: each distinct text once, in order of first use', () => {
    const ours = new SharedTextTable()
    const theirs = new SharedStrings() as unknown as { add(text: string): number; count: number; values: string[] }
    const texts = ['Basis', 'Plus', 'Basis', 'ja', 'Plus', 'Cliënt 1', 'ja']
    expect(texts.map((t) => ours.add(t))).toEqual(texts.map((t) => theirs.add(t)))
    expect(ours.values).toEqual(theirs.values)
    expect(ours.count).toBe(theirs.count)
  })
})
