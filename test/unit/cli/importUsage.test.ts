import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateBackup } from '@shared/backup/validate'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

const TODAY = '2026-11-26'

/** A telephony export with one row per contact, as the clerk would get it. */
function usageCsv(dir: string, ...rows: string[]): string {
  writeFileSync(join(dir, 'verbruik.csv'), ['Cliëntnummer;Datum;Belminuten;Registratieminuten', ...rows].join('\r\n'))
  return 'verbruik.csv'
}

function readOut(dir: string) {
  const validation = validateBackup(JSON.parse(readFileSync(join(dir, 'uit.json'), 'utf8')))
  if (!validation.ok) throw new Error(validation.problem.code)
  return validation.file.data
}

describe('cli import usage', () => {
  it("applies a usage file with the app's rules: a period's usage replaced, the rest kept, the import in the audit trail", async () => {
    const dir = tempFolder('cli-import')
    writeSmallBackup(dir)
    const file = usageCsv(dir, '101;12-11-2026;7,5;1', '101;20-11-2026;2,5;0', '201;01-11-2026;3;0')
    const io = memoryIo(dir)
    expect(await main(['import', 'usage', '--backup', 'backup.json', '--file', file, '--out', 'uit.json', '--today', TODAY], io)).toBe(EXIT.ok)
    expect(io.stdout).toEqual([join(dir, 'uit.json')])
    expect(io.stderr.at(-1)).toBe('Ingelezen: 2 verbruiksregels (2 vervangen) voor 2026-11. Geschreven: uit.json')
    const data = readOut(dir)
    const byId = new Map(data.usage.map((u) => [u.id, u]))
    expect(byId.get('c1|2026-11')).toMatchObject({ callMinutes: 10, registrationMinutes: 1, contacts: 2 })
    expect(byId.get('c3|2026-11')).toMatchObject({ callMinutes: 3, registrationMinutes: 0, contacts: 1 })
    expect(byId.get('c3|2026-10')).toMatchObject({ callMinutes: 12 })
    expect(data.usage).toHaveLength(3)
    expect(data.auditEntries.at(-1)).toMatchObject({
      entity: 'usage',
      action: 'import',
      outcome: 'ok',
      event: 'usageImported',
      params: { source: 'verbruik.csv', rows: 2, replaced: 2, periods: '2026-11' },
    })
    // Chained onto the backup's trail as the app would have chained it.
    expect(verifyChain(data.auditEntries as ChainedEntry[])).toMatchObject({ ok: true, head: { count: data.auditEntries.length } })
  })

  it('refuses a file with bad rows whole, naming each row and why, and writes nothing', async () => {
    const dir = tempFolder('cli-import')
    writeSmallBackup(dir)
    const file = usageCsv(dir, '101;12-11-2026;7,5;1', '999;12-11-2026;1;0', '101;30-11-2026;1;0', '201;12-11-2026;veel;0')
    const io = memoryIo(dir)
    expect(await main(['import', 'usage', '--backup', 'backup.json', '--file', file, '--out', 'uit.json', '--today', TODAY], io)).toBe(EXIT.inconsistent)
    expect(io.stderr.join('\n')).toContain('"verbruik.csv" is niet ingelezen: 3 van de 4 regels zijn fout. Er is niets geschreven.')
    expect(io.stderr.join('\n')).toMatch(/Regel 3 \(cliëntnummer 999\): .*999/)
    expect(io.stderr.join('\n')).toMatch(/Regel 4 \(cliëntnummer 101\): Datum 30-11-2026 ligt in de toekomst/)
    expect(io.stderr.join('\n')).toMatch(/Regel 5 \(cliëntnummer 201\): Belminuten "veel" is geen getal/)
    expect(existsSync(join(dir, 'uit.json'))).toBe(false)
  })

  it('speaks English with --lang en', async () => {
    const dir = tempFolder('cli-import')
    writeSmallBackup(dir)
    const file = usageCsv(dir, '101;30-11-2026;1;0')
    const io = memoryIo(dir)
    expect(await main(['--lang', 'en', 'import', 'usage', '--backup', 'backup.json', '--file', file, '--out', 'uit.json', '--today', TODAY], io)).toBe(
      EXIT.inconsistent,
    )
    expect(io.stderr.join('\n')).toContain('"verbruik.csv" was not imported: 1 of the 1 rows are wrong. Nothing was written.')
    expect(io.stderr.join('\n')).toMatch(/Row 2 \(client number 101\): .*future/)
  })

  it('never replaces an existing OUT without --force, and refuses an unreadable file with its own exit code', async () => {
    const dir = tempFolder('cli-import')
    writeSmallBackup(dir)
    writeFileSync(join(dir, 'uit.json'), 'old')
    const file = usageCsv(dir, '101;12-11-2026;7,5;1')
    const io = memoryIo(dir)
    expect(await main(['import', 'usage', '--backup', 'backup.json', '--file', file, '--out', 'uit.json', '--today', TODAY], io)).toBe(EXIT.output)
    expect(readFileSync(join(dir, 'uit.json'), 'utf8')).toBe('old')
    expect(await main(['import', 'usage', '--backup', 'backup.json', '--file', 'ontbreekt.csv', '--out', 'nieuw.json', '--today', TODAY], memoryIo(dir))).toBe(
      EXIT.input,
    )
    expect(await main(['import', 'usage', '--backup', 'backup.json', '--file', file, '--out', 'uit.json', '--today', TODAY, '--force'], memoryIo(dir))).toBe(
      EXIT.ok,
    )
    expect(readOut(dir).usage).toHaveLength(3)
    expect(readdirSync(dir).sort()).toEqual(['backup.json', 'uit.json', 'verbruik.csv'])
  })

  it('names the kinds it knows', async () => {
    const io = memoryIo(tempFolder('cli-import'))
    expect(await main(['import', 'clienten'], io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toContain('Onbekende soort "clienten" bij "import". Mogelijk: usage, partners, clients.')
  })
})

describe('cli import usage: a number that reads two ways', () => {
  it('is refused without --decimal when nothing in the file shows its style, and read as asked with it', async () => {
    const dir = tempFolder('cli-import')
    writeSmallBackup(dir)
    writeFileSync(join(dir, 'verbruik.csv'), ['Cliëntnummer;Periode;Belminuten;Registratieminuten;Contacten', '101;2026-11;12.345;0;3'].join('\n'))
    const io = memoryIo(dir)
    expect(await main(['import', 'usage', '--backup', 'backup.json', '--file', 'verbruik.csv', '--out', 'uit.json', '--today', TODAY], io)).toBe(
      EXIT.inconsistent,
    )
    expect(io.stderr.join('\n')).toContain('1 regel(s) hebben een getal dat twee kanten op kan (zoals 12.345)')
    expect(io.stderr.join('\n')).toContain('Regels: 2')
    expect(existsSync(join(dir, 'uit.json'))).toBe(false)
    expect(
      await main(
        ['import', 'usage', '--backup', 'backup.json', '--file', 'verbruik.csv', '--out', 'uit.json', '--today', TODAY, '--decimal', 'point'],
        memoryIo(dir),
      ),
    ).toBe(EXIT.ok)
    expect(readOut(dir).usage.find((u) => u.id === 'c1|2026-11')).toMatchObject({ callMinutes: 12.35, contacts: 3 })
  })
})
