import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeFileName, uniquePath } from '../../../../src/main/files/fileNames'
import { tempFolder } from '../tempFolder'

describe('safeFileName', () => {
  it.each([
    ['Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx', 'Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx'],
    ['Factuur Noord/Zuid: "De Linde" 2026-11.xlsx', 'Factuur Noord-Zuid- -De Linde- 2026-11.xlsx'],
    ['Cliënten  Zorg\top Maat.csv', 'Cliënten Zorg op Maat.csv'],
    ['rapport. .xlsx', 'rapport.xlsx'],
    ['CON.xlsx', 'CON_.xlsx'],
    ['aux', 'aux_'],
    ['???.xlsx', '---.xlsx'],
    ['.verborgen.xlsx', 'verborgen.xlsx'],
    ['..', 'bestand'],
  ])('%s → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected)
  })

  it('keeps long names under 200 characters, extension included', () => {
    const name = safeFileName(`${'Zorggroep '.repeat(40)}.xlsx`)
    expect(name.length).toBeLessThanOrEqual(200)
    expect(name.endsWith('.xlsx')).toBe(true)
  })
})

describe('uniquePath', () => {
  it('numbers copies the way Explorer does', async () => {
    const dir = tempFolder('unique')
    const target = join(dir, 'Lijst.xlsx')
    expect(await uniquePath(target)).toBe(target)
    writeFileSync(target, '')
    expect(await uniquePath(target)).toBe(join(dir, 'Lijst (2).xlsx'))
    writeFileSync(join(dir, 'Lijst (2).xlsx'), '')
    expect(await uniquePath(target)).toBe(join(dir, 'Lijst (3).xlsx'))
  })
})
