import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { basename, dirname, extname, join } from 'node:path'
import type { UiLanguage } from '@shared/i18n/language'
import { PASSPHRASE_MIN_LENGTH } from '@shared/backup/encryptedHeader'
import { menuText } from '../../menu/menuWords'
import { AppError } from '../../appError'
import { createBackupScheduleStore, type BackupScheduleStore } from '../../backup/backupSchedule'
import { createBackupEncryptionStore, type BackupEncryptionStore } from '../../backup/backupEncryption'
import { decryptBackup, encryptBackup, recogniseEncrypted, startEncryption, type StreamingEncryption } from '../../backup/backupCrypto'
import { beginStreamedWrite, type StreamedWrite } from '../../backup/streamedWrite'
import { BACKUP_JSON_END } from '@shared/backup/jsonChunks'
import { readBackupBytes } from '../../backup/readBackupFile'
import { createChunkedReads } from '../../backup/chunkedRead'
import { createAuditHeadStore, type AuditHeadStore } from '../../audit/auditHeadStore'
import type { BackupEnvelope, BackupHeader, BackupWriteTarget } from '@shared/ipc/channels/backup'
import { writeFileAtomically, type AtomicWriteOptions } from '../../files/atomicWrite'
import { removeLeftoverTempFiles } from '../../files/leftoverTempFiles'
import type { FileFilter, PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

export { MAX_BACKUP_BYTES } from '../../backup/readBackupFile'

const backupFilters = (language: UiLanguage): readonly FileFilter[] => [{ name: menuText(language, 'backupFiles'), extensions: ['json'] }]

const two = (n: number) => String(n).padStart(2, '0')
const stamp = (now: Date) => `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}.${two(now.getMinutes())}`

/** `Back-up Cliëntadministratie 2026-11-10 09.05.json`: sorts by date, no characters Windows refuses. */
export function backupFileName(now: Date): string {
  return `Back-up Cliëntadministratie ${stamp(now)}.json`
}

/** `Automatische back-up Cliëntadministratie 2026-11-10 09.05.json`; only files named like this are ever rotated away. */
export function automaticBackupFileName(now: Date): string {
  return `Automatische back-up Cliëntadministratie ${stamp(now)}.json`
}

/** `Veiligheidsback-up Cliëntadministratie 2026-11-10 09.05.json`: the data as it was right before a restore. */
export function safetyBackupFileName(now: Date): string {
  return `Veiligheidsback-up Cliëntadministratie ${stamp(now)}.json`
}

/** Safety backups kept in the app's data folder; older ones are removed when a new one is written. */
export const SAFETY_BACKUPS_KEPT = 10
export const SAFETY_FOLDER = 'Veiligheidsback-ups'
const SAFETY_BACKUP = /^Veiligheidsback-up Cliëntadministratie (\d{4}-\d{2}-\d{2} \d{2}\.\d{2})(?: \((\d+)\))?\.json$/

const AUTOMATIC_BACKUP = /^Automatische back-up Cliëntadministratie (\d{4}-\d{2}-\d{2} \d{2}\.\d{2})(?: \((\d+)\))?\.json$/

/** Automatic backups in `names`, newest first (a ` (2)` copy is newer than the file it sits next to). */
export function automaticBackupsNewestFirst(names: readonly string[], pattern: RegExp = AUTOMATIC_BACKUP): string[] {
  const keyed = names.flatMap((name) => {
    const match = pattern.exec(name)
    return match ? [{ name, key: `${match[1] ?? ''} ${(match[2] ?? '1').padStart(6, '0')}` }] : []
  })
  return keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)).map((entry) => entry.name)
}

/** What main keeps about backups, shared by the backup and the encryption channels. */
export interface BackupKeeping {
  readonly schedule: BackupScheduleStore
  readonly encryption: BackupEncryptionStore
}

export function createBackupKeeping(services: PlatformServices): BackupKeeping {
  return { schedule: createBackupScheduleStore(services.paths.userData), encryption: createBackupEncryptionStore(services.paths.userData, services.secrets) }
}

