import { dirname } from 'node:path'
import { readTableFile } from '../../import/readTableFile'
import type { FileFilter, PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

const TABLE_FILTERS: readonly FileFilter[] = [
  { name: 'Excel-werkmap of CSV', extensions: ['xlsx', 'csv'] },
  { name: 'Alle bestanden', extensions: ['*'] },
]

export function createTableHandlers(services: PlatformServices): HandlersFor<'table:open-file'> {
  // The dialog reopens in the folder of the last import in this session.
  let lastFolder: string | undefined

  return {
    async 'table:open-file'(input) {
      const path = await services.dialogs.chooseOpenFile({
        title: input?.title ?? 'Bestand kiezen',
        defaultPath: lastFolder ?? services.paths.documents,
        filters: TABLE_FILTERS,
      })
      if (path === null) return null
      const table = await readTableFile(path)
      lastFolder = dirname(path)
      return { fileName: table.fileName, format: table.format, rowCount: table.rows.length, rowsJson: JSON.stringify(table.rows) }
    },
  }
}
