import { xmlText } from './xmlText'

/**
 * The shared-string table: every distinct text of a workbook once, cells refer to it by number (as Excel
 * writes it; inline strings lose line breaks in LibreOffice). A Map finds a text without interning it,
 * and the part is written as bytes: for the 150,000 texts of an overview, a string per XML node was a
 * second of work and a few hundred MB of garbage at the moment the heap is fullest (the end of the
 * largest sheet).
 */
export class SharedTextTable {
  private readonly ids = new Map<string, number>()
  readonly values: string[] = []
  /** How many cells refer to the table. */
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
// Leading or trailing white space, or a line break, is kept explicitly (xml:space), or readers drop it.
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
