import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateBackup } from '@shared/backup/validate'
import { main } from '../../../src/cli/main'
import { EXIT } from '../../../src/cli/exitCodes'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'

describe('cli demo', () => {
  it('writes the design case as a valid backup, dated by --today', async () => {
    const dir = tempFolder('cli-demo')
    const io = memoryIo(dir)
    const code = await main(['demo', '--out', 'demo.json', '--today', '2026-06-15'], io)
    expect(code).toBe(EXIT.ok)
    expect(io.stdout).toEqual([join(dir, 'demo.json')])
    const validation = validateBackup(JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8')))
    expect(validation.ok).toBe(true)
    if (!validation.ok) return
    expect(validation.file.data.partners).toHaveLength(60)
    expect(validation.file.data.clients).toHaveLength(5_000)
    // Nothing in the data lies after the day it was generated for.
    expect(validation.file.data.clients.every((c) => c.registrationReceivedDate <= '2026-06-15')).toBe(true)
    expect(readdirSync(dir)).toEqual(['demo.json'])
  })

  it('never overwrites an existing file without --force, and replaces it with --force', async () => {
    const dir = tempFolder('cli-demo')
    const target = join(dir, 'demo.json')
    writeFileSync(target, 'oud')
    const refused = memoryIo(dir)
    expect(await main(['demo', '--out', target], refused)).toBe(EXIT.output)
    expect(refused.stderr.join('\n')).toMatch(/bestaat al.*--force/)
    expect(readFileSync(target, 'utf8')).toBe('oud')

    const forced = memoryIo(dir)
    expect(await main(['demo', '--out', target, '--force'], forced)).toBe(EXIT.ok)
    expect(readFileSync(target, 'utf8')).toMatch(/^\{"format":"clientadministratie-24x7-backup"/)
    expect(readdirSync(dir)).toEqual(['demo.json'])
  })

  it.each([
    [['demo'], /Optie --out is verplicht/],
    [['demo', '--out'], /Optie --out heeft een waarde nodig/],
    [['demo', '--out', '--force'], /Optie --out heeft een waarde nodig/],
    [['demo', '-x', '--out', 'x.json'], /Onbekende optie -x bij "demo"/],
    [['demo', '--out', 'x.json', '--case', 'groot'], /Ongeldige waarde bij --case: "groot"\. Kies uit: design, stress/],
    [['demo', '--out', 'x.json', '--today', '2026-02-30'], /Ongeldige datum bij --today/],
    [['demo', '--out', 'x.json', '--snel'], /Onbekende optie --snel bij "demo"/],
    [['demo', '--out', 'x.json', 'extra'], /Onverwacht argument "extra"/],
    [['demo', '--out', 'x.json', '--force=ja'], /Optie --force neemt geen waarde/],
  ])('refuses %j with a usage error and writes nothing', async (argv, message) => {
    const dir = tempFolder('cli-demo')
    const io = memoryIo(dir)
    expect(await main(argv, io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toMatch(message)
    expect(readdirSync(dir)).toEqual([])
  })

  it('leaves no file and no temporary file when cancelled', async () => {
    const dir = tempFolder('cli-demo')
    const io = memoryIo(dir)
    io.controller.abort()
    expect(await main(['demo', '--out', 'demo.json'], io)).toBe(EXIT.cancelled)
    expect(io.stderr.join('\n')).toMatch(/Geannuleerd|Afgebroken/)
    expect(readdirSync(dir)).toEqual([])
  })

  it('prints its help with --help', async () => {
    const io = memoryIo(tempFolder('cli-demo'))
    expect(await main(['demo', '--help'], io)).toBe(EXIT.ok)
    expect(io.stdout.join('')).toMatch(/--case stress/)
  })
})

describe('cli', () => {
  it('names the commands for an unknown one', async () => {
    const io = memoryIo(tempFolder('cli'))
    expect(await main(['factureer'], io)).toBe(EXIT.usage)
    expect(io.stderr.join('')).toMatch(/Onbekende opdracht "factureer"\. Kies uit: demo/)
  })

  it('prints the overview without a command, as a usage error', async () => {
    const io = memoryIo(tempFolder('cli'))
    expect(await main([], io)).toBe(EXIT.usage)
    expect(io.stdout.join('')).toMatch(/Opdrachten:/)
    expect(await main(['--help'], io)).toBe(EXIT.ok)
  })
})
