import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { backupDocumentSchema } from '@shared/ipc/channels/backup'
import { describeIssues, safeParseDutch } from '@shared/ipc/issues'
import { AppError } from '../../appError'
import { writeTextFileAtomically } from '../../files/atomicWrite'
import { readErrorToAppError } from '../../files/fileErrors'
import type { FileFilter, PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

/** A backup bigger than this is refused before reading: JSON.parse would need several times as much memory. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024

const BACKUP_FILTERS: readonly FileFilter[] = [{ name: 'Back-up (JSON)', extensions: ['json'] }]

/** `Back-up Cliëntadministratie 2026-11-10 09.05.json`: sorts by date, no characters Windows refuses. */
export function backupFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
  return `Back-up Cliëntadministratie ${date} ${two(now.getHours())}.${two(now.getMinutes())}.json`
}

export function createBackupHandlers(services: PlatformServices): HandlersFor<'backup:save-file' | 'backup:open-file'> {
  // Dialogs reopen in the folder used last in this session.
  let lastFolder: string | undefined

  return {
    async 'backup:save-file'({ backup }) {
      const chosen = await services.dialogs.chooseSaveFile({
        title: 'Back-up opslaan',
        defaultPath: join(lastFolder ?? services.paths.documents, backupFileName(services.clock.now())),
        filters: BACKUP_FILTERS,
      })
      if (chosen === null) return null
      // The dialog confirmed replacing the chosen name; a name we complete ourselves must not replace anything.
      const hasExtension = extname(chosen) !== ''
      const target = hasExtension ? chosen : `${chosen}.json`
      const written = await writeTextFileAtomically(target, `${JSON.stringify(backup)}\n`, { ifExists: hasExtension ? 'replace' : 'keep-both' })
      lastFolder = dirname(written)
      return { path: written, fileName: basename(written) }
    },

    async 'backup:open-file'() {
      const path = await services.dialogs.chooseOpenFile({
        title: 'Back-up openen',
        defaultPath: lastFolder ?? services.paths.documents,
        filters: BACKUP_FILTERS,
      })
      if (path === null) return null
      const backup = await readBackupFile(path)
      lastFolder = dirname(path)
      return { path, fileName: basename(path), backup }
    },
  }
}

async function readBackupFile(path: string) {
  const name = basename(path)
  const text = await (async () => {
    const info = await stat(path)
    if (!info.isFile()) throw new AppError('file-invalid', `"${name}" is geen bestand.`)
    if (info.size > MAX_BACKUP_BYTES) throw new AppError('file-invalid', `"${name}" is te groot voor een back-up (meer dan 512 MB).`)
    return readFile(path, 'utf8')
  })().catch((error: unknown) => {
    throw readErrorToAppError(error, path)
  })

  let data: unknown
  try {
    // Tools on Windows like to start UTF-8 files with a byte-order mark; JSON.parse does not accept it.
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new AppError('file-invalid', `"${name}" is geen geldig back-upbestand: de inhoud is geen leesbare JSON.`)
  }
  const parsed = safeParseDutch(backupDocumentSchema, data)
  if (!parsed.success) throw new AppError('file-invalid', `"${name}" is geen geldig back-upbestand: ${describeIssues(parsed.error)}`)
  return parsed.data
}
