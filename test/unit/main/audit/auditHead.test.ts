import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAuditHeadStore } from '../../../../src/main/audit/auditHeadStore'
import { createAuditHandlers } from '../../../../src/main/ipc/handlers/auditHandlers'
import { createBackupHandlers } from '../../../../src/main/ipc/handlers/backupHandlers'
import { createTestPlatform, type TestPlatform } from '../../../../src/main/platform/testPlatform'
import { validateBackup } from '../../../../src/shared/backup/validate'
import { smallBackupFile } from '../../shared/backup/fixture'
import { tempFolder } from '../tempFolder'

const head = (count: number) => ({ count, hash: String(count % 10).repeat(64) })

let dir: string
let platform: TestPlatform
beforeEach(() => {
  dir = tempFolder('audit-head')
  platform = createTestPlatform({ folder: dir, now: new Date(2026, 10, 10, 9, 5) })
})

describe("the audit chain's head kept by main", () => {
  it('only goes up, so a window that lost its newest entries cannot lower it', async () => {
    const handlers = createAuditHandlers(platform)
    await expect(handlers['audit:head'](undefined)).resolves.toEqual({ head: null, verified: null })
    await handlers['audit:note-head']({ head: head(5), reset: false })
    await handlers['audit:note-head']({ head: head(3), reset: false })
    await expect(handlers['audit:head'](undefined)).resolves.toEqual({ head: head(5), verified: null })
    await handlers['audit:note-verified']({ head: head(5) })
    // A fresh start of main reads it from the app's data folder.
    const again = createAuditHandlers(platform)
    await expect(again['audit:head'](undefined)).resolves.toEqual({ head: head(5), verified: head(5) })
  })

  it('keeps the highest of heads told at the same moment, whatever order their writes finish in', async () => {
    const handlers = createAuditHandlers(platform)
    await Promise.all([3, 1, 4, 2].map((count) => handlers['audit:note-head']({ head: head(count), reset: false })))
    await expect(handlers['audit:head'](undefined)).resolves.toEqual({ head: head(4), verified: null })
    await expect(createAuditHandlers(platform)['audit:head'](undefined)).resolves.toEqual({ head: head(4), verified: null })
  })

  it('takes a lower head after a restore (reset) and forgets where it had verified', async () => {
    const handlers = createAuditHandlers(platform)
    await handlers['audit:note-head']({ head: head(9), reset: false })
    await handlers['audit:note-verified']({ head: head(9) })
    await expect(handlers['audit:note-head']({ head: head(2), reset: true })).resolves.toEqual({ head: head(2), verified: null })
  })

  it('reads a damaged file as nothing kept', async () => {
    mkdirSync(platform.paths.userData, { recursive: true })
    writeFileSync(join(platform.paths.userData, 'audittrail-kop.json'), '{"head": 12')
    await expect(createAuditHeadStore(platform.paths.userData).read()).resolves.toEqual({ head: null, verified: null })
  })

  it('is written into the header of every backup main writes, and such a file still validates', async () => {
    const store = createAuditHeadStore(platform.paths.userData)
    await store.note(head(7), false)
    const backups = createBackupHandlers(platform, store)
    const saved = await backups['backup:save-safety']({ backup: smallBackupFile() })
    const text = readFileSync(saved.path, 'utf8')
    expect(text.indexOf('"auditHead"')).toBeLessThan(text.indexOf('"data"'))
    const file = JSON.parse(text) as unknown
    expect(file).toMatchObject({ auditHead: head(7) })
    expect(validateBackup(file).ok).toBe(true)
  })
})
