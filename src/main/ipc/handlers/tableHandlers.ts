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

export function createTableHandlers(services: PlatformServices): HandlersFor<'table:open-file' | 'table:cancel-read'> {
  // The dialog reopens in the folder of the last import in this session.
  let lastFolder: string | undefined
  // The read in progress, which the window can stop; one window imports one file at a time.
  let reading: AbortController | null = null

  return {
    async 'table:open-file'(input) {
      const path = await services.dialogs.chooseOpenFile({
        title: input?.title ?? menuText(services.language.current(), 'chooseFile'),
        defaultPath: lastFolder ?? services.paths.documents,
        filters: tableFilters(services.language.current()),
      })
      if (path === null) return null
      reading?.abort()
      const mine = new AbortController()
      reading = mine
      try {
        const table = await readTableInWorker(path, { signal: mine.signal })
        lastFolder = dirname(path)
        return table
      } finally {
        if (reading === mine) reading = null
      }
    },

    'table:cancel-read'() {
      const running = reading !== null
      reading?.abort()
      reading = null
      return Promise.resolve(running)
    },
  }
}
