import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { validateBackup } from '@shared/backup/validate'
import { undoBlock } from '@shared/imports/undoable'
import { CLIENT_FIELDS, PARTNER_FIELDS } from '@shared/onboarding/fields'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { tempFolder } from '../main/tempFolder'
import { testData } from '../renderer/data/testDb'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

const TODAY = '2026-11-26'

/** A `;`-separated file with the template's Dutch headers, as a clerk saves one from Excel. */
function csv(dir: string, name: string, fields: readonly { key: string; header: string }[], rows: Record<string, string>[]): string {
  writeFileSync(join(dir, name), [fields.map((f) => f.header).join(';'), ...rows.map((row) => fields.map((f) => row[f.key] ?? '').join(';'))].join('\r\n'))
  return name
}

const readOut = (dir: string, name: string) => {
  const validation = validateBackup(JSON.parse(readFileSync(join(dir, name), 'utf8')))
  if (!validation.ok) throw new Error(validation.problem.code)
  return validation.file.data
}

async function cli(dir: string, ...argv: string[]): Promise<void> {
  const io = memoryIo(dir)
  expect(await main(argv, io), [...io.stdout, ...io.stderr].join('\n')).toBe(EXIT.ok)
}

/** A test database with the backup file restored into it, as "Back-up terugzetten" does. */
async function restored(dir: string, name: string) {
  const t = testData('cli-import-history')
  await t.repos.database.restoreBackup(JSON.parse(readFileSync(join(dir, name), 'utf8')), name)
  const snapshot = async () => ({
    partners: await t.db.partners.toArray(),
    clients: await t.db.clients.toArray(),
    subscriptionPeriods: await t.db.subscriptionPeriods.toArray(),
    deregistrations: await t.db.deregistrations.toArray(),
    usage: await t.db.usage.toArray(),
  })
  return { ...t, snapshot }
}

/**
 * The command line's backup, restored in the app: its import is listed and undoable, and undoing it leaves the
 * data as the input backup had it, with the audit chain intact.
 */
async function undoneInApp(dir: string, input: string, output: string, fileName: string) {
  const before = await (await restored(dir, input)).snapshot()
  const app = await restored(dir, output)
  const [item] = await app.repos.imports.list()
  expect(item).toMatchObject({ fileName, block: null })
  const result = await app.repos.imports.undo(item!.id)
  expect(await app.snapshot()).toEqual(before)
  expect(verifyChain((await app.db.auditEntries.orderBy(':id').toArray()) as ChainedEntry[]).ok).toBe(true)
  expect((await app.repos.imports.list())[0]?.block).toBe('alreadyUndone')
  return result
}

/** The written backup's import record, tied to its import's audit entry as the app ties it; `verify` passes. */
async function recordedImport(dir: string, output: string, event: string) {
  const data = readOut(dir, output)
  expect(data.imports).toHaveLength(1)
  const record = data.imports[0]!
  const last = data.auditEntries.at(-1)!
  expect(last.event).toBe(event)
  expect(record).toMatchObject({ auditSeq: last.seq, at: last.at, clerk: last.clerk })
  expect(
    undoBlock(record, {
      auditEntries: data.auditEntries.map((e) => ({ seq: e.seq, recordId: e.recordId })),
      usage: [],
      invoices: [],
      clients: [],
      imports: [],
    }),
  ).toBeNull()
  await cli(dir, 'verify', '--backup', output, '--today', TODAY)
  return { data, record }
}

