import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'
import type { BackupFile } from '@shared/backup/schema'
import { chainUnchained, headOf } from '@shared/audit/chain'
import type { AuditEntry } from '@shared/model'

/** The small job backup with a fee typed in cents as euros and a client activated in 1999. */
function inconsistent(file: BackupFile): BackupFile {
  const plans = file.data.plans.map((p, i) => (i === 0 ? { ...p, monthlyFeeCents: 1_250_000 } : p))
  const clients = file.data.clients.map((c, i) => (i === 0 ? { ...c, registrationReceivedDate: '1999-06-01' } : c))
  return { ...file, data: { ...file.data, plans, clients } } as BackupFile
}

/** The backup's trail chained as the app chains it, with head as main would have written it. */
function chained(file: BackupFile, change: (entries: BackupFile['data']['auditEntries']) => BackupFile['data']['auditEntries']): BackupFile {
  const trail: AuditEntry[] = [
    ...file.data.auditEntries,
    {
      at: '2026-11-20T09:00:00.000Z',
      clerk: 'Anna',
      entity: 'settings',
      recordId: 'settings',
      action: 'update',
      changes: [],
      outcome: 'ok',
      event: 'settingsUpdated',
      params: {},
    },
  ]
  const entries = chainUnchained(trail)
  return { ...file, auditHead: headOf(entries), data: { ...file.data, auditEntries: change(entries) } }
}

describe('cli verify', () => {
  it("checks the audit trail's hash chain against the head in the file's header", async () => {
    const dir = tempFolder('cli-verify')
    writeSmallBackup(dir, (file) => chained(file, (entries) => entries))
    expect(await main(['verify', '--backup', 'backup.json', '--today', '2026-11-26'], memoryIo(dir))).toBe(EXIT.ok)

    writeSmallBackup(dir, (file) => chained(file, (entries) => entries.map((e, i) => (i === 0 ? { ...e, clerk: 'Iemand anders' } : e))))
    const changed = memoryIo(dir)
    expect(await main(['verify', '--backup', 'backup.json', '--today', '2026-11-26'], changed)).toBe(EXIT.inconsistent)
    expect(changed.stdout[0]).toMatch(/^auditEntries(\[\d+\])?: Audittrailregel 1 is gewijzigd na het vastleggen/)

    writeSmallBackup(dir, (file) => chained(file, (entries) => entries.slice(0, -1)))
    const truncated = memoryIo(dir)
    expect(await main(['verify', '--backup', 'backup.json', '--today', '2026-11-26'], truncated)).toBe(EXIT.inconsistent)
    expect(truncated.stdout[0]).toContain('De nieuwste audittrailregels vanaf regel 1 ontbreken')
  })

  it('says a consistent backup has no problems and ends with 0', async () => {
    const dir = tempFolder('cli-verify')
    const io = memoryIo(dir)
    expect(await main(['verify', '--backup', writeSmallBackup(dir), '--today', '2026-11-26'], io)).toBe(EXIT.ok)
    expect(io.stdout).toEqual(['"backup.json": geen problemen gevonden.'])
  })

  it('names every problem on a line with its record and counts them, in Dutch', async () => {
    const dir = tempFolder('cli-verify')
    writeSmallBackup(dir, inconsistent)
    const io = memoryIo(dir)
    expect(await main(['verify', '--backup', 'backup.json'], io)).toBe(EXIT.inconsistent)
    expect(io.stdout).toEqual([
      'clients[c1].registrationReceivedDate (cliëntnummer 101): De datum 01-06-1999 ligt vóór 01-01-2000.',
      expect.stringMatching(/^plans\[\w+\]\.monthlyFeeCents: Het maandbedrag € 12\.500,00 is hoger dan € 10\.000,00\.$/),
      '"backup.json": 2 probleem/problemen gevonden.',
    ])
    expect(readdirSync(dir)).toEqual(['backup.json'])
  })

  it('speaks English with --lang en and reports a broken reference as a finding', async () => {
    const dir = tempFolder('cli-verify')
    writeSmallBackup(dir, (file) => {
      const broken = inconsistent(file)
      return { ...broken, data: { ...broken.data, clients: broken.data.clients.map((c, i) => (i === 1 ? { ...c, partnerId: 'p9' } : c)) } }
    })
    const io = memoryIo(dir)
    expect(await main(['verify', '--backup', 'backup.json', '--lang', 'en'], io)).toBe(EXIT.inconsistent)
    const out = io.stdout.join('\n')
    expect(out).toMatch(/^clients\[c2\]\.partnerId \(client number \w+\): Partner p9 does not exist in this file$/m)
    expect(out).toMatch(/^clients\[c1\]\.registrationReceivedDate \(client number 101\): The date 01-06-1999 is before 01-01-2000\.$/m)
    expect(out).toMatch(/The monthly fee € 12\.500,00 is higher than € 10\.000,00\./)
    expect(io.stdout.at(-1)).toMatch(/^"backup\.json": \d+ problem\(s\) found\.$/)
  })

  it('judges dates against --today', async () => {
    const dir = tempFolder('cli-verify')
    writeSmallBackup(dir)
    const io = memoryIo(dir)
    // Seen from 01-01-2020, the backup's dates of 2026 lie more than two years ahead.
    expect(await main(['verify', '--backup', 'backup.json', '--today', '2020-01-01'], io)).toBe(EXIT.inconsistent)
    expect(io.stdout.join('\n')).toMatch(/ligt na 01-01-2022, meer dan 2 jaar na vandaag/)
  })

  it.each([
    [['verify'], EXIT.usage, /Optie --backup is verplicht bij "verify"/],
    [['verify', '--backup', 'weg.json'], EXIT.input, /bestaat niet/],
    [['verify', '--backup', 'backup.json', '--today', 'gisteren'], EXIT.usage, /Ongeldige datum bij --today/],
  ])('refuses %j', async (argv, code, message) => {
    const dir = tempFolder('cli-verify')
    writeSmallBackup(dir)
    const io = memoryIo(dir)
    expect(await main(argv, io)).toBe(code)
    expect(io.stderr.join('\n')).toMatch(message)
  })

  it('prints its help with --help, in English with --lang en', async () => {
    const io = memoryIo(tempFolder('cli-verify'))
    expect(await main(['verify', '--help', '--lang', 'en'], io)).toBe(EXIT.ok)
    expect(io.stdout.join('')).toMatch(/Usage: npm run cli -- verify --backup FILE/)
  })
})

