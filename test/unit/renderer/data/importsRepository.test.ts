import { describe, expect, it } from 'vitest'
import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import type { TableRow } from '@shared/import/table'
import { usageId, type Usage } from '@shared/model'
import { CLIENT_FIELDS, type ClientFieldKey } from '@shared/onboarding/fields'
import { parseClientRows } from '@shared/onboarding/clientRows'
import { planClientImport } from '@shared/onboarding/preview'
import { RuleError } from '@renderer/data'
import { clientInput, partnerInput, planInput, testData } from './testDb'

const TODAY = '2026-11-23' as CalendarDate
type Row = Partial<Record<ClientFieldKey, string | number>>
const clientTable = (...rows: Row[]): TableRow[] => [
  { line: 1, cells: CLIENT_FIELDS.map((f) => f.header) },
  ...rows.map((row, i) => ({ line: i + 2, cells: CLIENT_FIELDS.map((f) => row[f.key] ?? null) })),
]
const ACTIVE: Row = {
  partner: 'ZGN',
  clientNumber: '00042',
  firstName: 'Jan',
  lastName: 'Jansen',
  status: 'actief',
  registrationDate: '02-02-2026',
  activationDate: '09-02-2026',
  plan: 'BASIS',
  planFrom: '09-02-2026',
}
const SECOND: Row = { ...ACTIVE, clientNumber: '00043', firstName: 'Piet', lastName: 'Pieters' }

async function setup() {
  const t = testData('imports')
  const basis = await t.repos.plans.create(planInput())
  const zgn = await t.repos.partners.create(partnerInput())
  const parse = (...rows: Row[]) => {
    const parsed = parseClientRows(clientTable(...rows), { today: TODAY, partners: [zgn], plans: [basis] })
    if (!parsed.ok) throw new Error(parsed.problem.code)
    return parsed.clients
  }
  const snapshot = async () => ({
    clients: await t.db.clients.toArray(),
    periods: await t.db.subscriptionPeriods.toArray(),
    deregistrations: await t.db.deregistrations.toArray(),
    partners: await t.db.partners.toArray(),
    usage: await t.db.usage.toArray(),
  })
  const chainOk = async () => verifyChain((await t.db.auditEntries.orderBy(':id').toArray()) as ChainedEntry[]).ok
  return { ...t, basis, zgn, parse, snapshot, chainOk }
}

