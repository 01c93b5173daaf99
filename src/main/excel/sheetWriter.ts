import { cellRef, columnLetter } from './cellRefs'
import type { CellPrimitive } from './cellValues'
import type { Style } from './cellStyle'
import { dataValidationsXml, type ListValidation } from './dataValidations'
import type { SharedTextTable } from './sharedStrings'
import type { StyleSheet } from './styleSheet'
import { attributes, xmlText } from './xmlText'
import type { ZipEntry } from './zipArchive'

/** A cell's content: a checked primitive (text already through the X1 guard), or a formula with its cached result. */
export type CellValue = CellPrimitive | { readonly formula: string; readonly result: number | string }

interface PageMargins {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
  readonly header: number
  readonly footer: number
}

export interface PageSetup {
  /** OOXML paper size (9 = A4). */
  readonly paperSize: number
  readonly orientation: 'portrait' | 'landscape'
  /** Shrink to `fitToWidth` × `fitToHeight` pages (0 = as many as needed); otherwise print at `scale`%. */
  readonly fitToPage: boolean
  readonly fitToWidth: number
  readonly fitToHeight: number
  readonly scale: number
  readonly horizontalCentered: boolean
  readonly margins: PageMargins
  /** Rows repeated at the top of every printed page, e.g. `5:5`. */
  readonly printTitlesRow: string
}

export interface HeaderFooter {
  readonly oddHeader: string
  readonly oddFooter: string
}

interface SheetView {
  /** `frozen`: rows above `ySplit` (and columns left of `xSplit`) stay in view. */
  readonly state: 'normal' | 'frozen'
  readonly xSplit: number
  readonly ySplit: number
  readonly topLeftCell: string
  readonly activeCell: string
  readonly showGridLines: boolean
}

export interface SheetOptions {
  readonly views?: readonly Partial<SheetView>[]
  readonly pageSetup?: Partial<PageSetup>
  readonly headerFooter?: Partial<HeaderFooter>
}

interface SheetColumn {
  readonly width: number
  /** The format of the column's cells that are not written (`@` keeps what a user types as text). */
  readonly style?: Partial<Style>
}

/** Where the sheet's XML goes: its zip entry, and the workbook's shared tables. */
interface SheetTarget {
  readonly entry: ZipEntry
  readonly styles: StyleSheet
  readonly strings: SharedTextTable
}

const EMPTY_STYLE: Partial<Style> = {}

/** One cell of a row still being built. */
export class SheetCell {
  value: CellValue = null
  style: Partial<Style> = EMPTY_STYLE
  /** Part of a merged range other than its top-left cell: written with its style, without a value. */
  merged = false
}

/** A row being built; written to the sheet when it (or a row below it) is committed, or with the sheet. */
export class SheetRow {
  height: number | undefined = undefined
  readonly cells: (SheetCell | undefined)[] = []

  constructor(
    readonly number: number,
    private readonly sheet: SheetWriter,
  ) {}

  getCell(column: number): SheetCell {
    if (!Number.isInteger(column) || column < 1) throw new RangeError(`Invalid column number: ${column}`)
    let cell = this.cells[column - 1]
    if (!cell) {
      cell = new SheetCell()
      this.cells[column - 1] = cell
    }
    return cell
  }

  commit(): void {
    this.sheet.commitRowsUpTo(this.number)
  }
}

/** Manual page break below row `id` (ECMA-376 §18.3.1.3). */
interface RowBreak {
  readonly id: number
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
const FORMAT_PROPERTIES = '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>'
const DEFAULT_MARGINS: PageMargins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }

function viewXml(view: Partial<SheetView>): string {
  let xml = `<sheetView workbookViewId="0"${view.showGridLines === false ? ' showGridLines="0"' : ''}`
  if (view.state === 'frozen') {
    const xSplit = view.xSplit ?? 0
    const ySplit = view.ySplit ?? 0
    const pane = xSplit && ySplit ? 'bottomRight' : xSplit ? 'topRight' : 'bottomLeft'
    const topLeft = view.topLeftCell ?? cellRef(ySplit + 1, xSplit + 1)
    xml += `><pane${attributes({ xSplit: xSplit || undefined, ySplit: ySplit || undefined, topLeftCell: topLeft, activePane: pane, state: 'frozen' })}/>`
    xml += `<selection${attributes({ pane, activeCell: view.activeCell, sqref: view.activeCell })}/></sheetView>`
    return xml
  }
  if (view.activeCell) return `${xml}><selection${attributes({ activeCell: view.activeCell, sqref: view.activeCell })}/></sheetView>`
  return `${xml}/>`
}

