import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { CLI_MESSAGES, isCliCode, type CliCode } from '../../../../src/cli/i18n/catalogue'
import { cliText } from '../../../../src/cli/i18n/text'

const codes = Object.keys(CLI_MESSAGES) as CliCode[]

describe('the command line catalogue', () => {
  it('knows every code the source uses, and the source uses every code', () => {
    const used = new Set<string>()
    const source = sourceTexts('src').filter((text) => !text.includes('satisfies Record<string, readonly string[]>'))
    for (const text of source) for (const m of text.matchAll(/'(cli\.\w+)'/g)) used.add(m[1]!)
    for (const code of used) expect(isCliCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
    expect([...used].sort()).toEqual([...codes].sort())
  })

  it('fills every parameter, also one used twice', () => {
    expect(cliText('en', 'cli.unknownOption', { option: '--x', command: 'run' })).toBe('Unknown option --x for "run". See: npm run cli -- run --help')
    expect(cliText('nl', 'cli.unknownOption', { option: '--x', command: 'run' })).toBe('Onbekende optie --x bij "run". Zie: npm run cli -- run --help')
  })
})
