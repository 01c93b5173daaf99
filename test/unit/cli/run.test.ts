import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { summarySchema } from '@shared/summary'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

function summaryIn(dir: string) {
  return summarySchema.parse(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')))
}

describe('cli run', () => {
  it('writes the invoices, usage reports and summary of a period that closes no quarter', async () => {
    const dir = tempFolder('cli-run')
    const backup = writeSmallBackup(dir)
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', backup, '--period', '2026-11', '--out', 'uit', '--today', '2026-11-26'], io)).toBe(EXIT.ok)
    expect(io.stdout).toEqual([join(dir, 'uit')])
    expect(readdirSync(join(dir, 'uit')).sort()).toEqual(
      [
        'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx',
        'Factuur CONCEPT Zorggroep Noord 2026-11.pdf',
        'Factuur CONCEPT Thuiszorg Zuid 2026-11.xlsx',
        'Factuur CONCEPT Thuiszorg Zuid 2026-11.pdf',
        'Verbruik Zorggroep Noord 2026-11.xlsx',
        'Verbruik Thuiszorg Zuid 2026-11.xlsx',
        'Verbruik alle partners 2026-11.xlsx',
        'summary.json',
      ].sort(),
    )
    const summary = summaryIn(join(dir, 'uit'))
    expect(summary.partners.map((p) => [p.name, p.invoice?.totalCents ?? null, p.files.length])).toEqual([
      ['Zorggroep Noord', 5161 + 968 + 8065, 3],
      ['Thuiszorg Zuid', 2500, 3],
      ['Stichting Leeg', null, 0],
    ])
    expect(summary.quarter).toBeNull()
    expect(io.stderr).toContain('Partner 1 van 3: Zorggroep Noord')
    expect(io.stderr).toContain('Overzicht 1 van 1: alle partners')
  })

  it('adds the quarterly check files when the period closes a quarter', async () => {
    const dir = tempFolder('cli-run')
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', writeSmallBackup(dir), '--period', '2026-12', '--out', 'uit'], io)).toBe(EXIT.ok)
    const names = readdirSync(join(dir, 'uit'))
    expect(names).toContain('Abonnementscheck Zorggroep Noord 2026-Q4.xlsx')
    expect(names).toContain('Abonnementscheck alle partners 2026-Q4.xlsx')
    expect(summaryIn(join(dir, 'uit')).clients.map((c) => c.checkOutcome)).toEqual(['te kort actief', 'onder', 'binnen'])
  })

  it.each([
    [['run', '--period', '2026-11', '--out', 'uit'], EXIT.usage, /Optie --backup is verplicht/],
    [['run', '--backup', 'backup.json', '--period', '2026-13', '--out', 'uit'], EXIT.usage, /Ongeldige periode bij --period: "2026-13"\. Verwacht jjjj-mm/],
    [['run', '--backup', 'backup.json', '--period', '2026-1', '--out', 'uit'], EXIT.usage, /Ongeldige periode/],
    [['run', '--backup', 'backup.json', '--period', '2026-11'], EXIT.usage, /Optie --out is verplicht/],
    [['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit', '--today', 'morgen'], EXIT.usage, /Ongeldige datum bij --today/],
    [['run', '--backup', 'backup.json', '--periode', '2026-11', '--out', 'uit'], EXIT.usage, /Onbekende optie --periode bij "run"/],
    [['run', '--backup', 'weg.json', '--period', '2026-11', '--out', 'uit'], EXIT.input, /Back-upbestand ".*weg\.json" bestaat niet/],
    [['run', '--backup', '.', '--period', '2026-11', '--out', 'uit'], EXIT.input, /is geen bestand/],
    [['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'backup.json/uit'], EXIT.output, /kan niet worden gemaakt/],
    [['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'backup.json'], EXIT.output, /bestaat al en is geen map/],
  ])('refuses %j and writes nothing', async (argv, code, message) => {
    const dir = tempFolder('cli-run')
    writeSmallBackup(dir)
    const io = memoryIo(dir)
    expect(await main(argv, io)).toBe(code)
    expect(io.stderr.join('\n')).toMatch(message)
    expect(readdirSync(dir)).toEqual(['backup.json'])
  })

  it('reads a back-up written by an older version of the program', async () => {
    const dir = tempFolder('cli-run-v1')
    const summary = 'Back-up gemaakt: 3 cliënten, 3 partners'
    const entry = {
      id: 1,
      at: '2026-11-01T08:00:00.000Z',
      clerk: 'Medewerker',
      entity: 'database',
      recordId: 'database',
      action: 'export',
      changes: [],
      outcome: 'ok',
      summary,
    }
    const backup = writeSmallBackup(dir, (file) => ({ ...file, version: 1, data: { ...file.data, auditEntries: [entry] } }))
    expect(await main(['run', '--backup', backup, '--period', '2026-11', '--out', 'uit', '--today', '2026-11-26'], memoryIo(dir))).toBe(EXIT.ok)
    expect(summaryIn(join(dir, 'uit')).partners).toHaveLength(3)
  })

  it('refuses a file that is no JSON', async () => {
    const dir = tempFolder('cli-run')
    writeFileSync(join(dir, 'backup.json'), '{"format": "clientadministratie-24x7-backup",')
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit'], io)).toBe(EXIT.input)
    expect(io.stderr.join('\n')).toMatch(/geen leesbare JSON/)
    expect(readdirSync(dir)).toEqual(['backup.json'])
  })

  it('refuses an invalid backup with the first problems in Dutch and where they are', async () => {
    const dir = tempFolder('cli-run')
    writeSmallBackup(dir, (file) => {
      const plans = file.data.plans.map((p, i) => (i === 0 ? { ...p, monthlyFeeCents: -5 } : p))
      const clients = file.data.clients.map((c, i) => (i === 2 ? { ...c, activationDate: '2026-02-30' } : c))
      return { ...file, data: { ...file.data, plans, clients } }
    })
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit'], io)).toBe(EXIT.input)
    const message = io.stderr.join('\n')
    expect(message).toMatch(/"backup\.json": Het back-upbestand is niet geldig: 2 fout\(en\)\./)
    expect(message).toMatch(/data\.plans\.0\.monthlyFeeCents: Mag niet negatief zijn/)
    expect(message).toMatch(/data\.clients\.2\.activationDate: Ongeldige datum/)
    expect(readdirSync(dir)).toEqual(['backup.json'])
  })

  it('refuses a backup whose records point at missing ones', async () => {
    const dir = tempFolder('cli-run')
    writeSmallBackup(dir, (file) => ({ ...file, data: { ...file.data, clients: file.data.clients.map((c) => ({ ...c, partnerId: 'p9' })) } }))
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit'], io)).toBe(EXIT.input)
    expect(io.stderr.join('\n')).toMatch(/data\.clients\.0\.partnerId: /)
    expect(readdirSync(dir)).toEqual(['backup.json'])
  })

  it('refuses a folder that is not empty unless --force, which replaces files of the same name', async () => {
    const dir = tempFolder('cli-run')
    writeSmallBackup(dir)
    const out = join(dir, 'uit')
    mkdirSync(out)
    writeFileSync(join(out, 'notitie.txt'), 'van de gebruiker')
    const refused = memoryIo(dir)
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit'], refused)).toBe(EXIT.output)
    expect(refused.stderr.join('\n')).toMatch(/is niet leeg.*--force/)
    expect(readdirSync(out)).toEqual(['notitie.txt'])

    for (let i = 0; i < 2; i++)
      expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit', '--force'], memoryIo(dir))).toBe(EXIT.ok)
    // The second run replaced the first one's files instead of adding copies.
    expect(readdirSync(out)).toHaveLength(9)
  })

  it('removes what it wrote when writing fails halfway, and keeps what was there', async () => {
    const dir = tempFolder('cli-run')
    writeSmallBackup(dir)
    const out = join(dir, 'uit')
    // A folder under the name of the second partner's invoice: the rename onto it fails.
    mkdirSync(join(out, 'Factuur CONCEPT Thuiszorg Zuid 2026-11.xlsx'), { recursive: true })
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit', '--force'], io)).toBe(EXIT.failed)
    expect(io.stderr.join('\n')).toMatch(/Thuiszorg Zuid: .*kan niet worden opgeslagen/)
    expect(readdirSync(out)).toEqual(['Factuur CONCEPT Thuiszorg Zuid 2026-11.xlsx'])
  })

  it('stops on Ctrl-C, removes the files of the run and ends with 130', async () => {
    const dir = tempFolder('cli-run')
    writeSmallBackup(dir)
    const io = memoryIo(dir)
    const err = io.err
    const cancelling = { ...io, err: (text: string) => (err(text), text.startsWith('Partner 1 ') && io.controller.abort()) }
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit'], cancelling)).toBe(EXIT.cancelled)
    expect(io.stderr.join('\n')).toMatch(/Afgebroken/)
    expect(existsSync(join(dir, 'uit'))).toBe(false)
  })

  it('prints its help with --help', async () => {
    const io = memoryIo(tempFolder('cli-run'))
    expect(await main(['run', '--help'], io)).toBe(EXIT.ok)
    expect(io.stdout.join('')).toMatch(/--period JJJJ-MM/)
  })
})
