import { mkdir, open, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { AppError } from '../appError'
import { writeFileAtomically } from '../files/atomicWrite'
import { inspectLogo, LOGO_MAX_BYTES, type LogoImage } from './logoImage'

export interface LogoStore {
  /** The kept logo, or null when none is set (or the kept copy no longer reads as a logo). */
  read(): Promise<LogoImage | null>
  /** Checks the file at `source` (a path from main's own open dialog) and keeps a copy of it. */
  replace(source: string): Promise<LogoImage>
  remove(): Promise<void>
}

const FOLDER = 'logo'
const FILE_NAME = { png: 'logo.png', jpeg: 'logo.jpg' } as const

/**
 * The operator's logo, kept by main as a copy in the app's own data folder: moving or deleting the original
 * does not change the invoices, and no document writer ever takes a path from the window.
 */
export function createLogoStore(userData: string): LogoStore {
  const folder = join(userData, FOLDER)

  async function keptFiles(): Promise<string[]> {
    const names = await readdir(folder).catch(() => [])
    return names.filter((name) => Object.values(FILE_NAME).includes(name as (typeof FILE_NAME)[keyof typeof FILE_NAME]))
  }

  return {
    async read() {
      const [name] = await keptFiles()
      if (name === undefined) return null
      const bytes = await readFile(join(folder, name)).catch(() => null)
      if (bytes === null) return null
      try {
        return inspectLogo(bytes, name)
      } catch {
        return null
      }
    },

    async replace(source) {
      const logo = await readLogoFile(source)
      const bytes = logo.bytes
      await mkdir(folder, { recursive: true })
      const target = FILE_NAME[logo.format]
      await writeFileAtomically(join(folder, target), (temp) => writeFile(temp, bytes, { flag: 'wx' }), { ifExists: 'replace' })
      for (const name of await keptFiles()) if (name !== target) await rm(join(folder, name), { force: true })
      return logo
    },

    async remove() {
      for (const name of await keptFiles()) await rm(join(folder, name), { force: true })
    },
  }
}

/** Reads and checks a logo file (the open dialog's choice, the command line's `--logo`). */
export async function readLogoFile(path: string): Promise<LogoImage> {
  const file = basename(path)
  // At most one byte beyond the limit: a huge file is refused without loading it whole.
  const bytes = await readPrefix(path, LOGO_MAX_BYTES + 1).catch((error: unknown) => {
    throw new AppError('logo-unreadable', { file }, { cause: error })
  })
  return inspectLogo(bytes, file)
}

async function readPrefix(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(limit)
    const { bytesRead } = await handle.read(buffer, 0, limit, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
