import { dirname } from 'node:path'
import type { UiLanguage } from '@shared/i18n/language'
import { menuText } from '../../menu/menuWords'
import { readTableInWorker } from '../../import/readTableInWorker'
import type { FileFilter, PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

const tableFilters = (language: UiLanguage): readonly FileFilter[] => [
  { name: menuText(language, 'tableFiles'), extensions: ['xlsx', 'csv'] },
  { name: menuText(language, 'allFiles'), extensions: ['*'] },
]

export function createTableHandlers(services: PlatformServices): HandlersFor<'table:open-file'> {
  // The dialog reopens in the folder of the last import in this session.
  let lastFolder: string | undefined

  return {
    async 'table:open-file'(input) {
      const path = await services.dialogs.chooseOpenFile({
        title: input?.title ?? menuText(services.language.current(), 'chooseFile'),
        defaultPath: lastFolder ?? services.paths.documents,
        filters: tableFilters(services.language.current()),
      })
      if (path === null) return null
      const table = await readTableInWorker(path)
      lastFolder = dirname(path)
      return table
    },
  }
}
