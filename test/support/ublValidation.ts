import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * The official e-invoice checks of `../shared/validation` (see its README): the UBL 2.1 schemas with xmllint
 * and the SI-UBL 2.0 Schematron with Saxon-HE, run once over a whole folder (a Java start costs seconds).
 */
const root = resolve(__dirname, '../..')
// Beside the repository; a git worktree sits one folder deeper.
export const VALIDATION =
  [join(root, '../shared/validation'), join(root, '../../shared/validation')].find((p) => existsSync(p)) ?? join(root, '../shared/validation')
export const INVOICE_XSD = join(VALIDATION, 'ubl-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd')
export const CREDIT_NOTE_XSD = join(VALIDATION, 'ubl-2.1/xsd/maindoc/UBL-CreditNote-2.1.xsd')
export const SI_UBL_XSL = join(VALIDATION, 'si-ubl-2.0/si-ubl-2.0.xsl')

/** xmllint over every file against `xsd`; throws with xmllint's words when one does not validate. */
export function xmllintAll(files: readonly string[], xsd: string): void {
  if (files.length === 0) return
  execFileSync('xmllint', ['--noout', '--schema', xsd, ...files], { stdio: 'pipe' })
}

/** Saxon over every `.xml` in `inDir` at once; per file (name without `.xml`) the ids of its fatal findings. */
export function schematronFatal(inDir: string, outDir: string): Record<string, string[]> {
  mkdirSync(outDir, { recursive: true })
  execFileSync('java', ['-cp', '/usr/share/java/Saxon-HE.jar', 'net.sf.saxon.Transform', `-s:${inDir}`, `-xsl:${SI_UBL_XSL}`, `-o:${outDir}`], {
    stdio: 'pipe',
  })
  return Object.fromEntries(
    readdirSync(outDir).map((file) => {
      const svrl = readFileSync(join(outDir, file), 'utf8')
      const ids = [...svrl.matchAll(/<svrl:failed-assert\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => /flag="fatal"/.test(tag))
        .map((tag) => /\bid="([^"]+)"/.exec(tag)?.[1] ?? '?')
      return [file.replace(/\.xml$/, ''), ids]
    }),
  )
}
