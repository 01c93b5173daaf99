import { access } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { AppError } from '../appError'

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i
// Characters Windows refuses in file names, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g

/**
 * Makes a file name (without folder) that is valid on Windows and macOS, keeping Dutch letters:
 * `Zorggroep Noord/Zuid` → `Zorggroep Noord-Zuid`. Trailing dots and spaces go (Windows drops them),
 * leading dots go (no hidden files), reserved device names get an underscore, and the result stays under 200 characters so the temporary
 * name and a ` (2)` suffix still fit the 255-character limit.
 */
export function safeFileName(name: string, fallback = 'bestand'): string {
  const ext = extname(name)
  const stem = ext.length > 0 && ext.length <= 10 ? name.slice(0, -ext.length) : name
  const clean = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(FORBIDDEN, '-')
      .trim()
      .replace(/^[. ]+|[. ]+$/g, '')
  let cleanStem = clean(stem)
    .slice(0, 200 - ext.length)
    .trim()
  if (cleanStem === '') cleanStem = fallback
  if (WINDOWS_RESERVED.test(cleanStem)) cleanStem = `${cleanStem}_`
  const cleanExt = ext === '' ? '' : `.${clean(ext.slice(1))}`
  return cleanExt === '.' ? cleanStem : `${cleanStem}${cleanExt}`
}

export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/**
 * The first of `name.ext`, `name (2).ext`, `name (3).ext`, … that does not exist yet, the way Explorer and
 * Finder name copies. Used so an export never silently replaces an earlier file.
 */
export async function uniquePath(path: string, exists: (path: string) => Promise<boolean> = pathExists): Promise<string> {
  if (!(await exists(path))) return path
  const folder = dirname(path)
  const ext = extname(path)
  const stem = basename(path, ext)
  for (let n = 2; n < 10_000; n++) {
    const candidate = join(folder, `${stem} (${n})${ext}`)
    if (!(await exists(candidate))) return candidate
  }
  throw new AppError('no-free-name', { file: basename(path) })
}