describe('imports repository', () => {
  it('lists a clients import with who, when, file and counts, and undoes it: everything back as before, audited, chain intact', async () => {
    const t = await setup()
    const before = await t.snapshot()
    await t.repos.onboarding.importClients(planClientImport(t.parse(ACTIVE, SECOND), []), 'clienten.xlsx', false)
    const [item] = await t.repos.imports.list()
    expect(item).toMatchObject({ kind: 'clients', fileName: 'clienten.xlsx', counts: { created: 2, updated: 0 }, block: null, at: '2026-11-23T09:30:00.000Z' })
    expect(item?.clerk).toBeTruthy()

    expect(await t.repos.imports.undo(item!.id)).toEqual({ removed: 4, restored: 0 })
    expect(await t.snapshot()).toEqual(before)
    const events = (await t.db.auditEntries.toArray()).map((e) => e.event)
    expect(events.filter((e) => e === 'clientDeleted')).toHaveLength(2)
    expect(events.filter((e) => e === 'periodImportRemoved')).toHaveLength(2)
    expect(events.at(-1)).toBe('importUndone')
    expect(await t.chainOk()).toBe(true)
    const [undone] = await t.repos.imports.list()
    expect(undone).toMatchObject({ block: 'alreadyUndone', undone: { at: '2026-11-23T09:30:00.000Z' } })
    await expect(t.repos.imports.undo(item!.id)).rejects.toMatchObject({ ruleCode: 'import-al-ongedaan' })
  })

  it('restores updated clients to their values before the import', async () => {
    const t = await setup()
    await t.repos.clients.create(clientInput(t.zgn, t.basis, { clientNumber: '00042', firstName: 'Jan', lastName: 'Janssen' }))
    const before = await t.snapshot()
    const plan = planClientImport(t.parse(ACTIVE), await t.repos.onboarding.clientsOfPartners([t.zgn.id]))
    expect(await t.repos.onboarding.importClients(plan, 'f.xlsx', true)).toEqual({ created: 0, updated: 1 })
    const [item] = await t.repos.imports.list()
    expect(await t.repos.imports.undo(item!.id)).toEqual({ removed: 0, restored: 1 })
    expect(await t.snapshot()).toEqual(before)
    expect(await t.chainOk()).toBe(true)
  })

  it('refuses once a later change touched its records, and stores nothing', async () => {
    const t = await setup()
    await t.repos.onboarding.importClients(planClientImport(t.parse(ACTIVE), []), 'clienten.xlsx', false)
    const [client] = await t.repos.onboarding.clientsOfPartners([t.zgn.id])
    await t.repos.clients.update({ ...client!, lastName: 'Jansen-de Boer' })
    const [item] = await t.repos.imports.list()
    expect(item?.block).toBe('laterChange')
    const audit = await t.db.auditEntries.count()
    await expect(t.repos.imports.undo(item!.id)).rejects.toBeInstanceOf(RuleError)
    expect(await t.db.clients.count()).toBe(1)
    expect(await t.db.auditEntries.count()).toBe(audit)
  })

  it('refuses while usage refers to its clients', async () => {
    const t = await setup()
    await t.repos.onboarding.importClients(planClientImport(t.parse(ACTIVE), []), 'clienten.xlsx', false)
    const [client] = await t.repos.onboarding.clientsOfPartners([t.zgn.id])
    await t.repos.usage.importRows(
      [
        {
          id: usageId(client!.id, '2026-10'),
          clientId: client!.id,
          partnerId: t.zgn.id,
          period: '2026-10',
          callMinutes: 4,
          registrationMinutes: 0,
          contacts: 1,
        },
      ],
      'u.csv',
    )
    const items = await t.repos.imports.list()
    expect(items.map((i) => [i.kind, i.block])).toEqual([
      ['usage', null],
      ['clients', 'usage'],
    ])
  })

  it('undoes a usage import: new rows removed, replaced figures restored; a later import over the same rows blocks it', async () => {
    const t = await setup()
    await t.repos.onboarding.importClients(planClientImport(t.parse(ACTIVE, SECOND), []), 'clienten.xlsx', false)
    const [a, b] = await t.repos.onboarding.clientsOfPartners([t.zgn.id])
    const row = (clientId: string, callMinutes: number): Usage => ({
      id: usageId(clientId, '2026-10'),
      clientId,
      partnerId: t.zgn.id,
      period: '2026-10',
      callMinutes,
      registrationMinutes: 1,
      contacts: 2,
    })
    await t.repos.usage.importRows([row(a!.id, 10)], 'okt.csv')
    const before = await t.snapshot()
    await t.repos.usage.importRows([row(a!.id, 25), row(b!.id, 5)], 'okt-v2.csv')
    const [second, first] = (await t.repos.imports.list()).filter((i) => i.kind === 'usage')
    expect(second).toMatchObject({ fileName: 'okt-v2.csv', counts: { created: 1, updated: 1 }, block: null })
    expect(first?.block).toBe('laterImport')
    expect(await t.repos.imports.undo(second!.id)).toEqual({ removed: 1, restored: 1 })
    expect(await t.snapshot()).toEqual(before)
    expect(await t.chainOk()).toBe(true)
    expect((await t.repos.imports.list()).find((i) => i.fileName === 'okt.csv')?.block).toBeNull()
  })
})

describe('import history in the backup', () => {
  it('travels with a backup and can still be undone after a restore; a file without it reads as no imports', async () => {
    const t = await setup()
    await t.repos.onboarding.importClients(planClientImport(t.parse(ACTIVE), []), 'clienten.xlsx', false)
    const file = await t.repos.database.exportBackup()
    expect(file.data.imports).toHaveLength(1)

    const other = testData('imports-restored')
    await other.repos.database.restoreBackup(JSON.parse(JSON.stringify(file)), 'backup.json')
    const [item] = await other.repos.imports.list()
    expect(item).toMatchObject({ fileName: 'clienten.xlsx', block: null })
    await other.repos.imports.undo(item!.id)
    expect(await other.db.clients.count()).toBe(0)

    const { imports: _imports, ...older } = file.data
    const third = testData('imports-older')
    await third.repos.database.restoreBackup({ ...file, data: older }, 'ouder.json')
    expect(await third.repos.imports.list()).toEqual([])
    expect(await third.db.clients.count()).toBe(1)
  })
})
