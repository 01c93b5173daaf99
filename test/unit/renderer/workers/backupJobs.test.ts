import { describe, expect, it, vi } from 'vitest'
import { BACKUP_FORMAT, BACKUP_VERSION } from '@shared/backup/schema'

/** The pieces the data layer hands on while it reads (several megabytes, with text outside ASCII). */
const pieces = Array.from({ length: 300 }, (_, i) => `,\n{"id":"${i}","naam":"Müller-Ëlçin ${'x'.repeat(10_000)}"}`)

vi.mock('@renderer/data', () => ({
  repositories: () => ({
    database: {
      exportBackupText: (emit: (piece: string) => void) => {
        for (const piece of pieces) emit(piece)
        return Promise.resolve({ exportedAt: '2026-12-07T08:00:00.000Z', madeBy: { name: 'Anna' } })
      },
    },
  }),
}))

const { discardBackupSnapshot, exportBackupSnapshot, nextBackupText } = await import('@renderer/workers/backupJobs')

describe('the snapshot of the backup worker', () => {
  it('gives back exactly the text the data layer made, in batches of at least the size asked for, then null', async () => {
    const { key, header } = await exportBackupSnapshot(undefined, () => undefined)
    expect(header).toEqual({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-12-07T08:00:00.000Z', madeBy: { name: 'Anna' } })
    const batches: string[] = []
    for (let batch = await nextBackupText({ key, batchChars: 1 << 20 }); batch !== null; batch = await nextBackupText({ key, batchChars: 1 << 20 })) {
      batches.push(batch)
    }
    expect(batches.join('')).toBe(pieces.join(''))
    expect(batches.length).toBeGreaterThan(1)
    for (const batch of batches.slice(0, -1)) expect(batch.length).toBeGreaterThanOrEqual(1 << 20)
    expect(await nextBackupText({ key, batchChars: 1 << 20 })).toBeNull()
  })

  it('forgets a discarded snapshot', async () => {
    const { key } = await exportBackupSnapshot(undefined, () => undefined)
    await discardBackupSnapshot({ key })
    expect(await nextBackupText({ key, batchChars: 1 << 20 })).toBeNull()
  })
})
