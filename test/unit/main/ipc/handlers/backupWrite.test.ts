import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppError } from '../../../../../src/main/appError'
import type { AuditHeadStore } from '../../../../../src/main/audit/auditHeadStore'
import { createBackupHandlers } from '../../../../../src/main/ipc/handlers/backupHandlers'
import type { TestPlatform } from '../../../../../src/main/platform/testPlatform'
import { createTestPlatform } from '../../../../../src/main/platform/testPlatform'
import { backupDataChunks, backupSourceOf } from '../../../../../src/shared/backup/jsonChunks'
import { backupChannels, MAX_BACKUP_CHUNK_CHARS } from '../../../../../src/shared/ipc/channels/backup'
import { smallBackupFile } from '../../../shared/backup/fixture'
import { tempFolder } from '../../tempFolder'
import { readOpened } from './readOpened'

// An encrypted stream derives its key with the app's scrypt cost once.
vi.setConfig({ testTimeout: 30_000 })

const backup = smallBackupFile()
const { data, ...header } = backup
const pieces = [...backupDataChunks(backupSourceOf(data, backup.exportedAt))]

let dir: string
let platform: TestPlatform
let handlers: ReturnType<typeof createBackupHandlers>
beforeEach(() => {
  dir = tempFolder('backup-write')
  platform = createTestPlatform({ folder: dir, now: new Date(2026, 10, 10, 9, 5) })
  handlers = createBackupHandlers(platform)
})

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: AppError) => error.code,
  )
const filesIn = (folder: string) => readdirSync(folder).filter((name) => name !== 'app-gegevens')

async function begin(target: 'file' | 'scheduled' | 'safety' = 'file'): Promise<string> {
  const begun = await handlers['backup:write-begin']({ target, header })
  if (begun === null) throw new Error('cancelled')
  return begun.id
}

