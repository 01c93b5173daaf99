import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * LibreOffice as an independent reader of the workbooks: it recalculates every formula on opening (set in
 * a private profile, so the user's own LibreOffice settings play no part) and prints them to PDF with the
 * Dutch locale, the way a manager's copy would look.
 */
export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path)) ?? null
export const PDFTOPPM = existsSync('/usr/bin/pdftoppm') ? '/usr/bin/pdftoppm' : null

// OOXMLRecalcMode 0 = always recalculate on load; the locale makes € 1.234,56 and dd-mm-jjjj appear as in a Dutch Excel.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
</oor:items>
`

export interface LibreOfficeSession {
  /** Converts the files in one soffice run; `filter` e.g. `pdf` or `xlsx:Calc MS Excel 2007 XML`. Returns the output folder. */
  convert(files: readonly string[], filter: string, outDir: string): Promise<void>
  dispose(): void
}

async function dutchLocale(): Promise<string | null> {
  try {
    const { stdout } = await run('locale', ['-a'])
    return stdout.split('\n').find((l) => /^nl_NL\.utf-?8$/i.test(l.trim())) ?? null
  } catch {
    return null
  }
}

export async function startLibreOffice(): Promise<LibreOfficeSession> {
  if (SOFFICE === null) throw new Error('LibreOffice is niet geïnstalleerd')
  const profile = mkdtempSync(join(tmpdir(), 'lo-'))
  mkdirSync(join(profile, 'user'), { recursive: true })
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS)
  const locale = await dutchLocale()
  const env = { ...process.env, ...(locale ? { LC_ALL: locale, LANG: locale } : {}) }
  return {
    async convert(files, filter, outDir) {
      mkdirSync(outDir, { recursive: true })
      await run(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files], {
        env,
        timeout: 240_000,
      })
    },
    dispose() {
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Renders pages `first`–`last` of a PDF to PNG files `<prefix>-<n>.png`. */
export async function renderPages(pdf: string, prefix: string, first = 1, last = 1, dpi = 80): Promise<void> {
  if (PDFTOPPM === null) throw new Error('pdftoppm is niet geïnstalleerd')
  await run(PDFTOPPM, ['-r', String(dpi), '-png', '-f', String(first), '-l', String(last), pdf, prefix])
}

/** Width and height in points of each page of a PDF (pdfinfo). */
export async function pdfPageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', pdf])
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }))
}

/** The text of a PDF, line by line as laid out (pdftotext -layout). */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return stdout
}
