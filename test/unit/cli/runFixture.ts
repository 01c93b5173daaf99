import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeBackupFile, type BackupData, type BackupFile } from '@shared/backup/schema'
import { jobData } from '../main/services/jobFixture'
import { REAL_OPERATOR } from '../shared/domain/fixtures'

/** The small job database as a real administration: its own prices and organisation details, so it can be finalised. */
export function realJobData(): BackupData {
  const data = jobData()
  return { ...data, plans: data.plans.map((p) => ({ ...p, isExample: false })), settings: { ...data.settings, operator: REAL_OPERATOR } }
}

/** Writes the small job database (three partners, one without clients) as a backup file into `dir`. */
export function writeSmallBackup(dir: string, change: (file: BackupFile) => unknown = (f) => f): string {
  const path = join(dir, 'backup.json')
  writeFileSync(path, JSON.stringify(change(makeBackupFile(realJobData(), '2026-11-26T09:00:00.000Z'))))
  return path
}
