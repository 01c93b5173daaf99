import { mkdirSync, rmSync, statSync } from 'node:fs'
import { backupDataChunks } from '@shared/backup/jsonChunks'
import { BACKUP_FORMAT, BACKUP_VERSION } from '@shared/backup/schema'
import { demoBackupSource, DESIGN_CASE, STRESS_CASE } from '@shared/demo/generate'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import type { BackupHeader } from '@shared/ipc/channels/backup'
import { contract } from '@shared/ipc/contract'
import { createBackupHandlers } from '../src/main/ipc/handlers/backupHandlers'
import { createTestPlatform } from '../src/main/platform/testPlatform'
import { BACKUP_BATCH_CHARS } from '../src/renderer/src/stores/streamBackup'
import { argValue, cpuMsSince, peakRssMb, reportResult } from './childResult'
import { median } from './stats'

/** What one backup measurement reports. */
export interface BackupResult {
  readonly mode: 'produce' | 'stream'
  readonly bytes: number
  readonly batches: number
  readonly runMs: number
  readonly cpuMs: number
  /** Making the text (the window's part; here including generating the demo records it reads). */
  readonly produceMs: number
  /** The longest batch to make: what one task of the window would take. */
  readonly longestBatchMs: number
  /** The median batch: the longest also holds generating a partner's usage rows and garbage collection. */
  readonly medianBatchMs: number
  /** Checking each message against the channel's schema and main's handlers writing it (the bridge's part). */
  readonly bridgeMs: number
  readonly peakMb: number
}

/**
 * A case's backup as the window streams it, batch by batch (`streamBackup`), either only made (`produce`) or
 * also sent through the contract's schema and main's real handlers into a file (`stream`).
 */
async function run(): Promise<void> {
  const mode = argValue('mode') === 'stream' ? 'stream' : 'produce'
  const options = { ...(argValue('case') === 'stress' ? STRESS_CASE : DESIGN_CASE), today: parseCalendarDate(argValue('today')) }
  const folder = argValue('out')
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const exportedAt = new Date().toISOString()
  const source = demoBackupSource(options, exportedAt)
  const handlers = createBackupHandlers(createTestPlatform({ folder }))
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt }
  // The window has its records in memory already: everything but the usage is made before the clock starts.
  source.tables.clients()
  const startCpu = process.cpuUsage()
  const start = performance.now()
  let bridgeMs = 0
  const batchMs: number[] = []
  let batches = 0
  let bytes = 0
  async function bridge<T>(work: () => Promise<T>): Promise<T> {
    const at = performance.now()
    const result = await work()
    bridgeMs += performance.now() - at
    return result
  }
  const id = mode === 'stream' ? ((await bridge(() => handlers['backup:write-begin']({ target: 'file', header })))?.id ?? '') : ''
  let batch = ''
  let batchStart = performance.now()
  const send = async () => {
    batchMs.push(performance.now() - batchStart)
    batches++
    bytes += Buffer.byteLength(batch)
    if (mode === 'stream') {
      const text = batch
      await bridge(() => handlers['backup:write-chunk'](contract['backup:write-chunk'].input.parse({ id, text })))
    }
    batch = ''
    batchStart = performance.now()
  }
  for (const piece of backupDataChunks(source)) {
    batch += piece
    if (batch.length >= BACKUP_BATCH_CHARS) await send()
  }
  if (batch !== '') await send()
  if (mode === 'stream') {
    const saved = await bridge(() => handlers['backup:write-finish']({ id }))
    bytes = statSync(saved.path).size
  }
  const runMs = performance.now() - start
  rmSync(folder, { recursive: true, force: true })
  const result: BackupResult = {
    mode,
    bytes,
    batches,
    runMs,
    cpuMs: cpuMsSince(startCpu),
    produceMs: runMs - bridgeMs,
    longestBatchMs: Math.max(...batchMs),
    medianBatchMs: median(batchMs),
    bridgeMs,
    peakMb: peakRssMb(),
  }
  reportResult(result)
}

void run()
