import ExcelJS, { type Style, type Worksheet } from 'exceljs'
import { columnLetter } from './cellRefs'
import type { CellPrimitive } from './cellValues'
import type { StreamingWorkbook } from './workbookFile'

/**
 * The data rows of a table sheet as XML, written straight into the sheet's stream.
 *
 * exceljs turns every cell into a Cell, a value object, a model, an XML node list and then a string; for
 * the 100,000-client run that was most of the time and most of the garbage. A data row here is one
 * string, exactly what exceljs itself writes for it (`<row r spans x14ac:dyDescent><c r s t><v>`), with
 * exceljs's own style table and shared-string table, so the rest of the workbook (title, header, totals,
 * merges, filter, print setup, styles.xml, sharedStrings.xml) is still exceljs's work.
 *
 * This reaches into the streaming writer (its stream, where it continues numbering rows). `rowXmlWriter`
 * checks that shape and returns null when it differs (another exceljs version); the caller then writes
 * the rows through exceljs as before. A test checks that both ways give the same workbook.
 */

/** A data cell: a checked primitive (text already through the X1 guard), or a formula with its cached result. */
export type RowCell = CellPrimitive | { readonly formula: string; readonly result: number | string }

interface SheetInternals {
  readonly stream: { write(chunk: string): unknown }
  readonly startedData: boolean
  _rowZero: number
  readonly _rows: unknown[] | null
}

interface WorkbookInternals {
  readonly useSharedStrings: boolean
  readonly sharedStrings: { add(text: string): number }
  readonly styles: { addStyleModel(style: Partial<Style>, cellType?: ExcelJS.ValueType): number }
}

/** Characters exceljs escapes in XML text, and the control characters it drops (safeText drops them first). */
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F]/

/** XML text as exceljs encodes it (utils.xmlEncode): quotes as entities, invalid control characters dropped. */
export function xmlText(text: string): string {
  if (!XML_SPECIAL.test(text)) return text
  let out = ''
  for (const ch of text) {
    switch (ch) {
      case '"':
        out += '&quot;'
        break
      case '&':
        out += '&amp;'
        break
      case "'":
        out += '&apos;'
        break
      case '<':
        out += '&lt;'
        break
      case '>':
        out += '&gt;'
        break
      default: {
        const code = ch.charCodeAt(0)
        if (code === 0x7f || (code <= 31 && code !== 9 && code !== 10 && code !== 13)) break
        out += ch
      }
    }
  }
  return out
}

/** Written to the stream in pieces of about this many characters (exceljs buffers 64 KB before zipping). */
const FLUSH_AT = 32 * 1024

export class RowXmlWriter {
  private readonly letters: readonly string[]
  private readonly styleIds = new Map<Partial<Style>, number>()
  /**
   * Shared-string ids already handed out. exceljs keeps its table in a plain object, so each look-up first
   * interns the text; a Map does not, which matters at two million text cells. Repeats (plans, `ja`,
   * partner names) are then answered here; exceljs only counts repeats, which its XML does not use.
   */
  private readonly stringIds = new Map<string, number>()
  private pending = ''

  constructor(
    private readonly workbook: WorkbookInternals,
    private readonly sheet: SheetInternals,
    columns: number,
  ) {
    this.letters = Array.from({ length: columns }, (_, i) => columnLetter(i + 1))
  }

  /** exceljs's style id for a shared style object (its style table dedups them). */
  private styleId(style: Partial<Style>, cellType: ExcelJS.ValueType): number {
    let id = this.styleIds.get(style)
    if (id === undefined) {
      id = this.workbook.styles.addStyleModel(style, cellType)
      this.styleIds.set(style, id)
    }
    return id
  }

  private text(value: string): string {
    if (!this.workbook.useSharedStrings) return ` t="str"><v>${xmlText(value)}</v></c>`
    let id = this.stringIds.get(value)
    if (id === undefined) {
      id = this.workbook.sharedStrings.add(value)
      this.stringIds.set(value, id)
    }
    return ` t="s"><v>${id}</v></c>`
  }

  /**
   * One data row, cells from column A on, each with its style. Like exceljs, a row without any value and
   * without a height is left out (its cells would only carry borders). True when this handed a piece of
   * XML to the zip (the moment to let it catch up).
   */
  row(number: number, cells: readonly RowCell[], styles: readonly Partial<Style>[], height: number): boolean {
    let xml = ''
    let hasValue = false
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i]
      const ref = `<c r="${this.letters[i]!}${number}"`
      const type = typeof value === 'number' ? ExcelJS.ValueType.Number : ExcelJS.ValueType.String
      const s = this.styleId(styles[i]!, value === null || value === undefined ? ExcelJS.ValueType.Null : type)
      const open = s === 0 ? ref : `${ref} s="${s}"`
      if (value === null || value === undefined) {
        if (s !== 0) xml += `${open}/>`
        continue
      }
      hasValue = true
      if (typeof value === 'number') xml += `${open}><v>${String(value)}</v></c>`
      else if (typeof value === 'string') xml += open + this.text(value)
      else if (typeof value === 'boolean') xml += `${open} t="b"><v>${value ? '1' : '0'}</v></c>`
      else if (typeof value.result === 'number') xml += `${open}><f>${xmlText(value.formula)}</f><v>${String(value.result)}</v></c>`
      // Formula results are never shared strings (as exceljs writes them).
      else xml += `${open} t="str"><f>${xmlText(value.formula)}</f><v>${xmlText(value.result)}</v></c>`
    }
    if (!hasValue && height <= 0) return false
    const size = height > 0 ? ` ht="${height}" customHeight="1"` : ''
    this.pending += `<row r="${number}"${size} spans="1:${cells.length}" x14ac:dyDescent="0.25">${xml}</row>`
    if (this.pending.length < FLUSH_AT) return false
    this.flush()
    return true
  }

  flush(): void {
    if (this.pending === '') return
    this.sheet.stream.write(this.pending)
    this.pending = ''
  }

  /** Flushes, and lets exceljs continue with row `next` (the totals row) as if it had written these rows itself. */
  finish(next: number): void {
    this.flush()
    this.sheet._rowZero = next
  }
}

/**
 * A row writer for `sheet`, whose header rows exceljs has already committed (so the sheet's XML is at its
 * rows); null when this exceljs does not look as expected, or rows are still open.
 */
export function rowXmlWriter(workbook: StreamingWorkbook, sheet: Worksheet, columns: number): RowXmlWriter | null {
  const s = sheet as unknown as Partial<SheetInternals>
  const w = workbook as unknown as Partial<WorkbookInternals>
  const ok =
    typeof s.stream?.write === 'function' &&
    s.startedData === true &&
    typeof s._rowZero === 'number' &&
    Array.isArray(s._rows) &&
    s._rows.length === 0 &&
    typeof w.useSharedStrings === 'boolean' &&
    typeof w.sharedStrings?.add === 'function' &&
    typeof w.styles?.addStyleModel === 'function'
  return ok ? new RowXmlWriter(w as WorkbookInternals, s as SheetInternals, columns) : null
}
