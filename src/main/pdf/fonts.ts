import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The fonts every PDF embeds: Liberation Sans 2.1.5 (SIL OFL 1.1, resources/fonts/LICENSE-LiberationSans.txt),
 * metrically compatible with Arial, so a reader without it still lays the text out alike. pdfkit embeds only
 * the glyphs used (a subset). The PDF base-14 fonts are not used: they are not embedded, and their
 * WinAnsi encoding cannot hold every name a client may have (ő, ł, ş).
 */
export interface PdfFonts {
  readonly regular: Buffer
  readonly bold: Buffer
}

const REGULAR = 'LiberationSans-Regular.ttf'
const BOLD = 'LiberationSans-Bold.ttf'

/**
 * `resources/fonts` of the application: found upwards from this module, which lies in `src/main/pdf` when run
 * from the sources (command line, tests) and in `out/main` when built (the packaged app holds
 * `resources/fonts` beside `out`, see package.json `build.files`).
 */
export function fontFolder(start: string = __dirname): string {
  for (let folder = start, depth = 0; depth < 6; depth++, folder = dirname(folder)) {
    const candidate = join(folder, 'resources', 'fonts')
    if (existsSync(join(candidate, REGULAR))) return candidate
  }
  throw new Error(`The PDF fonts (resources/fonts/${REGULAR}) are missing above ${start}`)
}

let loaded: PdfFonts | null = null

/** Read once per process (about 0.8 MB) and shared by every PDF. */
export function pdfFonts(): PdfFonts {
  if (loaded === null) {
    const folder = fontFolder()
    loaded = { regular: readFileSync(join(folder, REGULAR)), bold: readFileSync(join(folder, BOLD)) }
  }
  return loaded
}