type BackupChannel =
  | 'backup:save-file'
  | 'backup:open-file'
  | 'backup:save-safety'
  | 'backup:schedule'
  | 'backup:choose-folder'
  | 'backup:set-schedule'
  | 'backup:save-scheduled'
  | 'backup:finish-closing'
  | 'backup:encryption'
  | 'backup:set-encryption'
  | 'backup:unlock-file'
  | 'backup:write-begin'
  | 'backup:write-chunk'
  | 'backup:write-finish'
  | 'backup:write-cancel'
  | 'backup:read-chunk'
  | 'backup:read-finish'

/** Streamed writes open at once; a window makes one at a time, so more means something is wrong. */
export const MAX_OPEN_WRITES = 4

/** Where a file goes and what happens once it is written (rotation), as each one-message channel does it. */
interface ChosenTarget {
  readonly target: string
  readonly ifExists: 'replace' | 'keep-both'
  readonly encrypted: boolean
  afterWrite(written: string): Promise<string[]>
}

interface OpenWrite {
  readonly write: StreamedWrite
  readonly chosen: ChosenTarget
  readonly kind: BackupWriteTarget
  readonly at: string
}

const writeBytes = (target: string, bytes: Buffer, options: AtomicWriteOptions) =>
  writeFileAtomically(target, (temp) => writeFile(temp, bytes, { flag: 'wx' }), options)

