import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { AppError } from '../appError'

/**
 * Folders the user picked in a folder dialog during this session, by an id the renderer may hold. Reports
 * are only ever written into a granted folder, so a path typed or forged in the renderer can never be a
 * target: the renderer passes the id, main looks up the path it got from the dialog itself.
 */
export interface FolderGrants {
  grant(path: string): string
  /** The granted folder's path, once more checked to be an existing folder. */
  resolve(folderId: string): Promise<string>
}

export function createFolderGrants(): FolderGrants {
  const folders = new Map<string, string>()
  return {
    grant(path) {
      for (const [id, granted] of folders) if (granted === path) return id
      const id = randomUUID()
      folders.set(id, path)
      return id
    },
    async resolve(folderId) {
      const path = folders.get(folderId)
      if (path === undefined) throw new AppError('folder-not-chosen')
      const isFolder = await stat(path).then(
        (info) => info.isDirectory(),
        () => false,
      )
      if (!isFolder) throw new AppError('report-folder-not-found', { folder: path })
      return path
    },
  }
}