describe('cli imports in the import history', () => {
  it('import clients: the record names the new clients, periods and deregistration and the updated client as it was; undone in the app', async () => {
    const dir = tempFolder('cli-history')
    writeSmallBackup(dir)
    const file = csv(dir, 'clienten.csv', CLIENT_FIELDS, [
      {
        partner: 'P1',
        clientNumber: '900',
        firstName: 'Jan',
        lastName: 'Nieuw',
        status: 'actief',
        registrationDate: '01-10-2026',
        activationDate: '05-10-2026',
        plan: 'PLUS',
      },
      {
        partner: 'P1',
        clientNumber: '901',
        firstName: 'Els',
        lastName: 'Eerder',
        status: 'afgemeld',
        registrationDate: '01-03-2026',
        activationDate: '02-03-2026',
        plan: 'BASIS',
        deregistrationReceivedDate: '10-10-2026',
        deregistrationRequestedDate: '20-10-2026',
        deregistrationEffectiveDate: '20-10-2026',
      },
      {
        partner: 'P1',
        clientNumber: '102',
        firstName: 'Jan',
        lastName: 'Jansen-de Boer',
        status: 'actief',
        registrationDate: '05-01-2026',
        activationDate: '12-01-2026',
        plan: 'PLUS',
      },
    ])
    await cli(dir, 'import', 'clients', '--backup', 'backup.json', '--file', file, '--out', 'uit.json', '--today', TODAY, '--update')
    const { data, record } = await recordedImport(dir, 'uit.json', 'clientsImported')
    const created = data.clients.filter((c) => ['900', '901'].includes(c.clientNumber))
    expect(record).toMatchObject({ kind: 'clients', fileName: 'clienten.csv', clerk: 'Opdrachtregel', counts: { created: 2, updated: 1 } })
    expect(new Set(record.created.clients)).toEqual(new Set(created.map((c) => c.id)))
    expect(new Set(record.created.subscriptionPeriods)).toEqual(
      new Set(data.subscriptionPeriods.filter((p) => record.created.clients.includes(p.clientId)).map((p) => p.id)),
    )
    expect(record.created.deregistrations).toEqual(data.deregistrations.map((d) => d.id))
    expect(record.before.clients).toEqual(readOut(dir, 'backup.json').clients.filter((c) => c.id === 'c2'))
    expect(data.clients.find((c) => c.id === 'c2')?.lastName).toBe('Jansen-de Boer')

    expect(await undoneInApp(dir, 'backup.json', 'uit.json', 'clienten.csv')).toEqual({
      removed: 2 + record.created.subscriptionPeriods.length + 1,
      restored: 1,
    })
  })

  it('import partners: new partners and the updated one as it was; in the name of --clerk; undone in the app', async () => {
    const dir = tempFolder('cli-history')
    writeSmallBackup(dir)
    const file = csv(dir, 'partners.csv', PARTNER_FIELDS, [
      { name: 'Eigen Huis', shortCode: 'EH', ecdMode: 'eigen', street: 'Markt 1', postcode: '5611 AA', city: 'Eindhoven', invoiceEmail: 'f@eh.nl' },
      {
        name: 'Zorggroep Noord',
        shortCode: 'P1',
        ecdMode: 'partner',
        street: 'Hoofdstraat 1',
        postcode: '1234 AB',
        city: 'Assen',
        invoiceEmail: 'factuur@example.nl',
      },
    ])
    await cli(
      dir,
      'import',
      'partners',
      '--backup',
      'backup.json',
      '--file',
      file,
      '--out',
      'uit.json',
      '--today',
      TODAY,
      '--update',
      '--clerk',
      'Anja de Vries',
    )
    const { data, record } = await recordedImport(dir, 'uit.json', 'partnersImported')
    expect(record).toMatchObject({ kind: 'partners', fileName: 'partners.csv', clerk: 'Anja de Vries', counts: { created: 1, updated: 1 } })
    expect(record.created.partners).toEqual(data.partners.filter((p) => p.shortCode === 'EH').map((p) => p.id))
    expect(record.before.partners).toEqual(readOut(dir, 'backup.json').partners.filter((p) => p.id === 'p1'))
    expect(data.auditEntries.filter((e) => e.event === 'partnerCreated' || e.event === 'partnerUpdated').map((e) => e.clerk)).toEqual([
      'Anja de Vries',
      'Anja de Vries',
    ])

    expect(await undoneInApp(dir, 'backup.json', 'uit.json', 'partners.csv')).toEqual({ removed: 1, restored: 1 })
  })

  it('import usage: new rows by id and the replaced rows as they were; undone in the app', async () => {
    const dir = tempFolder('cli-history')
    writeSmallBackup(dir)
    writeFileSync(
      join(dir, 'verbruik.csv'),
      ['Cliëntnummer;Datum;Belminuten;Registratieminuten', '101;12-11-2026;7,5;1', '201;01-11-2026;3;0', '102;05-11-2026;2;0'].join('\r\n'),
    )
    await cli(dir, 'import', 'usage', '--backup', 'backup.json', '--file', 'verbruik.csv', '--out', 'uit.json', '--today', TODAY)
    const { record } = await recordedImport(dir, 'uit.json', 'usageImported')
    expect(record).toMatchObject({ kind: 'usage', fileName: 'verbruik.csv', clerk: 'Opdrachtregel', counts: { created: 1, updated: 2 } })
    expect(record.created.usage).toEqual(['c2|2026-11'])
    const input = readOut(dir, 'backup.json').usage
    expect(record.before.usage).toEqual(input.filter((u) => u.id === 'c1|2026-11' || u.id === 'c3|2026-11'))

    expect(await undoneInApp(dir, 'backup.json', 'uit.json', 'verbruik.csv')).toEqual({ removed: 1, restored: 2 })
  })

  it('a second command-line import over the same usage comes after the first: only the last can be undone', async () => {
    const dir = tempFolder('cli-history')
    writeSmallBackup(dir)
    writeFileSync(join(dir, 'a.csv'), ['Cliëntnummer;Datum;Belminuten;Registratieminuten', '101;12-11-2026;7,5;1'].join('\r\n'))
    writeFileSync(join(dir, 'b.csv'), ['Cliëntnummer;Datum;Belminuten;Registratieminuten', '101;13-11-2026;9;0'].join('\r\n'))
    await cli(dir, 'import', 'usage', '--backup', 'backup.json', '--file', 'a.csv', '--out', 'stap1.json', '--today', TODAY)
    await cli(dir, 'import', 'usage', '--backup', 'stap1.json', '--file', 'b.csv', '--out', 'stap2.json', '--today', TODAY)
    const app = await restored(dir, 'stap2.json')
    expect((await app.repos.imports.list()).map((i) => [i.fileName, i.block])).toEqual([
      ['b.csv', null],
      ['a.csv', 'laterImport'],
    ])
  })

  it('refuses an empty --clerk as wrong use', async () => {
    const dir = tempFolder('cli-history')
    writeSmallBackup(dir)
    const io = memoryIo(dir)
    expect(await main(['import', 'usage', '--backup', 'backup.json', '--file', 'x.csv', '--out', 'uit.json', '--clerk', ' '], io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toContain('--clerk')
  })
})
