import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { BACKUP_TABLES, makeBackupFile, upgradeBackup, validateBackup, type BackupFile, type BackupTable } from '@shared/backup'
import type { SavedFile } from '@shared/ipc/channels/backup'
import { verifyBackup } from '@shared/verify/verifyBackup'
import { verifyFindingText } from '@shared/verify/findingText'
import { BackupFileError, repositories } from '../data'
import { i18n } from '../i18n'
import { backupProblemText } from '../i18n/problemText'
import { platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { errorMessage, type Outcome } from './outcome'
import { useDatabaseStore } from './database'

/** Counts per table, in the order of the backup format. */
export type TableCounts = Record<BackupTable, number>

/** What a chosen backup file holds, shown before anything is replaced. */
export interface RestorePreview {
  readonly fileName: string
  readonly exportedAt: string
  readonly version: number
  readonly inFile: TableCounts
  readonly current: TableCounts
  /** Every consistency problem of the file's data (`verify`), worded in the UI language. */
  readonly findings: readonly string[]
}

const countsOf = (file: BackupFile): TableCounts => Object.fromEntries(BACKUP_TABLES.map((table) => [table, file.data[table].length])) as TableCounts

/**
 * Backup and restore from a screen (spec D4): a backup goes where the clerk chooses in a save dialog; a restore
 * first shows what the chosen file holds beside the current data and every problem `verify` finds in it, and
 * replaces the data only after the clerk confirms, right after main has written a safety backup of the data
 * as it was. Both are recorded in the audit trail by the data layer.
 */
export const useBackupStore = defineStore('backup', () => {
  const busy = ref<'backup' | 'reading' | 'restoring' | null>(null)
  const preview = shallowRef<RestorePreview | null>(null)
  /** The checked file itself, kept out of Vue's reactivity (it can hold millions of records). */
  let chosen: BackupFile | null = null

  async function makeBackup(): Promise<Outcome<SavedFile | null>> {
    busy.value = 'backup'
    try {
      const file = await repositories().database.exportBackup()
      return { ok: true, value: unwrap(await platformApi().backup.saveFile({ backup: file })) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      busy.value = null
    }
  }

  /** Asks for a backup file and shows what it holds; `null` when the clerk cancelled the dialog. */
  async function chooseFile(): Promise<Outcome<RestorePreview | null>> {
    busy.value = 'reading'
    discard()
    try {
      const opened = unwrap(await platformApi().backup.openFile())
      if (opened === null) return { ok: true, value: null }
      const validation = validateBackup(upgradeBackup(opened.backup))
      if (!validation.ok) throw new BackupFileError(validation.problem, validation.issues)
      const file = validation.file
      const language = i18n.global.locale.value
      const shown: RestorePreview = {
        fileName: opened.fileName,
        exportedAt: file.exportedAt,
        version: opened.backup.version,
        inFile: countsOf(file),
        current: await repositories().database.counts(),
        findings: verifyBackup(file.data, todayInAmsterdam()).map((finding) => verifyFindingText(finding, language)),
      }
      chosen = file
      preview.value = shown
      return { ok: true, value: shown }
    } catch (error) {
      const message = error instanceof BackupFileError ? `${backupProblemText(error.backupProblem)} ${error.backupIssues.slice(0, 3).map((issue) => backupProblemText(issue)).join('; ')}`.trim() : errorMessage(error)
      return { ok: false, message }
    } finally {
      busy.value = null
    }
  }

  /** Writes the safety backup, then replaces every table with the chosen file in one transaction. */
  async function restore(): Promise<Outcome<{ safety: SavedFile; fileName: string }>> {
    const file = chosen
    const shown = preview.value
    if (file === null || shown === null) return { ok: false, message: null }
    busy.value = 'restoring'
    try {
      const current = await repositories().database.exportBackup()
      const safety = unwrap(await platformApi().backup.saveSafety({ backup: current }))
      await repositories().database.restoreBackup(makeBackupFile(file.data, file.exportedAt), shown.fileName)
      discard()
      await useDatabaseStore().replaced()
      return { ok: true, value: { safety, fileName: shown.fileName } }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      busy.value = null
    }
  }

  function discard(): void {
    chosen = null
    preview.value = null
  }

  return { busy, preview, makeBackup, chooseFile, restore, discard }
})
