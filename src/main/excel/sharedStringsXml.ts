import { xmlText } from './rowXml'
import type { StreamingWorkbook } from './workbookFile'

/**
 * `xl/sharedStrings.xml`, the table of every distinct text in a workbook, written as exceljs writes it but
 * straight into buffers. exceljs builds it through its XML node writer, some ten small strings per entry:
 * for the 150,000 texts of an overview that is a few hundred MB of garbage at the very moment the heap
 * is fullest (the end of the largest sheet).
 */

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
  readonly sharedStrings: { readonly values: unknown }
  readonly zip: { append(source: Buffer, data: { name: string }): unknown }
  addSharedStrings(): Promise<void>
}

/**
 * Makes `workbook` write its shared-string table with sharedStringsXml. Leaves exceljs's own way in place
 * when the writer is not built as expected (another exceljs version), or the table holds anything but
 * plain text (exceljs's rich text, which these workbooks never use).
 */
export function writeSharedStringsCompactly(workbook: StreamingWorkbook): boolean {
  const w = workbook as unknown as Partial<SharedStringsInternals>
  if (typeof w.addSharedStrings !== 'function' || typeof w.zip?.append !== 'function' || !Array.isArray(w.sharedStrings?.values)) return false
  const original = w.addSharedStrings.bind(workbook)
  const zip = w.zip
  const table = w.sharedStrings
  w.addSharedStrings = () => {
    const values = table.values as unknown[]
    if (values.length === 0 || !values.every((v): v is string => typeof v === 'string')) return original()
    zip.append(sharedStringsXml(values), { name: '/xl/sharedStrings.xml' })
    return Promise.resolve()
  }
  return true
}
