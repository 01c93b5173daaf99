import { describe, expect, it } from 'vitest'
import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { makeBackupFile, type BackupData } from '@shared/backup/schema'
import { backupDataChunks, backupSourceOf } from '@shared/backup/jsonChunks'
import { generateDemoData } from '@shared/demo'
import { parseCalendarDate } from '@shared/model'
import { RuleError, ValidationError } from '@renderer/data/errors'
import { BackupFileError } from '@renderer/data/backupFileError'
import { smallBackupData, smallBackupFile, versionOneFile } from '../../shared/backup/fixture'
import { partnerInput, planInput, testData } from './testDb'
import { EXPORT_PAGE_SIZE } from '@renderer/data/repositories/database'

describe('database repository: backup and restore', () => {
  it('restores a back-up written before audit entries had events, keeping their sentences as recorded text', async () => {
    const { repos } = testData()
    expect(await repos.database.restoreBackup(versionOneFile(), 'oud.json')).toMatchObject({ clients: 1, auditEntries: 1 })
    const [restore, old] = (await repos.audit.list()).items
    expect(old).toMatchObject({ event: 'historic', params: {}, historicSummary: 'Cliënt 000001 Jan Jansen aangemeld bij Zorggroep Noord' })
    expect(restore).toMatchObject({ event: 'backupRestored', params: { source: 'oud.json', exportedAt: '2026-11-23T09:30:00.000Z' } })
    expect(restore).not.toHaveProperty('historicSummary')
  })

  it('restores a valid file, with its audit trail plus the restore entry', async () => {
    const { repos } = testData()
    const counts = await repos.database.restoreBackup(JSON.parse(JSON.stringify(smallBackupFile())), 'backup.json')
    expect(counts).toMatchObject({ partners: 1, plans: 1, clients: 1, subscriptionPeriods: 1, usage: 1, auditEntries: 1 })
    expect((await repos.clients.list({ search: 'jans' })).items[0]).toMatchObject({ clientNumber: '000001', currentPlanId: 'pl1' })
    const trail = await repos.audit.list()
    expect(trail.items.map((e) => e.action)).toEqual(['restore', 'create'])
  })

  it('chains the trail of a back-up from before the chain, and the restore entry after it', async () => {
    const { db, repos } = testData()
    await repos.database.restoreBackup(JSON.parse(JSON.stringify(smallBackupFile())), 'backup.json')
    const entries = (await db.auditEntries.orderBy('id').toArray()) as ChainedEntry[]
    expect(entries.map((e) => e.seq)).toEqual([1, 2])
    expect(verifyChain(entries)).toMatchObject({ ok: true, head: { count: 2 } })
  })

  it('keeps the chain of a chained back-up as it is, so a forged entry in it stays visible', async () => {
    const source = testData()
    await source.repos.database.restoreBackup(JSON.parse(JSON.stringify(smallBackupFile())), 'backup.json')
    const file = await source.repos.database.exportBackup()
    const forged = JSON.parse(JSON.stringify(file)) as typeof file
    forged.data.auditEntries[0] = { ...forged.data.auditEntries[0]!, clerk: 'Iemand anders' }
    const { db, repos } = testData()
    await repos.database.restoreBackup(forged, 'vervalst.json')
    expect(verifyChain((await db.auditEntries.orderBy('id').toArray()) as ChainedEntry[])).toMatchObject({ ok: false, kind: 'changed', seq: 1 })
  })

  it('exports exactly what was restored (round trip), and logs the export', async () => {
    const { repos } = testData()
    const original = smallBackupFile()
    await repos.database.restoreBackup(original, 'backup.json')
    const exported = await repos.database.exportBackup()
    expect(exported.format).toBe('clientadministratie-24x7-backup')
    expect(exported.exportedAt).toBe('2026-11-23T09:30:00.000Z')
    const { auditEntries: exportedAudit, ...exportedRest } = exported.data
    const { auditEntries: _originalAudit, ...originalRest } = original.data
    expect(exportedRest).toEqual(originalRest)
    // The file holds its own export entry: main's kept head, written into the header, already counts it.
    expect(exportedAudit.map((e) => e.action)).toEqual(['create', 'restore', 'export'])
    expect((await repos.audit.list({ action: 'export' })).total).toBe(1)
  })

  it('exports a table larger than one read page completely, in key order', async () => {
    const { db, repos } = testData()
    const data = generateDemoData({ seed: 12, partners: 3, clients: 800, months: 18, today: parseCalendarDate('2026-11-23') })
    await repos.database.loadDemoData(data)
    const usage = await db.usage.count()
    expect(usage).toBeGreaterThan(EXPORT_PAGE_SIZE)
    const exported = await repos.database.exportBackup()
    expect(exported.data.usage).toHaveLength(usage)
    expect(exported.data.usage.map((u) => u.id)).toEqual(await db.usage.toCollection().primaryKeys())
  })

  it('hands the text on in small pieces while it reads, the same document the in-memory writer makes', async () => {
    const { repos } = testData()
    await repos.database.loadDemoData(generateDemoData({ seed: 12, partners: 3, clients: 800, months: 18, today: parseCalendarDate('2026-11-23') }))
    const pieces: string[] = []
    const progress: [number, number][] = []
    await repos.database.exportBackupText(
      (piece) => pieces.push(piece),
      (done, total) => progress.push([done, total]),
    )
    // Progress per page: from nothing to every record, never backwards.
    const [, total] = progress[0]!
    expect(progress[0]![0]).toBe(0)
    expect(progress.at(-1)).toEqual([total, total])
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true)
    // No piece holds much more than 64 KB of records: the reader never keeps a table's text, let alone its records.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 16) + 4096)
    const data = JSON.parse(`{${pieces.join('')}}`) as BackupData
    expect(pieces.join('')).toBe([...backupDataChunks(backupSourceOf(data, 'x'))].join(''))
  })

  it('names who made the export: the clerk signed in, else the name setting', async () => {
    const { ctx, repos } = testData()
    await repos.database.restoreBackup(smallBackupFile(), 'backup.json')
    expect((await repos.database.exportBackup()).madeBy).toEqual({ name: smallBackupFile().data.settings.clerkName })
    ctx.session.clerk = { id: 'clerk-1', name: 'Anna de Vries' }
    expect((await repos.database.exportBackup()).madeBy).toEqual({ clerkId: 'clerk-1', name: 'Anna de Vries' })
  })

  it('validates before replacing anything: an invalid file leaves the database as it was', async () => {
    const { db, repos } = testData()
    await repos.partners.create(partnerInput())
    const bad = smallBackupFile()
    bad.data.subscriptionPeriods[0] = { ...bad.data.subscriptionPeriods[0]!, planId: 'bestaat-niet' }
    const error = await repos.database.restoreBackup(bad, 'kapot.json').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error).toBeInstanceOf(BackupFileError)
    expect((error as BackupFileError).backupProblem).toEqual({ code: 'backup.brokenReferences', params: { count: '1' } })
    expect((error as BackupFileError).backupIssues).toEqual([
      { path: ['data', 'subscriptionPeriods', 0, 'planId'], code: 'backup.missingPlan', params: { id: 'bestaat-niet' } },
    ])
    expect((error as BackupFileError).fieldErrors).toEqual({ 'data.subscriptionPeriods.0.planId': 'backup.missingPlan' })
    expect((await repos.partners.list()).map((p) => p.name)).toEqual(['Zorggroep Noord'])
    expect(await db.auditEntries.count()).toBe(1)
  })

  it('a failure midway through the restore leaves nothing of it behind', async () => {
    const { db, repos } = testData()
    await repos.partners.create(partnerInput())
    db.usage.hook('creating', () => {
      throw new Error('schrijffout')
    })
    await expect(repos.database.restoreBackup(smallBackupFile(), 'backup.json')).rejects.toThrow(/schrijffout/)
    expect((await repos.partners.list()).map((p) => p.shortCode)).toEqual(['ZGN'])
    expect(await db.clients.count()).toBe(0)
    // The partner's entry, then the failure, recorded on its own after the restore rolled back.
    const entries = await db.auditEntries.orderBy('id').toArray()
    expect(entries.map((e) => [e.event, e.outcome])).toEqual([
      ['partnerCreated', 'ok'],
      ['writeFailed', 'fout'],
    ])
    expect(entries[1]?.params.problem).toBe('failed')
    expect(entries[1]?.params.tables).toContain('usage')
  })
})

