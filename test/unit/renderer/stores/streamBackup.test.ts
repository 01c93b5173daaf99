import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { makeBackupFile, type BackupFile } from '@shared/backup/schema'
import { backupDataChunks, backupSourceOf } from '@shared/backup/jsonChunks'
import { generateDemoData } from '@shared/demo'
import { buildApi } from '@shared/ipc/api'
import { parseCalendarDate } from '@shared/model'
import { BACKUP_BATCH_CHARS, streamBackup, type BackupText } from '@renderer/stores/streamBackup'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../../src/main/ipc/router'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { useTempFolder } from '../../main/excel/readBack'

const temp = useTempFolder('stream-backup')

/** `window.api` served by main's real router and handlers; `refuse` may answer a call with an error instead. */
function installApi(folder: string, refuse: (channel: string, count: number) => boolean = () => false): string[] {
  const calls: string[] = []
  const router = createIpcRouter(createHandlers(createTestPlatform({ folder })), { isTrustedSender: () => true, log: () => undefined })
  const api = buildApi(async (channel, payload) => {
    calls.push(channel)
    if (refuse(channel, calls.filter((c) => c === channel).length)) return { ok: false, error: { code: 'disk-full', params: { file: 'x' } } }
    return router.dispatch({ senderFrame: { url: 'app://clientadministratie/', parent: null } }, channel, [payload])
  })
  Object.assign(globalThis, { window: { api } })
  return calls
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window')
})

const file = makeBackupFile(
  generateDemoData({ seed: 5, partners: 3, clients: 1000, months: 24, today: parseCalendarDate('2026-11-23') }),
  '2026-11-23T09:30:00.000Z',
)

/** `file`'s text in batches as the backup worker makes them; counts the batches made and whether it was released. */
function textOf(backup: BackupFile): BackupText & { made: number; released: boolean } {
  const { data, ...header } = backup
  const pieces = backupDataChunks(backupSourceOf(data, backup.exportedAt))[Symbol.iterator]()
  const text = {
    header,
    megabytes: 1,
    made: 0,
    released: false,
    next() {
      let batch = ''
      for (let piece = pieces.next(); !piece.done; piece = pieces.next()) {
        batch += piece.value
        if (batch.length >= BACKUP_BATCH_CHARS) break
      }
      if (batch !== '') text.made++
      return Promise.resolve(batch === '' ? null : batch)
    },
    release() {
      text.released = true
      return Promise.resolve()
    },
  }
  return text
}

describe('streamBackup', () => {
  it('sends a backup larger than one batch in several messages, and main writes the same document', async () => {
    const folder = temp()
    const calls = installApi(folder)
    const text = textOf(file)
    const saved = await streamBackup(text, 'file')
    expect(text.released).toBe(true)
    const chunks = calls.filter((c) => c === 'backup:write-chunk').length
    expect(chunks).toBeGreaterThan(1)
    expect(JSON.stringify(file).length / BACKUP_BATCH_CHARS).toBeLessThan(chunks + 1)
    expect(JSON.parse(readFileSync(saved?.path ?? '', 'utf8'))).toEqual(file)
  })

  it('cancels the write when a message fails, leaving no file', async () => {
    const folder = temp()
    const calls = installApi(folder, (channel, count) => channel === 'backup:write-chunk' && count === 2)
    const text = textOf(file)
    await expect(streamBackup(text, 'file')).rejects.toMatchObject({ code: 'disk-full' })
    expect(calls.at(-1)).toBe('backup:write-cancel')
    // One batch is made ahead while main writes the one before, never more.
    expect(text.made).toBe(3)
    expect(text.released).toBe(true)
    expect(readdirSync(folder).filter((name) => name !== 'app-gegevens')).toEqual([])
  })
})
