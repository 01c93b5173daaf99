import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EXIT } from '../../../src/cli/exitCodes'
import { languageOf, splitLanguage } from '../../../src/cli/language'
import { main } from '../../../src/cli/main'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

const RUN = ['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit']

async function run(argv: string[], change?: Parameters<typeof writeSmallBackup>[1]) {
  const dir = tempFolder('cli-lang')
  writeSmallBackup(dir, change)
  const io = memoryIo(dir)
  const code = await main(argv, io)
  // `error`: the last thing said on stderr, where a refusal is (after any progress line).
  return { code, stderr: io.stderr.join('\n'), error: io.stderr.at(-1) ?? '', stdout: io.stdout.join(''), files: readdirSync(dir) }
}

describe('cli --lang', () => {
  it('speaks Dutch by default and English with --lang en, for a bad argument', async () => {
    const dutch = await run(['run', '--backup', 'backup.json', '--period', '2026-13', '--out', 'uit'])
    expect(dutch).toMatchObject({ code: EXIT.usage, stderr: 'Fout: Ongeldige periode bij --period: "2026-13". Verwacht jjjj-mm, bijvoorbeeld 2026-11.' })
    const english = await run(['--lang', 'en', 'run', '--backup', 'backup.json', '--period', '2026-13', '--out', 'uit'])
    expect(english).toMatchObject({ code: EXIT.usage, stderr: 'Error: Invalid period for --period: "2026-13". Expected yyyy-mm, for example 2026-11.' })
    const unknown = await run(['run', '--lang=en', '--periode', '2026-11'])
    expect(unknown.stderr).toBe('Error: Unknown option --periode for "run". See: npm run cli -- run --help')
  })

  it('words a refused backup header in the language asked for', async () => {
    const newer = (file: object) => ({ ...file, version: 4 })
    expect((await run(RUN, newer)).error).toBe(
      'Fout: "backup.json": Dit back-upbestand heeft versie 4; deze versie van het programma leest tot en met versie 3. Werk het programma bij.',
    )
    const english = await run([...RUN, '--lang', 'en'], newer)
    expect(english).toMatchObject({ code: EXIT.input, files: ['backup.json'] })
    expect(english.stderr).toMatch(/^Reading and checking the backup: /)
    expect(english.error).toBe('Error: "backup.json": This backup file has version 4; this version of the program reads up to version 3. Update the program.')
  })

  it('words each bad row of a backup, with its place, in the language asked for', async () => {
    const badRows = (file: { data: { usage: object[]; plans: object[] } }) => ({
      ...file,
      data: {
        ...file.data,
        plans: file.data.plans.map((p, i) => (i === 0 ? { ...p, monthlyFeeCents: -5 } : p)),
        usage: file.data.usage.map((u, i) => (i === 0 ? { ...u, callMinutes: 'veel' } : u)),
      },
    })
    const dutch = await run(RUN, badRows)
    expect(dutch.error.split('\n')).toEqual([
      'Fout: "backup.json": Het back-upbestand is niet geldig: 2 fout(en).',
      '  data.plans.0.monthlyFeeCents: Mag niet negatief zijn',
      '  data.usage.0.callMinutes: Ongeldige invoer: verwacht number',
    ])
    const english = await run(['--lang', 'en', ...RUN], badRows)
    expect(english.error.split('\n')).toEqual([
      'Error: "backup.json": The backup file is not valid: 2 error(s).',
      '  data.plans.0.monthlyFeeCents: Cannot be negative',
      '  data.usage.0.callMinutes: Invalid input: expected number',
    ])
    const missing = await run(['--lang', 'en', ...RUN], (file: { data: { usage: object[] } }) => ({
      ...file,
      data: { ...file.data, usage: file.data.usage.map((u) => ({ ...u, clientId: 'weg', id: 'weg|2026-11' })) },
    }))
    expect(missing.error).toMatch(
      /^Error: "backup\.json": The backup file refers to data that is missing or duplicated: \d+ error\(s\)\.\n {2}data\.usage\.0\.clientId: Client weg does not exist in this file/,
    )
  })

  it('gives progress and help in the language asked for; the files stay the same', async () => {
    const english = await run(['--lang', 'en', ...RUN, '--today', '2026-11-26'])
    expect(english.code).toBe(EXIT.ok)
    expect(english.stderr).toContain('Partner 1 of 3: Zorggroep Noord')
    expect(english.stderr).toMatch(/Done: \d+ files, 2 invoices, total /)
    const help = await run(['run', '--help', '--lang', 'en'])
    expect(help.stdout).toMatch(/^Usage: npm run cli -- run --backup FILE/)
    expect((await run(['--help'])).stdout).toMatch(/--lang en {4}Meldingen, voortgang en hulp in het Engels/)
  })

  it('refuses a language it does not speak, in Dutch', async () => {
    expect(await run(['--lang', 'de', 'run'])).toMatchObject({ code: EXIT.usage, stderr: 'Fout: Ongeldige waarde bij --lang: "de". Kies uit: nl, en.' })
    expect((await run(['run', '--lang'])).stderr).toBe('Fout: Optie --lang heeft een waarde nodig: nl, en. Zie: npm run cli -- --help')
    expect(splitLanguage(['demo', '--lang=en', '--out', 'x'])).toEqual({ lang: 'en', rest: ['demo', '--out', 'x'] })
    expect(languageOf(['--lang', 'de'])).toBe('nl')
  })
})