describe('cli run with data that fails verify', () => {
  it('names every problem, ends with the verify exit code and creates no output folder', async () => {
    const dir = tempFolder('cli-run-verify')
    writeSmallBackup(dir, inconsistent)
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit', '--today', '2026-11-26'], io)).toBe(EXIT.inconsistent)
    const message = io.stderr.join('\n')
    expect(message).toMatch(/"backup\.json" doorstaat de controle niet: 2 probleem\/problemen\. Er is niets geschreven\./)
    expect(message).toMatch(/clients\[c1\]\.registrationReceivedDate \(cliëntnummer 101\): De datum 01-06-1999 ligt vóór 01-01-2000\./)
    expect(message).toMatch(/monthlyFeeCents: Het maandbedrag € 12\.500,00 is hoger dan € 10\.000,00\./)
    expect(existsSync(join(dir, 'uit'))).toBe(false)
    expect(readdirSync(dir)).toEqual(['backup.json'])
  })

  it('words the refusal in English with --lang en', async () => {
    const dir = tempFolder('cli-run-verify')
    writeSmallBackup(dir, inconsistent)
    const io = memoryIo(dir)
    expect(await main(['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit', '--lang', 'en'], io)).toBe(EXIT.inconsistent)
    expect(io.stderr.join('\n')).toMatch(/"backup\.json" fails the check: 2 problem\(s\)\. Nothing was written\./)
    expect(existsSync(join(dir, 'uit'))).toBe(false)
  })
})
