import { randomUUID } from 'node:crypto'
import { basename, dirname, extname, join } from 'node:path'
import { AUDIT_EXPORT_MAX_ROWS, type AuditExportRow } from '@shared/ipc/channels/audit'
import { AppError } from '../../appError'
import { removeLeftoverTempFiles } from '../../files/leftoverTempFiles'
import type { HandlersFor } from '../handlerTypes'
import { menuText } from '../../menu/menuWords'
import type { PlatformServices } from '../../platform/types'
import { writeAuditWorkbook } from '../../reports/auditWorkbook'

type ExportChannels = 'audit:export-begin' | 'audit:export-rows' | 'audit:export-finish' | 'audit:export-cancel'

const two = (n: number) => String(n).padStart(2, '0')
/** `2026-11-23 09.30`: sorts by date, no characters Windows refuses. */
const stamp = (now: Date) => `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}.${two(now.getMinutes())}`

interface RunningExport {
  readonly id: string
  /** From the save dialog; the window never names it. */
  readonly target: string
  /** The dialog asked before replacing the chosen name; a name main completes must not replace anything. */
  readonly replace: boolean
  readonly rows: AuditExportRow[]
}

/**
 * The audit screen's export to Excel: the save dialog first, then the rows in chunks (the window reads the
 * trail slice by slice and words each row), then the workbook in one go, since its columns are sized from
 * all rows. Main holds the rows of one export only, at most AUDIT_EXPORT_MAX_ROWS.
 */
export function createAuditExportHandlers(services: PlatformServices): HandlersFor<ExportChannels> {
  let running: RunningExport | null = null
  // The dialog reopens in the folder used last in this session.
  let lastFolder: string | undefined

  function current(exportId: string): RunningExport {
    if (running?.id !== exportId) throw new AppError('job-unknown')
    return running
  }

  return {
    async 'audit:export-begin'() {
      const language = services.language.current()
      running = null
      const chosen = await services.dialogs.chooseSaveFile({
        title: menuText(language, 'saveAuditExport'),
        defaultPath: join(lastFolder ?? services.paths.documents, `${menuText(language, 'auditExportFile', { stamp: stamp(services.clock.now()) })}.xlsx`),
        filters: [{ name: menuText(language, 'excelFiles'), extensions: ['xlsx'] }],
      })
      if (chosen === null) return null
      const replace = extname(chosen).toLowerCase() === '.xlsx'
      const target = replace ? chosen : `${chosen}.xlsx`
      running = { id: randomUUID(), target, replace, rows: [] }
      return { exportId: running.id, fileName: basename(target) }
    },

    async 'audit:export-rows'({ exportId, rows }) {
      const open = current(exportId)
      if (open.rows.length + rows.length > AUDIT_EXPORT_MAX_ROWS) {
        running = null
        throw new AppError('invalid-input-value', { issue: 'too_big' })
      }
      for (const row of rows) open.rows.push(row)
      // A turn of the event loop between chunks, so a long export never holds main up.
      await new Promise<void>((resolve) => setImmediate(resolve))
      return null
    },

    async 'audit:export-finish'({ exportId, labels }) {
      const open = current(exportId)
      running = null
      await removeLeftoverTempFiles(dirname(open.target))
      const written = await writeAuditWorkbook(open.target, open.rows, labels, { ifExists: open.replace ? 'replace' : 'keep-both' })
      lastFolder = dirname(written.path)
      return { path: written.path, fileName: basename(written.path), rows: written.rows }
    },

    'audit:export-cancel'({ exportId }) {
      if (running?.id === exportId) running = null
      return Promise.resolve(null)
    },
  }
}
