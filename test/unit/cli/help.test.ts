import { describe, expect, it } from 'vitest'
import { EXIT } from '../../../src/cli/exitCodes'
import { cliText } from '../../../src/cli/i18n/text'
import type { CliCode } from '../../../src/cli/i18n/catalogue'
import { main } from '../../../src/cli/main'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'

const HELPS: readonly CliCode[] = ['cli.demoHelp', 'cli.runHelp', 'cli.verifyHelp', 'cli.importHelp', 'cli.finaliseHelp', 'cli.templateHelp']

/** The usage lines of a help text (`Gebruik: npm run cli -- …` and the lines that continue it), as argument lists with a value for every option that takes one. */
function usages(help: string): string[][] {
  const lines = help.split('\n').filter((line) => /^(Gebruik|Usage):\s+npm run cli|^\s+npm run cli --/.test(line))
  return lines.map((line) => {
    const tokens = line
      .replace(/^.*?npm run cli -- /, '')
      .replace(/[[\]]/g, '')
      .split(/\s+/)
      .filter(Boolean)
    const args: string[] = []
    tokens.forEach((token, i) => {
      const next = tokens[i + 1]
      if (token.startsWith('--')) args.push(token, ...(next !== undefined && !next.startsWith('--') ? [token === '--lang' ? 'en' : 'X'] : []))
      else if (!tokens[i - 1]?.startsWith('--')) args.push(token.split('|')[0]!)
    })
    return args
  })
}

describe('cli help', () => {
  it.each(HELPS.flatMap((code) => (['nl', 'en'] as const).map((lang) => [code, lang] as const)))(
    '%s (%s) shows only options the command accepts',
    async (code, lang) => {
      const lines = usages(cliText(lang, code))
      expect(lines.length).toBeGreaterThan(0)
      for (const argv of lines) {
        const io = memoryIo(tempFolder('cli-help'))
        // Every option is parsed (an unknown one is a usage error) before --help answers.
        expect(await main([...argv, '--help'], io), `${argv.join(' ')}: ${io.stderr.join('\n')}`).toBe(EXIT.ok)
      }
    },
  )

  it('names the same options in Dutch and in English', () => {
    const options = (lang: 'nl' | 'en', code: CliCode) => [...new Set(cliText(lang, code).match(/--[a-z]+/g))].sort()
    for (const code of [...HELPS, 'cli.mainHelp' as const]) expect(options('nl', code), code).toEqual(options('en', code))
  })
})
