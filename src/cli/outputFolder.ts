import { constants } from 'node:fs'
import { access, mkdir, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { removeLeftoverTempFiles } from '../main/files/leftoverTempFiles'
import { EXIT, cliFailure } from './exitCodes'

/**
 * The folder a run writes into, checked before anything is read or written, and cleaned up after a run
 * that failed or was cancelled: only what this run added is removed, so a folder that existed keeps its
 * earlier files. A file this run replaced (`--force`) cannot be put back; `replaced` names those.
 */
export interface OutputFolder {
  readonly path: string
  /**
   * Creates the folder (and missing parents), removes the temporary files a killed run left in it, and
   * notes what is in it already. Returns the names of the temporary files it removed.
   */
  prepare(): Promise<readonly string[]>
  /** Removes what this run added: the folders it created, or else the files that were not there before. */
  removeWritten(): Promise<void>
  /** The files that were there before the run and have been replaced since, by name. */
  replaced(): Promise<string[]>
}

/** What tells a file apart from the one that replaced it: an atomic replace gives a new file under the old name. */
async function identity(path: string): Promise<string | null> {
  const info = await stat(path, { bigint: true }).catch(() => null)
  return info?.isFile() === true ? `${info.ino}:${info.size}:${info.mtimeNs}` : null
}

async function statOrNull(path: string) {
  return stat(path).catch(() => null)
}

/** The nearest folder that exists above `path`, which must be writable to create `path` in it. */
async function nearestExistingParent(path: string): Promise<string> {
  let current = dirname(path)
  while ((await statOrNull(current)) === null && dirname(current) !== current) current = dirname(current)
  return current
}

export async function checkOutputFolder(path: string, force: boolean): Promise<OutputFolder> {
  const info = await statOrNull(path)
  if (info !== null) {
    if (!info.isDirectory()) throw cliFailure(EXIT.output, 'cli.outNotAFolder', { path })
    const entries = await readdir(path).catch((error: unknown) => {
      throw cliFailure(EXIT.output, 'cli.outUnreadable', { path }, error)
    })
    if (entries.length > 0 && !force) {
      throw cliFailure(EXIT.output, 'cli.outNotEmpty', { path, count: entries.length })
    }
    await access(path, constants.W_OK).catch((error: unknown) => {
      throw cliFailure(EXIT.output, 'cli.outNotWritable', { path }, error)
    })
  } else {
    const parent = await nearestExistingParent(path)
    const parentInfo = await statOrNull(parent)
    const writable =
      parentInfo?.isDirectory() === true &&
      (await access(parent, constants.W_OK).then(
        () => true,
        () => false,
      ))
    if (!writable) throw cliFailure(EXIT.output, 'cli.outCannotCreateIn', { path, parent })
  }

  let created: string | undefined
  let before = new Set<string>()
  const filesBefore = new Map<string, string>()
  return {
    path,
    async prepare() {
      try {
        created = await mkdir(path, { recursive: true })
      } catch (error) {
        throw cliFailure(EXIT.output, 'cli.outCannotCreate', { path }, error)
      }
      const leftovers = await removeLeftoverTempFiles(path)
      before = new Set(await readdir(path))
      for (const name of before) {
        const id = await identity(join(path, name))
        if (id !== null) filesBefore.set(name, id)
      }
      return leftovers
    },
    async removeWritten() {
      if (created !== undefined) {
        await rm(created, { recursive: true, force: true })
        return
      }
      const names = await readdir(path).catch(() => [])
      for (const name of names) if (!before.has(name)) await rm(join(path, name), { recursive: true, force: true })
    },
    async replaced() {
      const names: string[] = []
      for (const [name, id] of filesBefore) {
        const now = await identity(join(path, name))
        if (now !== null && now !== id) names.push(name)
      }
      return names.sort()
    },
  }
}
