import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { isTempFileInUse, isTempFileName } from './tempFiles'

/** The file operations the cleanup needs; injectable so tests can simulate a file that cannot be removed. */
export interface LeftoverFs {
  readdir(folder: string): Promise<readonly { readonly name: string; isFile(): boolean }[]>
  unlink(path: string): Promise<void>
}

const nodeLeftoverFs: LeftoverFs = {
  readdir: (folder) => fsp.readdir(folder, { withFileTypes: true }),
  unlink: (path) => fsp.unlink(path),
}

/**
 * Removes the temporary files a killed write left in `folder` (a crash, a closed terminal, power loss
 * between filling and renaming): only plain files directly in the folder whose name is exactly the
 * atomic write's temporary name, and none this process is still writing. Nothing else is touched and no
 * subfolder is entered. Returns the names removed; a folder that cannot be read, or a file that cannot be
 * removed (in use by another program), is left for a later cleanup.
 */
export async function removeLeftoverTempFiles(folder: string, fs: LeftoverFs = nodeLeftoverFs): Promise<string[]> {
  const entries = await fs.readdir(folder).catch(() => [])
  const removed: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !isTempFileName(entry.name)) continue
    const path = join(folder, entry.name)
    if (isTempFileInUse(path)) continue
    const gone = await fs.unlink(path).then(
      () => true,
      () => false,
    )
    if (gone) removed.push(entry.name)
  }
  return removed.sort()
}
