import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { AppError } from '../appError'
import { errnoCode, writeErrorToAppError } from './fileErrors'
import { pathExists, uniquePath } from './fileNames'
import { markTempFileInUse, releaseTempFile, tempFileName } from './tempFiles'

/**
 * `replace`: the user chose this exact path in a save dialog (which already asked "vervangen?").
 * `keep-both`: never overwrite; an existing name gets ` (2)`, ` (3)`, … (exports into a folder).
 */
export type IfExists = 'replace' | 'keep-both'

/** The few file operations the atomic write needs; injectable so tests can simulate a locked file. */
export interface AtomicWriteFs {
  rename(from: string, to: string): Promise<void>
  link(existing: string, newPath: string): Promise<void>
  rm(path: string, options: { force: true }): Promise<void>
  exists(path: string): Promise<boolean>
  /** Flushes the file to disk before it gets its final name. */
  fsync(path: string): Promise<void>
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  rm: (path, options) => fsp.rm(path, options),
  exists: pathExists,
  async fsync(path) {
    const handle = await fsp.open(path, 'r+')
    try {
      await handle.sync()
    } catch (error) {
      // Some network drives do not support fsync; the rename below is still atomic there.
      if (!['EINVAL', 'ENOTSUP', 'EOPNOTSUPP'].includes(errnoCode(error) ?? '')) throw error
    } finally {
      await handle.close()
    }
  },
}

export interface AtomicWriteOptions {
  ifExists: IfExists
  /** Cancels before the file gets its final name; the writer should watch it too. */
  signal?: AbortSignal
  fs?: AtomicWriteFs
  /**
   * Waits between rename attempts. Windows briefly locks fresh files (virus scanner, indexer), so a few
   * short retries avoid false "file in use" messages; other systems do not need them.
   */
  retryDelaysMs?: readonly number[]
}

export { TEMP_FILE_PREFIX } from './tempFiles'

const RETRYABLE = new Set(['EBUSY', 'EPERM', 'EACCES'])
// Hard links are not available everywhere (FAT drives, some network shares); then fall back to rename.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL'])

/**
 * Writes a file so that it appears under its final name complete or not at all (spec X2): `write` fills a
 * temporary file in the same folder, which is flushed and then renamed. If `write` throws, the signal
 * aborts or the rename fails (the target is open in Excel), the temporary file is removed and the old
 * file is left as it was. Returns the path actually written (different from `targetPath` when
 * `keep-both` had to add a number).
 */
export async function writeFileAtomically(targetPath: string, write: (tempPath: string) => Promise<void>, options: AtomicWriteOptions): Promise<string> {
  const fs = options.fs ?? nodeAtomicWriteFs
  const retryDelays = options.retryDelaysMs ?? (process.platform === 'win32' ? [100, 300, 700] : [])
  const tempPath = join(dirname(targetPath), tempFileName())
  // A killed process never reaches the cleanup below; removeLeftoverTempFiles finds such files by this name.
  markTempFileInUse(tempPath)
  try {
    throwIfCancelled(options.signal)
    await write(tempPath)
    await fs.fsync(tempPath)
    throwIfCancelled(options.signal)
    const finalPath =
      options.ifExists === 'replace' ? await renameWithRetry(fs, tempPath, targetPath, retryDelays) : await moveToFreeName(fs, tempPath, targetPath)
    return finalPath
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined)
    throw writeErrorToAppError(error, targetPath)
  } finally {
    releaseTempFile(tempPath)
  }
}

/** Convenience for text (JSON, CSV): UTF-8, written atomically. */
export async function writeTextFileAtomically(targetPath: string, text: string, options: AtomicWriteOptions): Promise<string> {
  return writeFileAtomically(targetPath, (tempPath) => fsp.writeFile(tempPath, text, { encoding: 'utf8', flag: 'wx' }), options)
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled')
}

async function renameWithRetry(fs: AtomicWriteFs, from: string, to: string, delays: readonly number[]): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return to
    } catch (error) {
      const wait = delays[attempt]
      if (wait === undefined || !RETRYABLE.has(errnoCode(error) ?? '')) throw error
      await delay(wait)
    }
  }
}

/**
 * Gives the temporary file the first free name. A hard link fails with EEXIST instead of replacing, so a
 * file created by someone else in the meantime is never overwritten; where links are unsupported a
 * checked rename is the fallback.
 */
async function moveToFreeName(fs: AtomicWriteFs, tempPath: string, targetPath: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = await uniquePath(targetPath, (path) => fs.exists(path))
    try {
      await fs.link(tempPath, candidate)
    } catch (error) {
      const code = errnoCode(error) ?? ''
      if (code === 'EEXIST') continue
      if (!NO_HARD_LINKS.has(code)) throw error
      if (await fs.exists(candidate)) continue
      await fs.rename(tempPath, candidate)
      return candidate
    }
    // The file is complete under its final name; the temporary name is only a second link to it.
    await fs.rm(tempPath, { force: true }).catch(() => undefined)
    return candidate
  }
  throw new AppError('no-free-name', { file: basename(targetPath) })
}
