import 'fake-indexeddb/auto'
import type { Table } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appDatabase, repositories } from '@renderer/data'
import { prepareInvoicing } from '@renderer/workers/invoicingJob'
import { computeWorkOverview, leavesListRecords } from '@renderer/workers/overviewJobs'
import { leavesWholeTables, wholeTables } from '@renderer/workers/wholeTables'
import { parseCalendarDate as d, usageId, type CalendarDate, type Client, type Partner } from '@shared/model'
import { clientInput, seedBilledClient } from '../data/testDb'
import { freshStores } from '../stores/storeTestSetup'

beforeEach(freshStores)
afterEach(() => {
  vi.restoreAllMocks()
  stopWatching.splice(0).forEach((stop) => stop())
})

const stopWatching: (() => void)[] = []

/** One partner, one plan and one client active from 10-11-2026. */
function seed() {
  return seedBilledClient(repositories())
}

/** Usage for the seeded client in period 2026-11, imported as a clerk would. */
async function importUsage(partner: Partner, client: Client) {
  await repositories().usage.importRows(
    [
      {
        id: usageId(client.id, '2026-11'),
        clientId: client.id,
        partnerId: partner.id,
        period: '2026-11',
        callMinutes: 12,
        registrationMinutes: 3,
        contacts: 2,
      },
    ],
    'verbruik.csv',
  )
}

/** The writes no kept read depends on: concepts made and finalised, a clerk added, a backup made. */
async function invoiceAddClerkAndBackUp(today: CalendarDate) {
  const repos = repositories()
  const prepared = await prepareInvoicing({ period: '2026-11', today }, () => undefined)
  await repos.invoices.finaliseAll(
    prepared.invoices.map((i) => i.id),
    today,
  )
  await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
  await repos.database.exportBackupText(() => undefined)
  return prepared
}

/** Counts every change Dexie makes to the given tables (the four kept whole by default), whichever repository makes it. */
function watchWholeTables(tables: readonly Table[] = [appDatabase().partners, appDatabase().plans, appDatabase().clients, appDatabase().subscriptionPeriods]): {
  readonly changes: string[]
} {
  const changes: string[] = []
  for (const table of tables) {
    const creating = () => void changes.push(`${table.name}: create`)
    const updating = () => void changes.push(`${table.name}: update`)
    const deleting = () => void changes.push(`${table.name}: delete`)
    table.hook('creating', creating)
    table.hook('updating', updating)
    table.hook('deleting', deleting)
    stopWatching.push(() => {
      table.hook('creating').unsubscribe(creating)
      table.hook('updating').unsubscribe(updating)
      table.hook('deleting').unsubscribe(deleting)
    })
  }
  return { changes }
}

describe('wholeTables: the tables a worker keeps between jobs', () => {
  it('reads the tables once while nothing is written, and hands them out frozen', async () => {
    await seed()
    const repos = repositories()
    const read = vi.spyOn(repos.overview, 'allClients')
    const first = await wholeTables(repos)
    const second = await wholeTables(repos)
    expect(second).toBe(first)
    expect(read).toHaveBeenCalledTimes(1)
    expect(first.clients).toHaveLength(1)
    expect(Object.isFrozen(first.clients)).toBe(true)
    // A job that changed its input in place (a sort, a push) would change the next job's: it fails instead.
    expect(() => (first.clients as unknown[]).push(first.clients[0])).toThrow(TypeError)
  })

  it('keeps them through usage imports, invoicing, clerks and exports, which write none of those tables', async () => {
    const { partner, client } = await seed()
    const repos = repositories()
    const kept = await wholeTables(repos)
    const { changes } = watchWholeTables()
    const headBefore = (await repos.overview.auditMark()).id

    await importUsage(partner, client)
    const prepared = await invoiceAddClerkAndBackUp(d('2026-12-02'))

    expect(changes).toEqual([])
    const written = await appDatabase().auditEntries.where(':id').above(headBefore).toArray()
    expect(prepared.invoices).toHaveLength(1)
    expect(new Set(written.map((e) => e.entity))).toEqual(new Set(['usage', 'invoice', 'clerk', 'database']))
    expect(written.every(leavesWholeTables)).toBe(true)
    expect(await wholeTables(repos)).toBe(kept)
  })

  it('follows a write to a client and reads them again after a change of partner', async () => {
    const { partner, plan } = await seed()
    const repos = repositories()
    const kept = await wholeTables(repos)

    const added = await repos.clients.create(clientInput(partner, plan, { clientNumber: '2002', lastName: 'Bakker' }))
    const afterClient = await wholeTables(repos)
    expect(afterClient).not.toBe(kept)
    expect(afterClient.clients.map((c) => c.id)).toContain(added.id)

    await repos.partners.update({ ...partner, name: 'Zorggroep Zuid' })
    const afterPartner = await wholeTables(repos)
    expect(afterPartner).not.toBe(afterClient)
    expect(afterPartner.partners.map((p) => p.name)).toEqual(['Zorggroep Zuid'])
  })

  it('reads them again after the database is restored or cleared, whose audit trail is replaced', async () => {
    await seed()
    const repos = repositories()
    const backup = await repos.database.exportBackup()
    const kept = await wholeTables(repos)

    await repos.database.clear()
    const cleared = await wholeTables(repos)
    expect(cleared).not.toBe(kept)
    expect(cleared.clients).toEqual([])

    await repos.database.restoreChecked(backup, 'kopie.json')
    const restored = await wholeTables(repos)
    expect(restored.clients).toHaveLength(1)
  })

  it('does not keep a failed read', async () => {
    await seed()
    const repos = repositories()
    const failing = vi.spyOn(repos.overview, 'allClients').mockRejectedValueOnce(new Error('IndexedDB weg'))
    await expect(wholeTables(repos)).rejects.toThrow('IndexedDB weg')
    const tables = await wholeTables(repos)
    expect(tables.clients).toHaveLength(1)
    expect(failing).toHaveBeenCalledTimes(2)
  })
})

describe('the werklijsten: the lifecycle records and usage the worker keeps beside the whole tables', () => {
  it('keeps them through invoicing, clerks and exports, which write none of them', async () => {
    await seed()
    const repos = repositories()
    const today = d('2026-12-02')
    const read = vi.spyOn(repos.changeRequests, 'list')
    await computeWorkOverview({ today }, () => undefined)
    const db = appDatabase()
    const { changes } = watchWholeTables([db.changeRequests, db.deregistrations, db.usage])
    const headBefore = (await repos.overview.auditMark()).id

    await invoiceAddClerkAndBackUp(today)
    await computeWorkOverview({ today }, () => undefined)

    expect(changes).toEqual([])
    const written = await db.auditEntries.where(':id').above(headBefore).toArray()
    expect(written.every(leavesListRecords)).toBe(true)
    expect(read).toHaveBeenCalledTimes(1)
  })

  it('reads them again after a usage import, while the whole tables stay kept', async () => {
    const { partner, client } = await seed()
    const repos = repositories()
    const today = d('2026-12-02')
    const usageRead = vi.spyOn(repos.usage, 'listByPeriods')
    const clients = vi.spyOn(repos.overview, 'allClients')
    await computeWorkOverview({ today }, () => undefined)
    await importUsage(partner, client)
    await computeWorkOverview({ today }, () => undefined)
    expect(usageRead).toHaveBeenCalledTimes(2)
    expect(clients).toHaveBeenCalledTimes(1)
  })
})
