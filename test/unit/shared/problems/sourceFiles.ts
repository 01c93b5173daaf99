import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** The text of every `.ts` and `.vue` file under `dir`, so a test can find which codes the source uses. */
export function sourceTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceTexts(path)
    return /\.(ts|vue)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : []
  })
}

/** The `{name}` parameters a vue-i18n message uses, sorted. */
export const paramsOf = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()