/**
 * A column of this width is left to the sheet's default width (8.43 characters plus padding), as the
 * files have always been written: the difference is a fraction of a character, and keeping it keeps
 * every existing report's layout exactly as it was.
 */
const DEFAULT_WIDTH = 9

/** Adjacent columns of the same width and style share one `<col>` element, as Excel writes them. */
function columnsXml(columns: readonly SheetColumn[], styles: StyleSheet): string {
  const ids = columns.map((column) => styles.id(column.style))
  let xml = ''
  for (let start = 0; start < columns.length;) {
    const width = columns[start]!.width
    const style = ids[start]!
    let end = start
    while (end + 1 < columns.length && columns[end + 1]!.width === width && ids[end + 1] === style) end++
    if (width !== DEFAULT_WIDTH || style !== 0)
      xml += `<col min="${start + 1}" max="${end + 1}" width="${width}"${style ? ` style="${style}"` : ''} customWidth="1"/>`
    start = end + 1
  }
  return xml === '' ? '' : `<cols>${xml}</cols>`
}

/**
 * One worksheet written as it is built (SpreadsheetML, ECMA-376 Part 1 §18.3): the head when it is made,
 * each row once committed, and what follows the rows (filter, merges, drop-down lists, print settings,
 * page breaks) on commit. Rows are built as objects (`getRow`), or written as bytes by a RowXmlWriter in between.
 */
export class SheetWriter {
  columns: readonly SheetColumn[] = []
  autoFilter: { readonly from: { row: number; column: number }; readonly to: { row: number; column: number } } | null = null
  private readonly merges: string[] = []
  private readonly validations: ListValidation[] = []
  private readonly rowBreaks: RowBreak[] = []
  private readonly pending = new Map<number, SheetRow>()
  /** Rows below this number are written and can no longer change. */
  private nextRow = 1
  private startedData = false
  private committed = false
  readonly pageSetup: Partial<PageSetup>
  private readonly headerFooter: Partial<HeaderFooter>

  constructor(
    /** Position in the workbook, from 1. */
    readonly id: number,
    readonly name: string,
    private readonly target: SheetTarget,
    options: SheetOptions,
  ) {
    this.pageSetup = options.pageSetup ?? {}
    this.headerFooter = options.headerFooter ?? {}
    const fitToPage = this.pageSetup.fitToPage ?? false
    const views = options.views ?? []
    target.entry.write(
      SHEET_HEAD +
        (fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        (views.length > 0 ? `<sheetViews>${views.map(viewXml).join('')}</sheetViews>` : '') +
        FORMAT_PROPERTIES,
    )
  }

  /** The zip entry behind the sheet, for pacing the writer on what it has not yet compressed. */
  get entry(): ZipEntry {
    return this.target.entry
  }

  getRow(number: number): SheetRow {
    if (this.committed || number < this.nextRow) throw new Error(`Row ${number} of "${this.name}" is already written`)
    let row = this.pending.get(number)
    if (!row) {
      row = new SheetRow(number, this)
      this.pending.set(number, row)
    }
    return row
  }

  /** Merges a range; the other cells take the top-left cell's style (so borders and fills run across). */
  mergeCells(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(`${cellRef(top, left)}:${cellRef(bottom, right)}`)
    const master = this.getRow(top).getCell(left)
    for (let r = top; r <= bottom; r++) {
      const row = this.getRow(r)
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue
        const cell = row.getCell(c)
        cell.style = master.style
        cell.value = null
        cell.merged = true
      }
    }
  }

  /** A drop-down list on a range of cells, written after the merged cells. */
  addDataValidation(validation: ListValidation): void {
    this.validations.push(validation)
  }

  /** A manual page break above row `row + 1`. */
  addRowBreak(row: number): void {
    this.rowBreaks.push({ id: row })
  }

  /** Writes the committed rows (and any open rows above them) in order. */
  commitRowsUpTo(number: number): void {
    if (number < this.nextRow) return
    const numbers = [...this.pending.keys()].filter((n) => n <= number).sort((a, b) => a - b)
    this.startData()
    for (const n of numbers) {
      this.writeRow(this.pending.get(n)!)
      this.pending.delete(n)
    }
    this.nextRow = number + 1
  }

