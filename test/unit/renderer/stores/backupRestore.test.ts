import 'fake-indexeddb/auto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeBackupFile } from '@shared/backup/schema'
import { generateDemoData } from '@shared/demo'
import { buildApi } from '@shared/ipc/api'
import { parseCalendarDate } from '@shared/model'
import { appDatabase, repositories } from '@renderer/data'
import { useBackupStore } from '@renderer/stores/backup'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../../src/main/ipc/router'
import { createTestPlatform, type TestPlatform } from '../../../../src/main/platform/testPlatform'
import { useTempFolder } from '../../main/excel/readBack'
import { freshStores } from './storeTestSetup'

// The backup and the restore's check run over a few thousand records.
vi.setConfig({ testTimeout: 60_000 })

const temp = useTempFolder('backup-restore-store')

/** `window.api` served by main's real router and handlers; the channels called, in order. */
function installApi(platform: TestPlatform): string[] {
  const calls: string[] = []
  const router = createIpcRouter(createHandlers(platform), { isTrustedSender: () => true, log: () => undefined })
  const api = buildApi((channel, payload) => {
    calls.push(channel)
    return router.dispatch({ senderFrame: { url: 'app://clientadministratie/', parent: null } }, channel, [payload])
  })
  Object.assign(globalThis, { window: { api } })
  return calls
}

const demo = generateDemoData({ seed: 5, partners: 3, clients: 1000, months: 24, today: parseCalendarDate('2026-11-23') })

let folder: string
let platform: TestPlatform
let calls: string[]
beforeEach(async () => {
  await freshStores()
  folder = temp()
  platform = createTestPlatform({ folder, now: new Date(2026, 10, 23, 9, 30) })
  calls = installApi(platform)
})
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window')
})

describe('backup and restore through the backup worker (inline here)', () => {
  it('makes a backup, reads it back in pieces, previews it and restores it in one audited transaction', async () => {
    await repositories().database.loadDemoData(demo)
    const store = useBackupStore()
    const made = await store.makeBackup()
    expect(made).toMatchObject({ ok: true, value: { fileName: 'Back-up Cliëntadministratie 2026-11-23 09.30.json' } })
    const path = made.ok ? (made.value?.path ?? '') : ''

    await repositories().database.clear()
    platform.answerNextDialog(path)
    const shown = await store.chooseFile()
    // A file of a few megabytes crosses in several pieces, and main forgets it once read.
    expect(calls.filter((c) => c === 'backup:read-chunk').length).toBeGreaterThan(1)
    expect(calls.at(-1)).toBe('backup:read-finish')
    expect(shown).toMatchObject({ ok: true, value: { fileName: 'Back-up Cliëntadministratie 2026-11-23 09.30.json', version: 3, findings: [] } })
    const preview = shown.ok ? shown.value : null
    expect(preview?.inFile.clients).toBe(1000)
    expect(preview?.inFile.usage).toBe(demo.usage.length)
    expect(preview?.current.clients).toBe(0)

    const restored = await store.restore()
    expect(restored).toMatchObject({ ok: true, value: { safety: { fileName: 'Veiligheidsback-up Cliëntadministratie 2026-11-23 09.30.json' } } })
    const counts = await repositories().database.counts()
    expect(counts.clients).toBe(1000)
    expect(counts.usage).toBe(demo.usage.length)
    const last = await appDatabase().auditEntries.orderBy(':id').last()
    expect(last).toMatchObject({ event: 'backupRestored', params: { source: 'Back-up Cliëntadministratie 2026-11-23 09.30.json' } })
    expect(store.preview).toBeNull()
  })

  it('refuses a file whose records do not hold together, with the check’s words, and changes nothing', async () => {
    const path = join(folder, 'kapot.json')
    const broken = makeBackupFile({ ...demo, partners: [] }, '2026-11-23T09:30:00.000Z')
    writeFileSync(path, JSON.stringify(broken))
    platform.answerNextDialog(path)
    const store = useBackupStore()
    const shown = await store.chooseFile()
    expect(shown).toMatchObject({ ok: false, message: expect.stringMatching(/partner/i) as unknown })
    expect(store.preview).toBeNull()
    expect(await store.restore()).toEqual({ ok: false, message: null })
  })

  it('refuses a file that starts like JSON but is not, by its file name', async () => {
    const path = join(folder, 'half.json')
    writeFileSync(path, '{"format": "clientadministratie-24x7-backup", ')
    platform.answerNextDialog(path)
    const shown = await useBackupStore().chooseFile()
    expect(shown).toMatchObject({ ok: false, message: expect.stringContaining('half.json') as unknown })
  })
})
