import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseCalendarDate } from '@shared/model'
import { AppDatabase } from '@renderer/data/db'
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9 } from '@renderer/data/versions'
import { clientSearchGroups } from '@renderer/data/clientRows'
import { createDataContext } from '@renderer/data/context'
import { createRepositories } from '@renderer/data'
import { auditEventText } from '@renderer/components/audit/auditEventText'
import { translate } from '@renderer/i18n'
import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { smallBackupFile } from '../../shared/backup/fixture'

/**
 * The pattern for every schema change (spec D3): open the database at the OLD version with data written
 * as that version wrote it, close it, open it with the current AppDatabase (which runs the upgrades),
 * and check the data survived and reads correctly through the repositories. For version n, add a test
 * that declares versions 1…n-1 exactly as they were released.
 */
describe('schema upgrades', () => {
  it('a database at version 1 opens with the current schema, keeps its data and gets the new indexes', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v1'

    const released = new AppDatabase(`${name}-seed`, { indexedDB, IDBKeyRange })
    await createRepositories(createDataContext(released)).database.restoreBackup(smallBackupFile(), 'seed')
    const rows = await Promise.all(
      released
        .allTables()
        .filter((t) => !['clerks', 'imports', 'drafts', 'keptResults'].includes(t.name))
        .map(async (t) => [t.name, await t.toArray()] as const),
    )
    released.close()

    const v1 = new Dexie(name, { indexedDB, IDBKeyRange })
    v1.version(1).stores(SCHEMA_V1)
    await v1.transaction('rw', v1.tables, async () => {
      for (const [table, content] of rows) await v1.table(table).bulkAdd(content)
    })
    v1.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    expect(current.verno).toBe(CURRENT_VERSION)
    const repos = createRepositories(createDataContext(current))
    expect((await repos.clients.list({ search: 'jansen' })).total).toBe(1)
    // Version 2's index serves the status-and-plan filter.
    expect((await repos.clients.list({ status: 'actief', planId: 'pl1' })).total).toBe(1)
    expect(await repos.database.counts()).toMatchObject({ partners: 1, clients: 1, usage: 1, auditEntries: 2 })
    current.close()
  })

  it('a database at version 2 gets the search index for every client', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v2'

    const released = new AppDatabase(`${name}-seed`, { indexedDB, IDBKeyRange })
    await createRepositories(createDataContext(released)).database.restoreBackup(smallBackupFile(), 'seed')
    const rows = await Promise.all(
      released
        .allTables()
        .filter((t) => !['clerks', 'imports', 'drafts', 'keptResults'].includes(t.name))
        .map(async (t) => [t.name, await t.toArray()] as const),
    )
    released.close()

    // Version 2 stored clients without `searchGroups`.
    const v2 = new Dexie(name, { indexedDB, IDBKeyRange })
    v2.version(1).stores(SCHEMA_V1)
    v2.version(2).stores(SCHEMA_V2)
    await v2.transaction('rw', v2.tables, async () => {
      for (const [table, content] of rows) {
        await v2.table(table).bulkAdd(table === 'clients' ? content.map((row) => ({ ...row, searchGroups: undefined })) : content)
      }
    })
    v2.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    const [client] = await current.clients.toArray()
    expect(client?.searchGroups).toEqual(clientSearchGroups(client!))
    expect(await current.clients.where('searchGroups').equals(['actief', 'pl1', 'f', 'jan', 'jansen jan']).primaryKeys()).toEqual(['c1'])
    const repos = createRepositories(createDataContext(current))
    expect((await repos.clients.page({ search: 'jan', status: 'actief', planId: 'pl1', offset: 0 })).items.map((c) => c.id)).toEqual(['c1'])
    current.close()
  })

  it('a database at version 3 keeps its audit entries, each old sentence as recorded text under the event `historic`', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v3'
    // Version 3 wrote audit entries with a Dutch sentence in `summary`.
    const oldEntries = [
      {
        at: '2026-10-05T08:00:00.000Z',
        clerk: 'Medewerker',
        entity: 'client',
        recordId: 'c1',
        action: 'create',
        changes: [{ field: 'lastName', before: null, after: 'Jansen' }],
        outcome: 'ok',
        summary: 'Cliënt 000001 Jan Jansen aangemeld bij Zorggroep Noord',
      },
      {
        at: '2026-10-06T08:00:00.000Z',
        clerk: 'Medewerker',
        entity: 'database',
        recordId: 'database',
        action: 'export',
        changes: [],
        outcome: 'ok',
        summary: 'Back-up gemaakt: 1 cliënten, 1 partners',
      },
    ]
    const v3 = new Dexie(name, { indexedDB, IDBKeyRange })
    v3.version(1).stores(SCHEMA_V1)
    v3.version(2).stores(SCHEMA_V2)
    v3.version(3).stores(SCHEMA_V3)
    await v3.table('auditEntries').bulkAdd(oldEntries)
    v3.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    const entries = await current.auditEntries.orderBy('id').toArray()
    expect(entries).toMatchObject(
      oldEntries.map(({ summary, ...rest }, i) => ({ ...rest, id: i + 1, event: 'historic', params: {}, historicSummary: summary, seq: i + 1 })),
    )
    // Version 6 chained them, oldest first.
    expect(verifyChain(entries as ChainedEntry[])).toEqual({ ok: true, head: { count: 2, hash: entries[1]?.hash } })
    // Read through the repository and shown as recorded, whatever the UI language.
    const repos = createRepositories(createDataContext(current))
    const page = await repos.audit.list({ entity: 'client' })
    expect(page.items.map((e) => auditEventText(e, translate))).toEqual(['Cliënt 000001 Jan Jansen aangemeld bij Zorggroep Noord'])
    // New entries after the upgrade record an event.
    await repos.settings.save({ ...(await repos.settings.get()), clerkName: 'Anna' })
    expect(await current.auditEntries.orderBy('id').last()).toMatchObject({ event: 'settingsUpdated', params: {} })
    current.close()
  })

  it('a database at version 4 gets the clerks table, its first clerk the one the old name setting named', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v4'
    const v4 = new Dexie(name, { indexedDB, IDBKeyRange })
    v4.version(1).stores(SCHEMA_V1)
    v4.version(2).stores(SCHEMA_V2)
    v4.version(3).stores(SCHEMA_V3)
    v4.version(4).stores(SCHEMA_V4)
    const repos4 = createRepositories(createDataContext(new AppDatabase(`${name}-defaults`, { indexedDB, IDBKeyRange })))
    await v4.table('settings').put({ ...(await repos4.settings.get()), id: 'settings', clerkName: 'Anna de Vries' })
    v4.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    expect(await current.clerks.toArray()).toEqual([{ id: 'clerk-1', name: 'Anna de Vries', initials: 'ADV', active: true }])
    current.close()
  })

  it('a database at version 6 gets the clerk index on the audit trail; the entries and their chain stay as they were', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v6'
    const released = new AppDatabase(`${name}-seed`, { indexedDB, IDBKeyRange })
    const seedRepos = createRepositories(createDataContext(released, { session: { clerk: { id: 'clerk-2', name: 'Anna de Vries' } } }))
    await seedRepos.settings.save({ ...(await seedRepos.settings.get()), clerkName: 'Balie' })
    await seedRepos.audit.record({ entity: 'database', recordId: 'database', action: 'export', event: 'backupExported', params: { clients: 1, partners: 1 } })
    const stored = await released.auditEntries.orderBy(':id').toArray()
    released.close()

    const v6 = new Dexie(name, { indexedDB, IDBKeyRange })
    v6.version(1).stores(SCHEMA_V1)
    v6.version(2).stores(SCHEMA_V2)
    v6.version(3).stores(SCHEMA_V3)
    v6.version(4).stores(SCHEMA_V4)
    v6.version(5).stores(SCHEMA_V5)
    v6.version(6).stores(SCHEMA_V6)
    await v6.table('auditEntries').bulkAdd(stored)
    v6.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    expect(current.verno).toBe(CURRENT_VERSION)
    const entries = await current.auditEntries.orderBy(':id').toArray()
    expect(entries).toEqual(stored)
    expect(verifyChain(entries as ChainedEntry[]).ok).toBe(true)
    const repos = createRepositories(createDataContext(current))
    expect(await repos.audit.clerkNames()).toEqual(['Anna de Vries'])
    expect((await repos.audit.list({ clerk: 'Anna de Vries', action: 'export' })).items.map((e) => e.event)).toEqual(['backupExported'])
    current.close()
  })

  it('a database at version 7 gets the empty import history; its data and audit chain stay as they were', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v7'
    const released = new AppDatabase(`${name}-seed`, { indexedDB, IDBKeyRange })
    const seedRepos = createRepositories(createDataContext(released))
    await seedRepos.audit.record({ entity: 'database', recordId: 'database', action: 'export', event: 'backupExported', params: { clients: 1, partners: 1 } })
    const stored = await released.auditEntries.orderBy(':id').toArray()
    released.close()

    const v7 = new Dexie(name, { indexedDB, IDBKeyRange })
    v7.version(1).stores(SCHEMA_V1)
    v7.version(2).stores(SCHEMA_V2)
    v7.version(3).stores(SCHEMA_V3)
    v7.version(4).stores(SCHEMA_V4)
    v7.version(5).stores(SCHEMA_V5)
    v7.version(6).stores(SCHEMA_V6)
    v7.version(7).stores(SCHEMA_V7)
    await v7.table('auditEntries').bulkAdd(stored)
    await v7.table('partners').add({ id: 'p1', name: 'Zorggroep Noord', shortCode: 'ZGN', active: true })
    v7.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    expect(current.verno).toBe(CURRENT_VERSION)
    expect(await current.auditEntries.orderBy(':id').toArray()).toEqual(stored)
    expect(await current.partners.get('p1')).toMatchObject({ shortCode: 'ZGN' })
    expect(await current.imports.count()).toBe(0)
    const repos = createRepositories(createDataContext(current))
    expect(await repos.imports.list()).toEqual([])
    current.close()
  })

  it('a database at version 8 gets the empty drafts table; its data and audit chain stay as they were', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v8'
    const released = new AppDatabase(`${name}-seed`, { indexedDB, IDBKeyRange })
    await createRepositories(createDataContext(released)).audit.record({
      entity: 'database',
      recordId: 'database',
      action: 'export',
      event: 'backupExported',
      params: { clients: 1, partners: 1 },
    })
    const stored = await released.auditEntries.orderBy(':id').toArray()
    released.close()

    const v8 = new Dexie(name, { indexedDB, IDBKeyRange })
    for (const [version, schema] of [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8].entries())
      v8.version(version + 1).stores(schema)
    await v8.table('auditEntries').bulkAdd(stored)
    await v8.table('partners').add({ id: 'p1', name: 'Zorggroep Noord', shortCode: 'ZGN', active: true })
    v8.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    expect(current.verno).toBe(CURRENT_VERSION)
    expect(await current.auditEntries.orderBy(':id').toArray()).toEqual(stored)
    expect(await current.partners.get('p1')).toMatchObject({ shortCode: 'ZGN' })
    expect(await current.drafts.count()).toBe(0)
    const drafts = createRepositories(createDataContext(current)).drafts
    await drafts.keep({ key: 'client:new', recordId: '', values: { firstName: 'Jan' } })
    expect(await drafts.get('client:new')).toMatchObject({ values: { firstName: 'Jan' } })
    current.close()
  })

  it('a database at version 9 gets the empty table of kept results; its data, drafts and audit chain stay as they were', async () => {
    const indexedDB = new IDBFactory()
    const name = 'upgrade-from-v9'
    const released = new AppDatabase(`${name}-seed`, { indexedDB, IDBKeyRange })
    await createRepositories(createDataContext(released)).audit.record({
      entity: 'clerk',
      recordId: 'c1',
      action: 'update',
      event: 'clerkSignedIn',
      params: { name: 'Demo' },
    })
    const stored = await released.auditEntries.orderBy(':id').toArray()
    released.close()

    const v9 = new Dexie(name, { indexedDB, IDBKeyRange })
    for (const [version, schema] of [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9].entries())
      v9.version(version + 1).stores(schema)
    await v9.table('auditEntries').bulkAdd(stored)
    await v9.table('drafts').add({ key: 'client:new', recordId: '', savedAt: '2026-12-07T10:00:00.000Z', values: { firstName: 'Jan' } })
    v9.close()

    const current = new AppDatabase(name, { indexedDB, IDBKeyRange })
    await current.open()
    expect(current.verno).toBe(CURRENT_VERSION)
    expect(await current.auditEntries.orderBy(':id').toArray()).toEqual(stored)
    expect(await current.drafts.get('client:new')).toMatchObject({ values: { firstName: 'Jan' } })
    expect(await current.keptResults.count()).toBe(0)
    const kept = createRepositories(createDataContext(current)).keptResults
    await kept.keep({ key: 'usage-chart', mark: { id: 1, hash: 'abc' }, today: parseCalendarDate('2026-12-07'), settings: '{}', value: [] })
    expect(await kept.get('usage-chart', z.array(z.never()))).toMatchObject({ today: '2026-12-07', value: [] })
    current.close()
  })

  it('declares every version from 1 up to the current one', () => {
    const db = new AppDatabase('declared', { indexedDB: new IDBFactory(), IDBKeyRange })
    // Dexie keeps the declared versions; an earlier one must never be removed.
    const declared = (db as unknown as { _versions: { _cfg: { version: number } }[] })._versions.map((v) => v._cfg.version)
    expect(declared).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1))
  })
})
