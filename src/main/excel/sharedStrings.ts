import { xmlText } from './rowXml'
import type { StreamingWorkbook } from './streamingWorkbook'

/**
 * The shared-string table: every distinct text of a workbook once, cells refer to it by number (as Excel
 * writes it; exceljs's inline alternative loses line breaks in LibreOffice). exceljs's own table keeps
 * its index in a plain object, so each look-up first interns the text, and it writes
 * `xl/sharedStrings.xml` through its XML node writer, some ten small strings per entry: for the 150,000
 * texts of an overview that was a second of work and a few hundred MB of garbage at the very moment the
 * heap is fullest (the end of the largest sheet). This table uses a Map and writes the part as bytes,
 * exactly as exceljs writes it (tested).
 */

/** The table with exceljs's interface (`add`, `count`, `values`), which its writer and our rows both use. */
export class SharedTextTable {
  private readonly ids = new Map<string, number>()
  readonly values: string[] = []
  /** How many cells refer to the table (exceljs keeps this too; its XML does not use it). */
  totalRefs = 0

  get count(): number {
    return this.values.length
  }

  getString(index: number): string | undefined {
    return this.values[index]
  }

  add(value: string): number {
    this.totalRefs++
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.ids.set(value, id)
      this.values.push(value)
    }
    return id
  }
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
// exceljs's rule (TextXform): leading or trailing white space, or a line break, is kept explicitly.
const NEEDS_PRESERVE = /^\s|\n|\s$/
const CHUNK = 256 * 1024

/** The part's bytes for these texts, in table order (their ids). */
export function sharedStringsXml(values: readonly string[]): Buffer {
  const chunks: Buffer[] = []
  let chunk = Buffer.allocUnsafe(CHUNK)
  let length = 0
  const put = (text: string) => {
    if (length + text.length * 3 > CHUNK) {
      chunks.push(chunk.subarray(0, length))
      chunk = Buffer.allocUnsafe(Math.max(CHUNK, text.length * 3))
      length = 0
    }
    length += chunk.write(text, length, 'utf8')
  }
  put(`${HEAD} count="${values.length}" uniqueCount="${values.length}">`)
  for (const value of values) {
    put(NEEDS_PRESERVE.test(value) ? '<si><t xml:space="preserve">' : '<si><t>')
    put(xmlText(value))
    put('</t></si>')
  }
  put('</sst>')
  chunks.push(chunk.subarray(0, length))
  return Buffer.concat(chunks)
}

interface SharedStringsInternals {
  sharedStrings: { readonly count: unknown; add(value: unknown): unknown }
  readonly zip: { append(source: Buffer, data: { name: string }): unknown }
  addSharedStrings(): Promise<void>
}

/**
 * Gives a new `workbook` a SharedTextTable and makes it write `xl/sharedStrings.xml` with
 * sharedStringsXml. Leaves exceljs's own table in place when the writer is not built as expected
 * (another exceljs version) or already holds texts, and does nothing the second time.
 */
export function useSharedTextTable(workbook: StreamingWorkbook): boolean {
  const w = workbook as unknown as Partial<SharedStringsInternals>
  if (
    typeof w.addSharedStrings !== 'function' ||
    typeof w.zip?.append !== 'function' ||
    typeof w.sharedStrings?.add !== 'function' ||
    w.sharedStrings.count !== 0 ||
    w.sharedStrings instanceof SharedTextTable
  ) {
    return false
  }
  const table = new SharedTextTable()
  const zip = w.zip
  w.sharedStrings = table
  w.addSharedStrings = () => {
    if (table.count > 0) zip.append(sharedStringsXml(table.values), { name: '/xl/sharedStrings.xml' })
    return Promise.resolve()
  }
  return true
}
