import type { ImportField } from '@shared/onboarding/fields'
import type { Style } from '../excel/cellStyle'
import { setAutoFilter } from '../excel/autoFilter'
import type { SheetOptions, SheetWriter } from '../excel/sheetWriter'
import type { StreamingWorkbook } from '../excel/streamingWorkbook'
import { BOLD_FONT, FONT, HEADER_BORDER, HEADER_FILL, WRAP_TOP } from '../excel/sheetStyles'

/** Columns whose cells are text even when they look like a number: leading zeros must survive. */
const TEXT_FORMATS = new Set(['bsn', 'postcode'])
const TEXT_KEYS = new Set(['clientNumber', 'kvkNumber', 'oin', 'debtorReference', 'shortCode'])

const isTextColumn = (field: ImportField): boolean => TEXT_FORMATS.has(field.format) || TEXT_KEYS.has(field.key)

/** The formats of a sheet's data cells: one for text columns (`@`), one for the others. Shared objects, looked up by identity. */
export interface CellFormats {
  readonly plain: Partial<Style>
  readonly text: Partial<Style>
}

/** The template's data cells: Calibri 11 as its header, text columns as text. */
export const TEMPLATE_CELLS: CellFormats = { plain: { font: FONT }, text: { font: FONT, numFmt: '@' } }

const HEADER: Partial<Style> = { font: BOLD_FONT, fill: HEADER_FILL, border: HEADER_BORDER, alignment: WRAP_TOP }
// A text column's header keeps the column's text format, as a cell typed over it would.
const TEXT_HEADER: Partial<Style> = { ...HEADER, numFmt: '@' }

/** The header row frozen above the data. */
export const TEMPLATE_VIEWS: SheetOptions['views'] = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]

/** Wide enough for the header and the example, within 12 to 40 characters. */
const columnWidth = (field: ImportField): number => Math.max(12, Math.min(40, field.header.length + 4, String(field.example).length + 4))

/** Each column's data cell format, in field order. */
export function cellFormatsOf(fields: readonly ImportField[], formats: CellFormats): Partial<Style>[] {
  return fields.map((field) => (isTextColumn(field) ? formats.text : formats.plain))
}

/**
 * The data sheet's layout, shared by the template and the list exports so an export reads as a filled-in
 * template: column widths and formats, the header row (bold on a fill) with an autofilter from it down to
 * `lastRow` (the template's header alone; an export's last row, known only once its rows are written, so the
 * caller may set the filter again with `setAutoFilter`).
 */
export function writeTemplateHeader(workbook: StreamingWorkbook, sheet: SheetWriter, fields: readonly ImportField[], formats: CellFormats): void {
  const columnFormats = cellFormatsOf(fields, formats)
  sheet.columns = fields.map((field, i) => ({ width: columnWidth(field), style: columnFormats[i]! }))
  const header = sheet.getRow(1)
  fields.forEach((field, i) => {
    const cell = header.getCell(i + 1)
    cell.value = field.header
    cell.style = isTextColumn(field) ? TEXT_HEADER : HEADER
  })
  setAutoFilter(workbook, sheet, 1, 1, fields.length)
  header.commit()
}