  /**
   * Raw row XML for rows from `first` on, written by a RowXmlWriter; every row above must be committed.
   * `done(next)` hands the sheet back at row `next`.
   */
  rawRows(first: number): { write(chunk: Uint8Array): void; done(next: number): void } {
    if (this.pending.size > 0 || first < this.nextRow) throw new Error(`Rows above ${first} of "${this.name}" are still open`)
    this.startData()
    return {
      write: (chunk) => this.target.entry.write(chunk),
      done: (next) => {
        this.nextRow = next
      },
    }
  }

  private startData(): void {
    if (this.startedData) return
    this.startedData = true
    this.target.entry.write(`${columnsXml(this.columns, this.target.styles)}<sheetData>`)
  }

  private writeRow(row: SheetRow): void {
    const { styles, strings } = this.target
    let hasValues = false
    let min = 0
    let max = 0
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i]
      if (!cell) continue
      if (cell.merged || (cell.value !== null && cell.value !== undefined)) hasValues = true
      if (min === 0) min = i + 1
      max = i + 1
    }
    if (!hasValues && !row.height) return
    let xml = `<row r="${row.number}"`
    if (row.height) xml += ` ht="${row.height}" customHeight="1"`
    if (min > 0) xml += ` spans="${min}:${max}"`
    xml += ' x14ac:dyDescent="0.25">'
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i]
      if (!cell) continue
      const s = styles.id(cell.style)
      const value = cell.value
      const empty = value === null || value === undefined
      if (empty && !cell.merged && s === 0) continue
      xml += `<c r="${columnLetter(i + 1)}${row.number}"${s ? ` s="${s}"` : ''}`
      if (empty) xml += '/>'
      else if (typeof value === 'number') xml += `><v>${value}</v></c>`
      else if (typeof value === 'string') xml += ` t="s"><v>${strings.add(value)}</v></c>`
      else if (typeof value === 'boolean') xml += ` t="b"><v>${value ? 1 : 0}</v></c>`
      else if (typeof value.result === 'number') xml += `><f>${xmlText(value.formula)}</f><v>${value.result}</v></c>`
      else xml += ` t="str"><f>${xmlText(value.formula)}</f><v>${xmlText(value.result)}</v></c>`
    }
    this.target.entry.write(`${xml}</row>`)
  }

  /** Writes the open rows and everything after them; the sheet is complete. */
  commit(): void {
    if (this.committed) return
    const last = Math.max(this.nextRow - 1, ...this.pending.keys())
    this.commitRowsUpTo(last)
    this.committed = true
    let xml = '</sheetData>'
    if (this.autoFilter)
      xml += `<autoFilter ref="${cellRef(this.autoFilter.from.row, this.autoFilter.from.column)}:${cellRef(this.autoFilter.to.row, this.autoFilter.to.column)}"/>`
    if (this.merges.length > 0)
      xml += `<mergeCells count="${this.merges.length}">${this.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
    // Schema order after the merges: conditional formatting, data validations, hyperlinks, then the print settings.
    xml += dataValidationsXml(this.validations)
    xml += `<pageMargins${attributes({ ...DEFAULT_MARGINS, ...this.pageSetup.margins })}/>`
    const setup = this.pageSetup
    xml += `<pageSetup${attributes({
      paperSize: setup.paperSize,
      orientation: setup.orientation ?? 'portrait',
      horizontalDpi: 4294967295,
      verticalDpi: 4294967295,
      scale: setup.scale ?? 100,
      fitToWidth: setup.fitToWidth ?? 1,
      fitToHeight: setup.fitToHeight ?? 1,
    })}/>`
    const { oddHeader, oddFooter } = this.headerFooter
    if (oddHeader || oddFooter)
      xml += `<headerFooter>${oddHeader ? `<oddHeader>${xmlText(oddHeader)}</oddHeader>` : ''}${oddFooter ? `<oddFooter>${xmlText(oddFooter)}</oddFooter>` : ''}</headerFooter>`
    if (this.rowBreaks.length > 0)
      xml += `<rowBreaks count="${this.rowBreaks.length}" manualBreakCount="${this.rowBreaks.length}">${this.rowBreaks.map((b) => `<brk id="${b.id}" max="16383" min="0" man="1"/>`).join('')}</rowBreaks>`
    this.target.entry.write(`${xml}</worksheet>`)
    // Ended at once: the zip holds the next part's bytes in memory until this one is complete.
    void this.target.entry.end()
  }
}
