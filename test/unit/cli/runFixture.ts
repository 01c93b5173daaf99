import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeBackupFile, type BackupFile } from '@shared/backup/schema'
import { jobData } from '../main/services/jobFixture'

/** Writes the small job database (three partners, one without clients) as a backup file into `dir`. */
export function writeSmallBackup(dir: string, change: (file: BackupFile) => unknown = (f) => f): string {
  const path = join(dir, 'backup.json')
  writeFileSync(path, JSON.stringify(change(makeBackupFile(jobData(), '2026-11-26T09:00:00.000Z'))))
  return path
}
