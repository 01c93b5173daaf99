import type { Style } from './cellStyle'
import { columnLetter } from './cellRefs'
import type { SharedTextTable } from './sharedStrings'
import type { CellValue, SheetWriter } from './sheetWriter'
import type { StyleSheet } from './styleSheet'
import { xmlText } from './xmlText'

/**
 * The data rows of a table sheet as XML bytes, written straight into the sheet's zip entry.
 *
 * A row as objects (SheetRow, a SheetCell per cell, a string per row) is fine for the few rows around a
 * table; for the 100,000-client run the data rows are assembled here as bytes instead, exactly as
 * SheetWriter writes them (`<row r spans x14ac:dyDescent><c r s t><v>`), with the workbook's style and
 * shared-string tables. A test checks that both ways give the same sheet.
 */

/** A data cell: a checked primitive (text already through the X1 guard), or a formula with its cached result. */
export type RowCell = CellValue

/** Bytes gathered before they go to the sheet's zip entry. */
const CAPACITY = 64 * 1024

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0))
const ROW_OPEN = ascii('<row r="')
const ROW_HEIGHT = ascii('" ht="')
const ROW_CUSTOM_HEIGHT = ascii('" customHeight="1')
const ROW_SPANS = ascii('" spans="1:')
const ROW_REST = ascii('" x14ac:dyDescent="0.25">')
const ROW_CLOSE = ascii('</row>')
const EMPTY_CELL_CLOSE = ascii('/>')
const NUMBER_OPEN = ascii('><v>')
const SHARED_OPEN = ascii(' t="s"><v>')
const BOOLEAN_OPEN = ascii(' t="b"><v>')
const FORMULA_OPEN = ascii('><f>')
const STRING_FORMULA_OPEN = ascii(' t="str"><f>')
const FORMULA_CLOSE = ascii('</f><v>')
const VALUE_CLOSE = ascii('</v></c>')

/**
 * XML assembled as bytes in one reused buffer: a data row makes no strings, so 100,000 rows leave next to
 * no garbage (as strings they were 1.7 GB of short-lived allocations in the stress run). The zip entry
 * copies each chunk (ZipEntry.write), so the buffer is filled again right after.
 */
class XmlBytes {
  private readonly buffer = Buffer.allocUnsafe(CAPACITY)
  private length = 0

  constructor(private readonly out: (chunk: Buffer) => void) {}

  get size(): number {
    return this.length
  }

  private room(bytes: number): void {
    if (this.length + bytes > CAPACITY) this.flush()
  }

  bytes(piece: Uint8Array): void {
    this.room(piece.length)
    const { buffer } = this
    let at = this.length
    for (let k = 0; k < piece.length; k++) buffer[at++] = piece[k]!
    this.length = at
  }

  /** Text known to be ASCII (numbers as JavaScript writes them). */
  ascii(text: string): void {
    this.room(text.length)
    const { buffer } = this
    let at = this.length
    for (let k = 0; k < text.length; k++) buffer[at++] = text.charCodeAt(k)
    this.length = at
  }

  /** Any text, UTF-8 (formulas name sheets such as `Per cliënt`). */
  utf8(text: string): void {
    if (text.length * 3 > CAPACITY) {
      this.flush()
      this.out(Buffer.from(text, 'utf8'))
      return
    }
    this.room(text.length * 3)
    this.length += this.buffer.write(text, this.length, 'utf8')
  }

  /** A whole number ≥ 0 below 2^53, in decimal digits. */
  whole(n: number): void {
    let digits = 1
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++
    this.room(digits)
    const { buffer } = this
    let at = this.length + digits
    this.length = at
    let rest = n
    while (rest >= 10) {
      const next = Math.floor(rest / 10)
      buffer[--at] = 48 + rest - next * 10
      rest = next
    }
    buffer[at - 1] = 48 + rest
  }

  /** A number as `String(n)` writes it; whole numbers without making a string. */
  number(n: number): void {
    if (Number.isSafeInteger(n) && n >= 0) this.whole(n)
    else this.ascii(String(n))
  }

