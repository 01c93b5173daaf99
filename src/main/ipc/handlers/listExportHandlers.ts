import { randomUUID } from 'node:crypto'
import { basename, dirname, extname, join } from 'node:path'
import { LIST_EXPORT_MAX_ROWS, type ListExportKind } from '@shared/ipc/channels/listExport'
import { AppError } from '../../appError'
import { removeLeftoverTempFiles } from '../../files/leftoverTempFiles'
import { menuText } from '../../menu/menuWords'
import { writeListExport } from '../../onboarding/listExportWorkbook'
import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

type ListExportChannels = 'lists:export-begin' | 'lists:export-rows' | 'lists:export-finish' | 'lists:export-cancel'

const two = (n: number) => String(n).padStart(2, '0')
/** `2026-11-23 09.30`: sorts by date, no characters Windows refuses. */
const stamp = (now: Date) => `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}.${two(now.getMinutes())}`

interface RunningExport {
  readonly id: string
  readonly list: ListExportKind
  /** Whether the clerk asked for BSNs; without, a row carrying one is refused (main trusts nothing from the window). */
  readonly includeBsn: boolean
  /** From the save dialog; the window never names it. */
  readonly target: string
  /** The dialog asked before replacing the chosen name; a name main completes must not replace anything. */
  readonly replace: boolean
  readonly rows: Readonly<Record<string, string>>[]
}

/**
 * The partner and client lists' export in the import template's layout: the save dialog first, then the rows
 * in chunks as the window reads the list, then the workbook. Main holds one export's rows, at most
 * LIST_EXPORT_MAX_ROWS.
 */
export function createListExportHandlers(services: PlatformServices): HandlersFor<ListExportChannels> {
  let running: RunningExport | null = null
  let lastFolder: string | undefined

  function current(exportId: string): RunningExport {
    if (running?.id !== exportId) throw new AppError('job-unknown')
    return running
  }

  return {
    async 'lists:export-begin'(input) {
      const language = services.language.current()
      running = null
      const clients = input.list === 'clients'
      const chosen = await services.dialogs.chooseSaveFile({
        title: menuText(language, clients ? 'saveClientExport' : 'savePartnerExport'),
        defaultPath: join(
          lastFolder ?? services.paths.documents,
          `${menuText(language, clients ? 'clientExportFile' : 'partnerExportFile', { stamp: stamp(services.clock.now()) })}.xlsx`,
        ),
        filters: [{ name: menuText(language, 'excelFiles'), extensions: ['xlsx'] }],
      })
      if (chosen === null) return null
      const replace = extname(chosen).toLowerCase() === '.xlsx'
      const target = replace ? chosen : `${chosen}.xlsx`
      running = { id: randomUUID(), list: input.list, includeBsn: input.list === 'clients' && input.includeBsn, target, replace, rows: [] }
      return { exportId: running.id, fileName: basename(target) }
    },

    async 'lists:export-rows'(input) {
      const open = current(input.exportId)
      const refuse = (issue: string): never => {
        running = null
        throw new AppError('invalid-input-value', { issue })
      }
      if (input.list !== open.list) refuse('invalid_union')
      if (open.rows.length + input.rows.length > LIST_EXPORT_MAX_ROWS) refuse('too_big')
      if (input.list === 'clients' && !open.includeBsn && input.rows.some((row) => row.bsn !== '')) refuse('custom')
      for (const row of input.rows) open.rows.push(row)
      // A turn of the event loop between chunks, so a long export never holds main up.
      await new Promise<void>((resolve) => setImmediate(resolve))
      return null
    },

    async 'lists:export-finish'({ exportId }) {
      const open = current(exportId)
      running = null
      await removeLeftoverTempFiles(dirname(open.target))
      const written = await writeListExport(open.target, open.list, open.rows, { ifExists: open.replace ? 'replace' : 'keep-both' })
      lastFolder = dirname(written.path)
      return { path: written.path, fileName: basename(written.path), rows: written.rows }
    },

    'lists:export-cancel'({ exportId }) {
      if (running?.id === exportId) running = null
      return Promise.resolve(null)
    },
  }
}
