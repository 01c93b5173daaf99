import { backupDataChunks, backupSourceOf, type BackupFile } from '@shared/backup'
import type { BackupHeader } from '@shared/ipc/channels/backup'
import { repositories } from '../data'
import type { ReportProgress } from './messages'

/**
 * Making a backup off the window's thread: the worker reads every table in one transaction (one consistent
 * snapshot, audited as an export) and keeps the records; the window then asks for the JSON text a batch at a
 * time and hands each to main. So the window never holds the records, and the transaction never waits on
 * IPC (IndexedDB would commit it while it waited).
 */
const snapshots = new Map<number, Iterator<string>>()
let nextKey = 1

export interface BackupSnapshot {
  readonly key: number
  readonly header: BackupHeader
}

export async function exportBackupSnapshot(_input: undefined, progress: ReportProgress): Promise<BackupSnapshot> {
  progress({ stage: 'read', done: 0, total: 1 })
  const file: BackupFile = await repositories().database.exportBackup()
  const { data, ...header } = file
  const key = nextKey++
  snapshots.set(key, backupDataChunks(backupSourceOf(data, file.exportedAt))[Symbol.iterator]())
  progress({ stage: 'read', done: 1, total: 1 })
  return { key, header }
}

/** The next batch of at least `batchChars` characters of the `data` members (the last may be shorter); null at the end. */
export function nextBackupText({ key, batchChars }: { key: number; batchChars: number }): Promise<string | null> {
  const pieces = snapshots.get(key)
  if (pieces === undefined) return Promise.resolve(null)
  const batch: string[] = []
  let length = 0
  while (length < batchChars) {
    const piece = pieces.next()
    if (piece.done) break
    batch.push(piece.value)
    length += piece.value.length
  }
  if (batch.length === 0) snapshots.delete(key)
  return Promise.resolve(batch.length === 0 ? null : batch.join(''))
}

/** Frees a snapshot whose backup was cancelled or failed. */
export function discardBackupSnapshot({ key }: { key: number }): Promise<null> {
  snapshots.delete(key)
  return Promise.resolve(null)
}