  flush(): void {
    if (this.length === 0) return
    this.out(this.buffer.subarray(0, this.length))
    this.length = 0
  }
}

/** Hands XML to the zip once this much has gathered; the caller then lets the zip catch up. */
const HAND_ON_AT = 32 * 1024

export class RowXmlWriter {
  /** `<c r="B` per column: the cell reference's letters, ready to copy. */
  private readonly cellOpen: readonly Uint8Array[]
  /** `" s="12"` per style object (or just `"` for style 0), from the workbook's style sheet. */
  private readonly styleAttributes = new Map<Partial<Style>, Uint8Array>()
  private readonly xml: XmlBytes
  private readonly target: { write(chunk: Uint8Array): void; done(next: number): void }

  constructor(
    private readonly styles: StyleSheet,
    private readonly strings: SharedTextTable,
    sheet: SheetWriter,
    firstRow: number,
    columns: number,
  ) {
    this.cellOpen = Array.from({ length: columns }, (_, i) => ascii(`<c r="${columnLetter(i + 1)}`))
    const target = sheet.rawRows(firstRow)
    this.target = target
    this.xml = new XmlBytes((chunk) => target.write(chunk))
  }

  /** The style id of a shared style object, as the attribute that follows the cell reference. */
  private styleAttribute(style: Partial<Style>): Uint8Array {
    let attribute = this.styleAttributes.get(style)
    if (attribute === undefined) {
      const id = this.styles.id(style)
      attribute = ascii(id === 0 ? '"' : `" s="${id}"`)
      this.styleAttributes.set(style, attribute)
    }
    return attribute
  }

  /**
   * One data row, cells from column A on, each with its style. As SheetWriter does, a row without any
   * value and without a height is left out (its cells would only carry borders). True when this handed a
   * piece of XML to the zip (the moment to let it catch up).
   */
  row(number: number, cells: readonly RowCell[], styles: readonly Partial<Style>[], height: number): boolean {
    if (height <= 0 && cells.every((value) => value === null || value === undefined)) return false
    const { xml } = this
    xml.bytes(ROW_OPEN)
    xml.whole(number)
    if (height > 0) {
      xml.bytes(ROW_HEIGHT)
      xml.number(height)
      xml.bytes(ROW_CUSTOM_HEIGHT)
    }
    xml.bytes(ROW_SPANS)
    xml.whole(cells.length)
    xml.bytes(ROW_REST)
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i]
      const empty = value === null || value === undefined
      const style = this.styleAttribute(styles[i]!)
      // An empty cell without a style is left out; styled, it keeps its borders.
      if (empty && style.length === 1) continue
      xml.bytes(this.cellOpen[i]!)
      xml.whole(number)
      xml.bytes(style)
      if (empty) xml.bytes(EMPTY_CELL_CLOSE)
      else if (typeof value === 'number') {
        xml.bytes(NUMBER_OPEN)
        xml.number(value)
        xml.bytes(VALUE_CLOSE)
      } else if (typeof value === 'string') {
        xml.bytes(SHARED_OPEN)
        xml.whole(this.strings.add(value))
        xml.bytes(VALUE_CLOSE)
      } else if (typeof value === 'boolean') {
        xml.bytes(BOOLEAN_OPEN)
        xml.whole(value ? 1 : 0)
        xml.bytes(VALUE_CLOSE)
      } else {
        // Formula results are never shared strings (as Excel writes them).
        xml.bytes(typeof value.result === 'number' ? FORMULA_OPEN : STRING_FORMULA_OPEN)
        xml.utf8(xmlText(value.formula))
        xml.bytes(FORMULA_CLOSE)
        if (typeof value.result === 'number') xml.number(value.result)
        else xml.utf8(xmlText(value.result))
        xml.bytes(VALUE_CLOSE)
      }
    }
    xml.bytes(ROW_CLOSE)
    if (xml.size < HAND_ON_AT) return false
    xml.flush()
    return true
  }

  /** Flushes, and hands the sheet back at row `next` (the totals row). */
  finish(next: number): void {
    this.xml.flush()
    this.target.done(next)
  }
}
