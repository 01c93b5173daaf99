import { randomUUID } from 'node:crypto'
import { AppError } from '../appError'

/** Bytes per piece of a file read for a restore: a 338 MB backup crosses in under two hundred messages. */
export const READ_CHUNK_BYTES = 2 * 1024 * 1024

const BOM = [0xef, 0xbb, 0xbf]
const isContinuationByte = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80

/**
 * Where each piece of `bytes` starts (and, last, where the text ends): about `size` bytes apart, moved back to
 * the start of a UTF-8 character, so every piece decodes on its own. A leading byte-order mark is skipped
 * (tools on Windows write one; JSON.parse does not accept it).
 */
export function chunkStarts(bytes: Uint8Array, size: number = READ_CHUNK_BYTES): number[] {
  const first = BOM.every((byte, i) => bytes[i] === byte) ? BOM.length : 0
  const starts = [first]
  let at = first
  while (bytes.length - at > size) {
    let next = at + size
    while (next > at + 1 && isContinuationByte(bytes[next])) next--
    starts.push(next)
    at = next
  }
  starts.push(bytes.length)
  return starts
}

/** Whether the text can be a backup at all: the first character after white space opens a JSON object. */
export function startsLikeJson(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i]
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue
    return byte === 0x7b
  }
  return false
}

export interface OpenedRead {
  readonly id: string
  readonly fileName: string
  readonly chunks: number
}

/** Files read for a restore, behind opaque ids; the window only ever names an id and a piece's index. */
export interface ChunkedReads {
  /** Keeps `bytes` (a plain backup's text) under a new id; any file opened before is dropped. */
  open(fileName: string, bytes: Buffer): OpenedRead
  chunk(id: string, index: number): string
  finish(id: string): void
}

export function createChunkedReads(size: number = READ_CHUNK_BYTES): ChunkedReads {
  // One at a time: a window restores one file, and a file it never finished must not stay in memory.
  let current: { id: string; bytes: Buffer; starts: number[] } | null = null
  function opened(id: string) {
    if (current === null || current.id !== id) throw new AppError('job-unknown')
    return current
  }
  return {
    open(fileName, bytes) {
      const starts = chunkStarts(bytes, size)
      if (!startsLikeJson(bytes, starts[0] ?? 0)) throw new AppError('backup-not-json', { file: fileName })
      current = { id: randomUUID(), bytes, starts }
      return { id: current.id, fileName, chunks: starts.length - 1 }
    },
    chunk(id, index) {
      const { bytes, starts } = opened(id)
      const start = starts[index]
      const end = starts[index + 1]
      if (start === undefined || end === undefined) throw new AppError('invalid-input', { field: 'index', issue: 'validation.max' })
      return bytes.toString('utf8', start, end)
    },
    finish(id) {
      opened(id)
      current = null
    },
  }
}
