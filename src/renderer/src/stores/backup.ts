import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { BackupTable } from '@shared/backup'
import type { BackupSchedule, OpenedBackup, SavedFile } from '@shared/ipc/channels/backup'
import type { BackupEncryption } from '@shared/ipc/channels/backupEncryption'
import { BackupFileError, forgetCachedCounts, repositories } from '../data'
import { i18n } from '../i18n'
import { backupProblemText } from '../i18n/problemText'
import { ApiError, platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { errorMessage, type Outcome } from './outcome'
import { useDatabaseStore } from './database'
import { useAuditChainStore } from './auditChain'
import { streamBackup, workerSnapshot } from './streamBackup'
import { measured, overBridge } from './bridgeTiming'
import { runJob } from '../workers/runJob'
import type { JobProgress } from '../workers/messages'

/** Counts per table, in the order of the backup format. */
export type TableCounts = Record<BackupTable, number>

/** What a chosen backup file holds, shown before anything is replaced. */
export interface RestorePreview {
  readonly fileName: string
  readonly exportedAt: string
  /** The clerk signed in when the file was made; null in files from before this was recorded. */
  readonly madeBy: string | null
  readonly version: number
  readonly inFile: TableCounts
  readonly current: TableCounts
  /** Every consistency problem of the file's data (`verify`), worded in the UI language. */
  readonly findings: readonly string[]
}

/**
 * Whether a scheduled backup is due at `now`: a folder is chosen and the last attempt (success or failure) is
 * at least the interval ago; a failure is retried after the same interval, so a missing folder does not
 * retry every minute.
 */
export function backupDue(schedule: BackupSchedule, now: Date): boolean {
  if (schedule.folder === null) return false
  const last = schedule.lastAttemptAt ?? schedule.lastSuccessAt
  return last === null || now.getTime() - Date.parse(last) >= schedule.intervalHours * 3_600_000
}

/** When the next scheduled backup is due; null without a folder. */
export function nextBackupAt(schedule: BackupSchedule, now: Date): Date | null {
  if (schedule.folder === null) return null
  const last = schedule.lastAttemptAt ?? schedule.lastSuccessAt
  return last === null ? now : new Date(Date.parse(last) + schedule.intervalHours * 3_600_000)
}

/** The dashboard's warning: no folder, a failed last attempt, or no success in seven days. */
export function backupWarning(schedule: BackupSchedule, now: Date): 'noFolder' | 'failed' | 'stale' | null {
  if (schedule.folder === null) return 'noFolder'
  if (schedule.lastFailure !== null) return 'failed'
  if (schedule.lastSuccessAt === null || now.getTime() - Date.parse(schedule.lastSuccessAt) > 7 * 24 * 3_600_000) return 'stale'
  return null
}

const fileErrorMessage = (error: unknown) =>
  error instanceof BackupFileError
    ? `${backupProblemText(error.backupProblem)} ${error.backupIssues
        .slice(0, 3)
        .map((issue) => backupProblemText(issue))
        .join('; ')}`.trim()
    : errorMessage(error)

/** Performance measures of the backup screen's steps (bench/renderer/backup.spec.ts reads them). */
export const BACKUP_MEASURES = { make: 'backup:make', preview: 'backup:preview', restore: 'backup:restore' } as const

/**
 * Backup and restore from a screen (spec D4): a backup goes where the clerk chooses in a save dialog; a restore
 * first shows what the chosen file holds beside the current data and every problem `verify` finds in it, and
 * replaces the data only after the clerk confirms, right after main has written a safety backup of the data
 * as it was. Both are recorded in the audit trail by the data layer.
 */
export const useBackupStore = defineStore('backup', () => {
  const busy = ref<'backup' | 'reading' | 'restoring' | null>(null)
  const preview = shallowRef<RestorePreview | null>(null)
  /** Reading or checking a chosen file: pieces read from main (stage `read`), then the worker's check. */
  const progress = shallowRef<JobProgress | null>(null)
  /**
   * The id under which the backup worker keeps the checked file (workers/restoreJobs.ts): the file itself,
   * millions of records, never enters the window.
   */
  let chosen: string | null = null
  /** The scheduled backups as main keeps them; null until read. */
  const schedule = ref<BackupSchedule | null>(null)
  let scheduledRunning = false
  /** The encrypted file chosen for a restore, waiting for its passphrase (its name). */
  const locked = ref<string | null>(null)
  /** Whether backups are encrypted and main has the passphrase; null until read. */
  const encryption = ref<BackupEncryption | null>(null)

  async function loadEncryption(): Promise<Outcome<BackupEncryption>> {
    try {
      encryption.value = unwrap(await platformApi().backup.encryption())
      return { ok: true, value: encryption.value }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  /** On with a passphrase (kept between sessions when `keep`), or off. */
  async function setEncryption(change: { enabled: true; passphrase: string; keep: boolean } | { enabled: false }): Promise<Outcome<BackupEncryption>> {
    try {
      encryption.value = unwrap(await platformApi().backup.setEncryption(change))
      return { ok: true, value: encryption.value }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  async function loadSchedule(): Promise<Outcome<BackupSchedule>> {
    try {
      schedule.value = unwrap(await platformApi().backup.schedule())
      return { ok: true, value: schedule.value }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  async function chooseFolder(): Promise<Outcome<BackupSchedule>> {
    try {
      schedule.value = unwrap(await platformApi().backup.chooseFolder())
      return { ok: true, value: schedule.value }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  async function setSchedule(intervalHours: number, keep: number): Promise<Outcome<BackupSchedule>> {
    try {
      schedule.value = unwrap(await platformApi().backup.setSchedule({ intervalHours, keep }))
      return { ok: true, value: schedule.value }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  /**
   * The scheduled backup when it is due (`backupDue`): the data in one read transaction, written by main into
   * its folder. A failure is recorded by main (status) and in the audit trail here, never silent.
   */
  async function runScheduledIfDue(now: Date): Promise<Outcome<SavedFile | null>> {
    const current = schedule.value ?? (await loadSchedule().then((loaded) => (loaded.ok ? loaded.value : null)))
    if (current === null || scheduledRunning || !backupDue(current, now)) return { ok: true, value: null }
    scheduledRunning = true
    try {
      const saved = await streamBackup(await workerSnapshot(), 'scheduled')
      return { ok: true, value: saved }
    } catch (error) {
      const reason = errorMessage(error)
      const code = error instanceof ApiError ? error.code : 'internal-error'
      await repositories()
        .audit.record({ entity: 'database', recordId: 'database', action: 'export', outcome: 'fout', event: 'backupFailed', params: { reason: code } })
        .catch(() => undefined)
      return { ok: false, message: reason }
    } finally {
      scheduledRunning = false
      await loadSchedule()
    }
  }

  async function makeBackup(): Promise<Outcome<SavedFile | null>> {
    busy.value = 'backup'
    try {
      const report = (p: JobProgress) => (progress.value = p)
      return { ok: true, value: await measured(BACKUP_MEASURES.make, async () => streamBackup(await workerSnapshot(report), 'file', report)) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      busy.value = null
      progress.value = null
    }
  }

  /** Asks for a backup file and shows what it holds; `null` when the clerk cancelled or an encrypted file waits for its passphrase. */
  async function chooseFile(): Promise<Outcome<RestorePreview | null>> {
    busy.value = 'reading'
    discard()
    try {
      const opened = unwrap(await platformApi().backup.openFile())
      if (opened === null) return { ok: true, value: null }
      if ('encrypted' in opened) {
        locked.value = opened.fileName
        return { ok: true, value: null }
      }
      return { ok: true, value: await measured(BACKUP_MEASURES.preview, () => showPreview(opened)) }
    } catch (error) {
      return { ok: false, message: fileErrorMessage(error) }
    } finally {
      busy.value = null
    }
  }

  /** Opens the chosen encrypted file with `passphrase`; a wrong one leaves it chosen, to try again. */
  async function unlock(passphrase: string): Promise<Outcome<RestorePreview>> {
    busy.value = 'reading'
    try {
      const opened = unwrap(await platformApi().backup.unlockFile({ passphrase }))
      locked.value = null
      return { ok: true, value: await measured(BACKUP_MEASURES.preview, () => showPreview(opened)) }
    } catch (error) {
      return { ok: false, message: fileErrorMessage(error) }
    } finally {
      busy.value = null
    }
  }

  /**
   * Fetches the opened file's text from main piece by piece into the backup worker, which parses and checks it
   * there (workers/restoreJobs.ts); the window only passes pieces on and shows the outcome.
   */
  async function showPreview(opened: OpenedBackup): Promise<RestorePreview> {
    const { id: key, fileName, chunks } = opened
    const api = platformApi().backup
    try {
      try {
        for (let index = 0; index < chunks; index++) {
          progress.value = { stage: 'read', done: index, total: chunks }
          const text = unwrap(await overBridge(api.readChunk({ id: key, index })))
          await runJob('backup', 'backup-read-piece', { key, text })
        }
      } finally {
        await api.readFinish({ id: key }).catch(() => undefined)
      }
      const checked = await runJob(
        'backup',
        'backup-read-check',
        { key, language: i18n.global.locale.value, today: todayInAmsterdam() },
        (p) => (progress.value = p),
      )
      if (!checked.ok) throw checked.notJson ? new ApiError('backup-not-json', { file: fileName }) : new BackupFileError(checked.problem, checked.issues)
      const shown: RestorePreview = { fileName, ...checked.preview }
      chosen = key
      preview.value = shown
      return shown
    } catch (error) {
      void runJob('backup', 'backup-read-discard', { key }).catch(() => undefined)
      throw error
    } finally {
      progress.value = null
    }
  }

  /**
   * The backup on closing (main asked, `app:closing`): the automatic backup into the folder main keeps, due
   * or not, when the database is open; then main is told it may close. A failure is recorded as for a
   * scheduled one and never keeps the window open.
   */
  async function backupOnClose(databaseOpen: boolean): Promise<void> {
    try {
      if (databaseOpen && !scheduledRunning) {
        scheduledRunning = true
        await streamBackup(await workerSnapshot(), 'scheduled')
      }
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'internal-error'
      await repositories()
        .audit.record({ entity: 'database', recordId: 'database', action: 'export', outcome: 'fout', event: 'backupFailed', params: { reason: code } })
        .catch(() => undefined)
    } finally {
      scheduledRunning = false
      await platformApi()
        .backup.finishClosing()
        .catch(() => undefined)
    }
  }

  /** Writes the safety backup, then replaces every table with the chosen file in one transaction. */
  async function restore(): Promise<Outcome<{ safety: SavedFile; fileName: string }>> {
    const key = chosen
    const shown = preview.value
    if (key === null || shown === null) return { ok: false, message: null }
    busy.value = 'restoring'
    try {
      const safety = await measured(BACKUP_MEASURES.restore, async () => {
        const report = (p: JobProgress) => (progress.value = p)
        const written = await streamBackup(await workerSnapshot(report), 'safety', report)
        // The worker writes the file it checked for the preview, in one transaction on its own connection.
        if (written !== null) await runJob('backup', 'backup-restore', { key, fileName: shown.fileName }, (p) => (progress.value = p))
        return written
      })
      if (safety === null) return { ok: false, message: null }
      // Written through the worker's connection: counts the window cached are stale.
      forgetCachedCounts()
      discard()
      // The trail is the file's now: main keeps its head from here, and it is checked from its first entry.
      const chain = useAuditChainStore()
      await chain.restarted()
      void chain.checkFully()
      await useDatabaseStore().replaced()
      return { ok: true, value: { safety, fileName: shown.fileName } }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      busy.value = null
      progress.value = null
    }
  }

  function discard(): void {
    if (chosen !== null) void runJob('backup', 'backup-read-discard', { key: chosen }).catch(() => undefined)
    chosen = null
    preview.value = null
    locked.value = null
  }

  return {
    busy,
    preview,
    progress,
    locked,
    schedule,
    encryption,
    makeBackup,
    chooseFile,
    unlock,
    restore,
    discard,
    loadSchedule,
    chooseFolder,
    setSchedule,
    runScheduledIfDue,
    loadEncryption,
    setEncryption,
    backupOnClose,
  }
})