describe('backup:write-begin … write-finish (a backup streamed in pieces)', () => {
  it('writes the pieces in order under the name the save dialog gave, the same document as the one-message save', async () => {
    const id = await begin()
    for (const text of pieces) await handlers['backup:write-chunk']({ id, text })
    const saved = await handlers['backup:write-finish']({ id })
    expect(saved).toEqual({
      path: join(dir, 'Back-up Cliëntadministratie 2026-11-10 09.05.json'),
      fileName: 'Back-up Cliëntadministratie 2026-11-10 09.05.json',
      removed: [],
    })
    expect(JSON.parse(readFileSync(saved.path, 'utf8'))).toEqual(backup)
    expect(filesIn(dir)).toEqual([saved.fileName])
  })

  it('keeps the order of pieces sent without waiting for each', async () => {
    const id = await begin()
    await Promise.all(pieces.map((text) => handlers['backup:write-chunk']({ id, text })))
    const saved = await handlers['backup:write-finish']({ id })
    expect(JSON.parse(readFileSync(saved.path, 'utf8'))).toEqual(backup)
  })

  it('shows nothing under the final name before finish, and renames on finish', async () => {
    const id = await begin()
    await handlers['backup:write-chunk']({ id, text: pieces[0] ?? '' })
    expect(filesIn(dir).some((name) => name.endsWith('.json'))).toBe(false)
    for (const text of pieces.slice(1)) await handlers['backup:write-chunk']({ id, text })
    const saved = await handlers['backup:write-finish']({ id })
    expect(filesIn(dir)).toEqual([saved.fileName])
  })

  it('leaves no file, not even a temporary one, when cancelled', async () => {
    const id = await begin()
    await handlers['backup:write-chunk']({ id, text: pieces[0] ?? '' })
    await expect(handlers['backup:write-cancel']({ id })).resolves.toBeNull()
    expect(filesIn(dir)).toEqual([])
    // The write is gone: a later piece or finish is refused.
    expect(await codeOf(handlers['backup:write-chunk']({ id, text: 'x' }))).toBe('job-unknown')
    expect(await codeOf(handlers['backup:write-finish']({ id }))).toBe('job-unknown')
  })

  it('refuses a piece or a finish for a write it never began', async () => {
    const id = '6f1c1a52-0a52-4d8c-9a43-2f5a1c2d9b10'
    expect(await codeOf(handlers['backup:write-chunk']({ id, text: 'x' }))).toBe('job-unknown')
    expect(await codeOf(handlers['backup:write-finish']({ id }))).toBe('job-unknown')
  })

  it('begins nothing when the save dialog is cancelled', async () => {
    platform.answerNextDialog(null)
    await expect(handlers['backup:write-begin']({ target: 'file', header })).resolves.toBeNull()
    expect(filesIn(dir)).toEqual([])
  })

  it('adds the audit head main keeps to the header', async () => {
    const head = { count: 3, hash: 'a'.repeat(64) }
    const kept = { head, verified: null }
    const auditHead: AuditHeadStore = { read: () => Promise.resolve(kept), note: () => Promise.resolve(kept), verified: () => Promise.resolve(kept) }
    const withHead = createBackupHandlers(platform, auditHead)
    const begun = await withHead['backup:write-begin']({ target: 'safety', header })
    const id = begun?.id ?? ''
    for (const text of pieces) await withHead['backup:write-chunk']({ id, text })
    const saved = await withHead['backup:write-finish']({ id })
    expect(JSON.parse(readFileSync(saved.path, 'utf8'))).toEqual({ ...header, auditHead: head, data })
  })

  it('writes a scheduled backup into the kept folder and records its success', async () => {
    platform.answerNextDialog(dir)
    await handlers['backup:choose-folder'](undefined)
    const id = await begin('scheduled')
    for (const text of pieces) await handlers['backup:write-chunk']({ id, text })
    const saved = await handlers['backup:write-finish']({ id })
    expect(saved.fileName).toBe('Automatische back-up Cliëntadministratie 2026-11-10 09.05.json')
    expect(await handlers['backup:schedule'](undefined)).toMatchObject({ lastSuccessFile: saved.fileName, lastFailure: null })
  })

  it('records a scheduled backup that cannot begin (no folder) as failed', async () => {
    expect(await codeOf(handlers['backup:write-begin']({ target: 'scheduled', header }))).toBe('backup-folder-not-chosen')
    expect(await handlers['backup:schedule'](undefined)).toMatchObject({ lastFailure: { code: 'backup-folder-not-chosen' } })
  })

  it('streams an encrypted file that opens with its passphrase', async () => {
    await handlers['backup:set-encryption']({ enabled: true, passphrase: 'een lang wachtwoord', keep: false })
    const id = await begin()
    for (const text of pieces) await handlers['backup:write-chunk']({ id, text })
    const saved = await handlers['backup:write-finish']({ id })
    expect(readFileSync(saved.path).toString('latin1')).not.toContain('Zorggroep')
    platform.answerNextDialog(saved.path)
    await expect(handlers['backup:open-file'](undefined)).resolves.toEqual({ fileName: saved.fileName, encrypted: true })
    expect(await readOpened(handlers, await handlers['backup:unlock-file']({ passphrase: 'een lang wachtwoord' }))).toEqual(backup)
  })
})

describe('the chunk channel’s schema', () => {
  const input = backupChannels['backup:write-chunk'].input
  const id = '6f1c1a52-0a52-4d8c-9a43-2f5a1c2d9b10'
  it('accepts a piece up to the cap and refuses a larger one', () => {
    expect(input.safeParse({ id, text: 'x'.repeat(MAX_BACKUP_CHUNK_CHARS) }).success).toBe(true)
    expect(input.safeParse({ id, text: 'x'.repeat(MAX_BACKUP_CHUNK_CHARS + 1) }).success).toBe(false)
  })
  it('refuses an id that is no write id', () => {
    expect(input.safeParse({ id: '../x', text: '' }).success).toBe(false)
  })
})
