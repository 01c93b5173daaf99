import type { BackupHeader } from '@shared/ipc/channels/backup'
import { BACKUP_FORMAT, BACKUP_VERSION } from '@shared/backup'
import { repositories } from '../data'
import type { ReportProgress } from './messages'

/**
 * Making a backup off the window's thread: the worker reads every table in one transaction (one consistent
 * snapshot, audited as an export) and turns each page of records into text as it is read, kept as UTF-8
 * bytes; the window then asks for the text a batch at a time and hands each to main. So the window never
 * holds the records, the worker never holds more than a page of them (a database with millions of usage
 * rows does not fit in a worker's memory as objects; as bytes it is the file's size, outside the script
 * heap), and the transaction never waits on IPC (IndexedDB would commit it while it waited).
 */
const snapshots = new Map<number, Uint8Array[]>()
let nextKey = 1

/** Characters of text collected before they are stored as bytes. */
const STORE_CHARS = 1 << 20

export interface BackupSnapshot {
  readonly key: number
  readonly header: BackupHeader
  /** Megabytes of text kept, for the window's progress while it sends them. */
  readonly megabytes: number
}

export async function exportBackupSnapshot(_input: undefined, progress: ReportProgress): Promise<BackupSnapshot> {
  const encoder = new TextEncoder()
  const stored: Uint8Array[] = []
  let collected: string[] = []
  let length = 0
  const store = () => {
    stored.push(encoder.encode(collected.join('')))
    collected = []
    length = 0
  }
  const { exportedAt, madeBy } = await repositories().database.exportBackupText(
    (piece) => {
      collected.push(piece)
      length += piece.length
      if (length >= STORE_CHARS) store()
    },
    (done, total) => progress({ stage: 'read', done, total }),
  )
  if (length > 0) store()
  const key = nextKey++
  snapshots.set(key, stored)
  const bytes = stored.reduce((sum, piece) => sum + piece.byteLength, 0)
  return { key, header: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, madeBy }, megabytes: Math.ceil(bytes / 1_000_000) }
}

/** The next batch of at least `batchChars` characters of the `data` members (the last may be shorter); null at the end. */
export function nextBackupText({ key, batchChars }: { key: number; batchChars: number }): Promise<string | null> {
  const stored = snapshots.get(key)
  if (stored === undefined) return Promise.resolve(null)
  const decoder = new TextDecoder()
  const batch: string[] = []
  let length = 0
  while (length < batchChars && stored.length > 0) {
    // Each stored piece is whole text encoded on its own, so it decodes on its own.
    const text = decoder.decode(stored.shift())
    batch.push(text)
    length += text.length
  }
  if (batch.length === 0) snapshots.delete(key)
  return Promise.resolve(batch.length === 0 ? null : batch.join(''))
}

/** Frees a snapshot whose backup was cancelled or failed. */
export function discardBackupSnapshot({ key }: { key: number }): Promise<null> {
  snapshots.delete(key)
  return Promise.resolve(null)
}
