import { stat } from 'node:fs/promises'
import { menuText } from '../../menu/menuWords'
import { AppError } from '../../appError'
import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

export function createFolderHandlers(services: PlatformServices): HandlersFor<'folder:choose' | 'folder:open'> {
  return {
    async 'folder:choose'(input) {
      const path = await services.dialogs.chooseFolder({
        title: input?.title ?? menuText(services.language.current(), 'chooseFolder'),
        defaultPath: input?.defaultPath ?? services.paths.documents,
      })
      return path === null ? null : { path }
    },

    /**
     * The path comes from the renderer (a folder chosen earlier and kept in the settings), so main only
     * opens it when it is an existing folder: opening a file could start a program.
     */
    async 'folder:open'({ path }) {
      const isFolder = await stat(path).then(
        (info) => info.isDirectory(),
        () => false,
      )
      if (!isFolder) throw new AppError('folder-not-found', { folder: path })
      await services.shell.openFolder(path)
      return null
    },
  }
}
