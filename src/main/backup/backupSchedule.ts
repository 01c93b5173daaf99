import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { backupScheduleSchema, type BackupSchedule } from '@shared/ipc/channels/backup'
import { writeTextFileAtomically } from '../files/atomicWrite'
import { readKeptJson } from '../files/readKeptJson'

/** Daily, keeping a month of them: what a back office expects before anyone has set anything. */
export const DEFAULT_SCHEDULE: BackupSchedule = {
  folder: null,
  intervalHours: 24,
  keep: 30,
  lastSuccessAt: null,
  lastSuccessFile: null,
  lastAttemptAt: null,
  lastFailure: null,
}

export interface BackupScheduleStore {
  read(): Promise<BackupSchedule>
  update(change: Partial<BackupSchedule>): Promise<BackupSchedule>
}

/**
 * The scheduled-backup settings and their last outcome, kept by main in a file of the app's own data folder:
 * outside IndexedDB, so a lost or replaced database does not take them along, and the folder to write to is
 * one main got from its own folder dialog, never a path the renderer hands over. A missing or damaged file
 * reads as the defaults.
 */
export function createBackupScheduleStore(userData: string): BackupScheduleStore {
  const path = join(userData, 'back-upschema.json')
  let cached: BackupSchedule | null = null

  async function read(): Promise<BackupSchedule> {
    if (cached !== null) return cached
    cached = (await readKeptJson(path, backupScheduleSchema)) ?? DEFAULT_SCHEDULE
    return cached
  }

  return {
    read,
    async update(change) {
      const next = backupScheduleSchema.parse({ ...(await read()), ...change })
      await mkdir(userData, { recursive: true })
      await writeTextFileAtomically(path, `${JSON.stringify(next, null, 2)}\n`, { ifExists: 'replace' })
      cached = next
      return next
    },
  }
}
