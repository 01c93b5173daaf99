import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Reads a PDF back with the independent tools of poppler-utils and zbar-tools (installed by .ci/run):
 * the text of each page (`pdftotext -layout`), its fonts (`pdffonts`), and the QR codes on a page rendered
 * to PNG (`pdftoppm` + `zbarimg`).
 */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1)
}

export interface PdfFont {
  readonly name: string
  readonly type: string
  readonly embedded: boolean
}

export function pdfFontList(path: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/)
    // name, type (one or more words), encoding, emb, sub, uni, object id, generation
    const n = parts.length
    return { name: parts[0] ?? '', type: parts.slice(1, n - 6).join(' '), embedded: parts[n - 5] === 'yes' }
  })
}

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN)
}

/** The QR codes zbarimg finds on page `page` rendered at 150 dpi; an empty list when there is none. */
export function qrCodesOnPage(path: string, page: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-qr-'))
  try {
    execFileSync('pdftoppm', ['-r', '150', '-f', String(page), '-l', String(page), '-png', path, join(dir, 'page')])
    const png = readdirSync(dir).find((name) => name.endsWith('.png'))
    if (png === undefined) throw new Error(`pdftoppm rendered no page ${page}`)
    // -Sbinary keeps the payload's bytes (UTF-8) and its line breaks as they are; exit 4 means "no code found".
    const result = spawnSync('zbarimg', ['-q', '--raw', '-Sbinary', join(dir, png)], { encoding: 'utf8' })
    if (result.status === 4) return []
    if (result.status !== 0) throw new Error(`zbarimg failed (${result.status}): ${result.stderr}`)
    return [result.stdout]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