export function createBackupHandlers(
  services: PlatformServices,
  auditHead: AuditHeadStore = createAuditHeadStore(services.paths.userData),
  keeping: BackupKeeping = createBackupKeeping(services),
): HandlersFor<BackupChannel> {
  const { schedule, encryption } = keeping
  /** The file as written: main adds the audit chain's head it keeps, in the header before the data. */
  async function fileText(backup: BackupEnvelope): Promise<string> {
    const { head } = await auditHead.read()
    const { data, ...header } = backup
    return `${JSON.stringify(head === null ? backup : { ...header, auditHead: head, data })}\n`
  }
  /** A streamed file's start: the header as `fileText` writes it, up to the opening of `data`. */
  async function headerText(header: BackupHeader): Promise<string> {
    const { head } = await auditHead.read()
    const json = JSON.stringify(head === null ? header : { ...header, auditHead: head })
    return `${json.slice(0, -1)},"data":{\n`
  }
  async function streamingEncryption(): Promise<StreamingEncryption | undefined> {
    if (!(await encryption.state()).enabled) return undefined
    const passphrase = await encryption.passphrase()
    if (passphrase === null) throw new AppError('backup-passphrase-needed')
    return startEncryption(passphrase)
  }
  /** Encrypted when the clerk turned encryption on; then never written in clear for want of the passphrase. */
  async function fileBytes(backup: BackupEnvelope): Promise<Buffer> {
    const plain = Buffer.from(await fileText(backup), 'utf8')
    if (!(await encryption.state()).enabled) return plain
    const passphrase = await encryption.passphrase()
    if (passphrase === null) throw new AppError('backup-passphrase-needed')
    return encryptBackup(plain, passphrase)
  }
  /** The encrypted file chosen in the last open dialog, until it is opened with its passphrase. */
  let lockedPath: string | null = null
  /** The file opened for a restore, kept here (decrypted) while the window reads it piece by piece. */
  const reads = createChunkedReads()

  // Dialogs reopen in the folder used last in this session.
  let lastFolder: string | undefined

  async function fileTarget(): Promise<ChosenTarget | null> {
    const chosen = await services.dialogs.chooseSaveFile({
      title: menuText(services.language.current(), 'saveBackup'),
      defaultPath: join(lastFolder ?? services.paths.documents, backupFileName(services.clock.now())),
      filters: backupFilters(services.language.current()),
    })
    if (chosen === null) return null
    // The dialog confirmed replacing the chosen name; a name we complete ourselves must not replace anything.
    const hasExtension = extname(chosen) !== ''
    const target = hasExtension ? chosen : `${chosen}.json`
    // Main remembers no folder across restarts: a killed save's temporary file is cleared when the folder is written to again.
    await removeLeftoverTempFiles(dirname(target))
    const afterWrite = (written: string) => {
      lastFolder = dirname(written)
      return Promise.resolve([])
    }
    return { target, ifExists: hasExtension ? 'replace' : 'keep-both', encrypted: true, afterWrite }
  }

  async function safetyTarget(): Promise<ChosenTarget> {
    const folder = join(services.paths.userData, SAFETY_FOLDER)
    await mkdir(folder, { recursive: true })
    await removeLeftoverTempFiles(folder)
    // Never encrypted: it stays in the app's own data folder, beside the database it copies, which is not encrypted either.
    const afterWrite = (written: string) => removeOldest(folder, SAFETY_BACKUP, SAFETY_BACKUPS_KEPT, basename(written))
    return { target: join(folder, safetyBackupFileName(services.clock.now())), ifExists: 'keep-both', encrypted: false, afterWrite }
  }

  /**
   * Into the folder main keeps: checked to be an existing folder, a new file that never replaces one, and only
   * files with the automatic-backup name (and a killed save's temporary files) are ever removed. A removal that
   * fails (file in use) is left for the next run.
   */
  async function scheduledTarget(at: string): Promise<ChosenTarget> {
    const { folder, keep } = await schedule.read()
    if (folder === null) throw new AppError('backup-folder-not-chosen')
    const isFolder = await stat(folder).then(
      (info) => info.isDirectory(),
      () => false,
    )
    if (!isFolder) throw new AppError('backup-folder-not-found', { folder })
    await removeLeftoverTempFiles(folder)
    async function afterWrite(written: string): Promise<string[]> {
      const removed = await removeOldest(folder ?? '', AUTOMATIC_BACKUP, keep, basename(written))
      await schedule.update({ lastAttemptAt: at, lastSuccessAt: at, lastSuccessFile: basename(written), lastFailure: null })
      return removed
    }
    return { target: join(folder, automaticBackupFileName(services.clock.now())), ifExists: 'keep-both', encrypted: true, afterWrite }
  }

  /** A scheduled backup's success and failure are both recorded for the status. */
  async function recordedFailure<T>(at: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      const failure =
        error instanceof AppError ? error : new AppError('save-failed-unexpected', { file: automaticBackupFileName(services.clock.now()) }, { cause: error })
      const { code, params } = failure.toIpcError()
      await schedule.update({ lastAttemptAt: at, lastFailure: { at, code, params } }).catch(() => undefined)
      throw failure
    }
  }

  const openWrites = new Map<string, OpenWrite>()
  function openWrite(id: string): OpenWrite {
    const open = openWrites.get(id)
    if (open === undefined) throw new AppError('job-unknown')
    return open
  }
  /** A failed piece ends the write (its temporary file is gone); a scheduled one records the failure. */
  async function step<T>(id: string, open: OpenWrite, work: () => Promise<T>): Promise<T> {
    const guarded = async () => {
      try {
        return await work()
      } catch (error) {
        openWrites.delete(id)
        await open.write.cancel()
        throw error
      }
    }
    return open.kind === 'scheduled' ? recordedFailure(open.at, guarded) : guarded()
  }

  return {
    async 'backup:save-file'({ backup }) {
      const chosen = await fileTarget()
      if (chosen === null) return null
      const written = await writeBytes(chosen.target, await fileBytes(backup), { ifExists: chosen.ifExists })
      await chosen.afterWrite(written)
      return { path: written, fileName: basename(written) }
    },

    async 'backup:save-safety'({ backup }) {
      const chosen = await safetyTarget()
      const written = await writeBytes(chosen.target, Buffer.from(await fileText(backup), 'utf8'), { ifExists: chosen.ifExists })
      await chosen.afterWrite(written)
      return { path: written, fileName: basename(written) }
    },

    async 'backup:write-begin'({ target, header }) {
      if (openWrites.size >= MAX_OPEN_WRITES) throw new AppError('internal-error')
      const at = services.clock.now().toISOString()
      const begin = async () => {
        const chosen = target === 'file' ? await fileTarget() : target === 'safety' ? await safetyTarget() : await scheduledTarget(at)
        if (chosen === null) return null
        const encryption = chosen.encrypted ? await streamingEncryption() : undefined
        const write = await beginStreamedWrite(chosen.target, await headerText(header), { ifExists: chosen.ifExists, encryption })
        const id = randomUUID()
        openWrites.set(id, { write, chosen, kind: target, at })
        return { id }
      }
      return target === 'scheduled' ? recordedFailure(at, begin) : begin()
    },

    async 'backup:write-chunk'({ id, text }) {
      const open = openWrite(id)
      await step(id, open, () => open.write.append(text))
      return null
    },

    async 'backup:write-finish'({ id }) {
      const open = openWrite(id)
      return step(id, open, async () => {
        openWrites.delete(id)
        const written = await open.write.finish(BACKUP_JSON_END)
        const removed = await open.chosen.afterWrite(written)
        return { path: written, fileName: basename(written), removed }
      })
    },

    async 'backup:write-cancel'({ id }) {
      const open = openWrites.get(id)
      openWrites.delete(id)
      await open?.write.cancel()
      return null
    },

    async 'backup:open-file'() {
      const path = await services.dialogs.chooseOpenFile({
        title: menuText(services.language.current(), 'openBackup'),
        defaultPath: lastFolder ?? services.paths.documents,
        filters: backupFilters(services.language.current()),
      })
      if (path === null) return null
      lockedPath = null
      const bytes = await readBackupBytes(path)
      lastFolder = dirname(path)
      if (recogniseEncrypted(bytes, basename(path)) !== null) {
        lockedPath = path
        return { fileName: basename(path), encrypted: true as const }
      }
      // Parsing and the complete check run in the window's worker: main's thread stays free, and the window never freezes.
      return reads.open(basename(path), bytes)
    },

    // Through a promise, so a refused id or index rejects like every other handler's failure.
    'backup:read-chunk': ({ id, index }) => Promise.resolve().then(() => reads.chunk(id, index)),

    'backup:read-finish': ({ id }) =>
      Promise.resolve().then(() => {
        reads.finish(id)
        return null
      }),

    async 'backup:unlock-file'({ passphrase }) {
      const path = lockedPath
      if (path === null) throw new AppError('backup-no-file-chosen')
      const plain = await decryptBackup(await readBackupBytes(path), passphrase, basename(path))
      const opened = reads.open(basename(path), plain)
      lockedPath = null
      return opened
    },

    'backup:encryption': () => encryption.state(),

    async 'backup:set-encryption'(change) {
      if (!change.enabled) return encryption.disable()
      if (change.passphrase.length < PASSPHRASE_MIN_LENGTH) throw new AppError('backup-passphrase-too-short', { min: PASSPHRASE_MIN_LENGTH })
      return encryption.enable(change.passphrase, change.keep)
    },

    'backup:finish-closing'() {
      services.closing.finished()
      return Promise.resolve(null)
    },

    'backup:schedule': () => schedule.read(),

    async 'backup:choose-folder'() {
      const current = await schedule.read()
      const folder = await services.dialogs.chooseFolder({
        title: menuText(services.language.current(), 'chooseBackupFolder'),
        defaultPath: current.folder ?? services.paths.documents,
      })
      return folder === null ? current : schedule.update({ folder })
    },

    'backup:set-schedule': ({ intervalHours, keep }) => schedule.update({ intervalHours, keep }),

    async 'backup:save-scheduled'({ backup }) {
      const at = services.clock.now().toISOString()
      return recordedFailure(at, async () => {
        const chosen = await scheduledTarget(at)
        const written = await writeBytes(chosen.target, await fileBytes(backup), { ifExists: chosen.ifExists })
        const removed = await chosen.afterWrite(written)
        return { path: written, fileName: basename(written), removed }
      })
    },
  }
}

/**
 * Removes the files named like `pattern` beyond the newest `keep`, never `written`; a file in use stays for next
 * time. Newest by the time written: within one minute a freed name is taken again, so the name alone cannot tell.
 */
async function removeOldest(folder: string, pattern: RegExp, keep: number, written: string): Promise<string[]> {
  const byName = automaticBackupsNewestFirst(await readdir(folder), pattern)
  const timed = await Promise.all(byName.map(async (name, rank) => ({ name, rank, mtime: (await stat(join(folder, name)).catch(() => null))?.mtimeMs ?? 0 })))
  const newestFirst = timed.sort((a, b) => b.mtime - a.mtime || a.rank - b.rank).map((entry) => entry.name)
  const removed: string[] = []
  for (const name of newestFirst.slice(keep)) {
    if (name === written) continue
    const gone = await rm(join(folder, name)).then(
      () => true,
      () => false,
    )
    if (gone) removed.push(name)
  }
  return removed
}
