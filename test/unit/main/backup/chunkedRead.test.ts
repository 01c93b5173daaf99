import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppError } from '../../../../src/main/appError'
import { chunkStarts, createChunkedReads } from '../../../../src/main/backup/chunkedRead'
import { createBackupHandlers } from '../../../../src/main/ipc/handlers/backupHandlers'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { backupChannels, MAX_BACKUP_CHUNK_CHARS } from '../../../../src/shared/ipc/channels/backup'
import { smallBackupFile } from '../../shared/backup/fixture'
import { tempFolder } from '../tempFolder'
import { readOpened } from '../ipc/handlers/readOpened'

const codeOf = (work: () => unknown) => {
  try {
    work()
    return 'no error'
  } catch (error) {
    return (error as AppError).code
  }
}

describe('chunkStarts', () => {
  it('cuts any text into pieces that decode on their own and join to the whole text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 4, max: 40 }), (text, size) => {
        const bytes = Buffer.from(text, 'utf8')
        const starts = chunkStarts(bytes, size)
        const pieces = starts.slice(1).map((end, i) => bytes.toString('utf8', starts[i], end))
        expect(pieces.join('')).toBe(text.replace(/^\uFEFF/, ''))
        for (const piece of pieces) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(size)
      }),
    )
  })

  it('skips a byte-order mark', () => {
    expect(chunkStarts(Buffer.from('\uFEFF{}', 'utf8'), 10)).toEqual([3, 5])
  })
})

describe('a file read in pieces (createChunkedReads)', () => {
  const text = `{"naam":"Zoë Ëlsbeth — één"}`
  it('hands out every piece in order, then forgets the file', () => {
    const reads = createChunkedReads(4)
    const opened = reads.open('a.json', Buffer.from(text, 'utf8'))
    const pieces = Array.from({ length: opened.chunks }, (_, i) => reads.chunk(opened.id, i))
    expect(pieces.join('')).toBe(text)
    reads.finish(opened.id)
    expect(codeOf(() => reads.chunk(opened.id, 0))).toBe('job-unknown')
  })

  it('refuses an unknown id, an index out of range and a second finish', () => {
    const reads = createChunkedReads(4)
    const opened = reads.open('a.json', Buffer.from(text, 'utf8'))
    expect(codeOf(() => reads.chunk('6f1c1a52-0a52-4d8c-9a43-2f5a1c2d9b10', 0))).toBe('job-unknown')
    expect(codeOf(() => reads.chunk(opened.id, opened.chunks))).toBe('invalid-input')
    expect(codeOf(() => reads.chunk(opened.id, -1))).toBe('invalid-input')
    reads.finish(opened.id)
    expect(codeOf(() => reads.finish(opened.id))).toBe('job-unknown')
  })

  it('keeps one file at a time: opening another drops the one before', () => {
    const reads = createChunkedReads(4)
    const first = reads.open('a.json', Buffer.from(text, 'utf8'))
    const second = reads.open('b.json', Buffer.from('{}', 'utf8'))
    expect(codeOf(() => reads.chunk(first.id, 0))).toBe('job-unknown')
    expect(reads.chunk(second.id, 0)).toBe('{}')
  })

  it('refuses a file that does not start like a JSON object', () => {
    expect(codeOf(() => createChunkedReads().open('a.json', Buffer.from('geen json')))).toBe('backup-not-json')
  })
})

describe('backup:read-chunk and backup:read-finish', () => {
  it('read a chosen file through its id; afterwards the id is refused', async () => {
    const dir = tempFolder('chunked-read')
    const platform = createTestPlatform({ folder: dir })
    const handlers = createBackupHandlers(platform)
    const path = join(dir, 'b.json')
    writeFileSync(path, JSON.stringify(smallBackupFile()))
    platform.answerNextDialog(path)
    const opened = await handlers['backup:open-file'](undefined)
    expect(await readOpened(handlers, opened)).toEqual(smallBackupFile())
    const id = opened !== null && 'id' in opened ? opened.id : ''
    await expect(handlers['backup:read-chunk']({ id, index: 0 })).rejects.toMatchObject({ code: 'job-unknown' })
    await expect(handlers['backup:read-finish']({ id })).rejects.toMatchObject({ code: 'job-unknown' })
  })

  it('the channels take only an id and an index, and a piece is at most the cap', () => {
    const id = '6f1c1a52-0a52-4d8c-9a43-2f5a1c2d9b10'
    const chunk = backupChannels['backup:read-chunk']
    expect(chunk.input.safeParse({ id, index: 0 }).success).toBe(true)
    expect(chunk.input.safeParse({ id, index: -1 }).success).toBe(false)
    expect(chunk.input.safeParse({ id, index: 1.5 }).success).toBe(false)
    expect(chunk.input.safeParse({ id: '/etc/passwd', index: 0 }).success).toBe(false)
    expect(chunk.output.safeParse('x'.repeat(MAX_BACKUP_CHUNK_CHARS + 1)).success).toBe(false)
    expect(backupChannels['backup:read-finish'].input.safeParse({ id: 'x' }).success).toBe(false)
  })
})