describe('database repository: demo data, counts, clear', () => {
  it('loads demo data only into an empty database unless told to replace, keeping the audit trail', async () => {
    const { repos } = testData()
    await repos.plans.create(planInput({ code: 'EIGEN' }))
    await expect(repos.database.loadDemoData(smallBackupData())).rejects.toBeInstanceOf(RuleError)
    const counts = await repos.database.loadDemoData(smallBackupData(), { replace: true })
    expect(counts.clients).toBe(1)
    expect((await repos.plans.list()).map((p) => p.code)).toEqual(['BASIS'])
    expect((await repos.audit.list()).items.map((e) => `${e.entity}:${e.action}`)).toEqual(['database:import', 'client:create', 'plan:create'])
  })

  it('rejects inconsistent demo data before writing', async () => {
    const { repos } = testData()
    const data = smallBackupData()
    data.usage[0] = { ...data.usage[0]!, clientId: 'weg', id: 'weg|2026-10' }
    await expect(repos.database.loadDemoData(data)).rejects.toBeInstanceOf(ValidationError)
    expect(await repos.database.isEmpty()).toBe(true)
  })

  it('counts every table and clears all but settings and the audit trail', async () => {
    const { repos } = testData()
    await repos.database.loadDemoData(smallBackupData())
    expect(await repos.database.counts()).toEqual({
      clerks: 1,
      partners: 1,
      plans: 1,
      clients: 1,
      subscriptionPeriods: 1,
      changeRequests: 0,
      deregistrations: 0,
      usage: 1,
      invoices: 0,
      auditEntries: 2,
      imports: 0,
    })
    await repos.database.clear()
    const after = await repos.database.counts()
    expect(after).toMatchObject({ partners: 0, clients: 0, usage: 0, auditEntries: 3 })
    expect(await repos.database.isEmpty()).toBe(true)
  })

  it('refuses a file written by a newer version', async () => {
    const { repos } = testData()
    const newer = { ...makeBackupFile(smallBackupData(), '2026-11-23T09:30:00.000Z'), version: 4 }
    await expect(repos.database.restoreBackup(newer, 'nieuw.json')).rejects.toMatchObject({
      backupProblem: { code: 'backup.newerVersion', params: { version: 4, supported: 3 } },
    })
  })
})

describe('database repository: generated demo data', () => {
  it('loads a generated data set and serves paged, filtered lists from it', async () => {
    const { repos } = testData()
    const data = generateDemoData({ seed: 11, partners: 5, clients: 400, months: 3, today: parseCalendarDate('2026-11-23') })
    const counts = await repos.database.loadDemoData(data)
    expect(counts.clients).toBe(400)
    const partner = data.partners[0]!
    const own = data.clients.filter((c) => c.partnerId === partner.id && c.status === 'actief').length
    expect((await repos.clients.list({ partnerId: partner.id, status: 'actief', limit: 5 })).total).toBe(own)
    const page = await repos.clients.list({ limit: 25, offset: 25 })
    expect(page.items).toHaveLength(25)
    expect(page.total).toBe(400)
    expect((await repos.settings.get()).clerkName).toBe('Demo-medewerker')
  })
})
