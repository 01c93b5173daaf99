import type { ListExportKind } from '@shared/ipc/channels/listExport'
import { fieldsOf } from '@shared/onboarding/fields'
import { setAutoFilter } from '../excel/autoFilter'
import type { Style } from '../excel/cellStyle'
import { RowXmlWriter, type RowCell } from '../excel/rowXml'
import { writeWorkbookFile } from '../excel/workbookFile'
import { keepPaceWithZip } from '../excel/zipPacing'
import type { IfExists } from '../files/atomicWrite'
import { TEMPLATE_VIEWS, cellFormatsOf, writeTemplateHeader, type CellFormats } from './templateLayout'
import { SHEET_NAMES, TITLES } from './templateWords'

/**
 * Only the text columns carry a cell format (`@`, so Excel keeps leading zeros); the other cells have none,
 * which shows the same default font and keeps `styles.xml` to what the file needs.
 */
const EXPORT_CELLS: CellFormats = { plain: {}, text: { numFmt: '@' } }
const NO_FORMAT: Partial<Style> = EXPORT_CELLS.plain

export interface ListExportOptions {
  readonly ifExists: IfExists
  readonly signal?: AbortSignal
}

/**
 * Writes a partner or client list in its import template's layout: the template's sheet name, headers, column
 * order and text columns, the header frozen with an autofilter over every row, one row per given row. Streamed to a temporary
 * file, then renamed. **Decision:** cells are written as text cells exactly as the list gives them, without the
 * reports' apostrophe before `=`, `+`, `-` or `@`: a text cell is never a formula, and the file must read back
 * as written (a phone number `+31 …` would otherwise come back as `'+31 …`).
 */
export async function writeListExport(
  targetPath: string,
  kind: ListExportKind,
  rows: readonly Readonly<Record<string, string>>[],
  options: ListExportOptions,
): Promise<{ path: string; rows: number }> {
  const fields = fieldsOf(kind)
  const { path } = await writeWorkbookFile(
    targetPath,
    { title: TITLES[kind], subject: '', creator: '' },
    async (workbook, checkpoint) => {
      const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: TEMPLATE_VIEWS })
      writeTemplateHeader(workbook, sheet, fields, EXPORT_CELLS)
      const formats = cellFormatsOf(fields, EXPORT_CELLS)
      // The rows go out as XML bytes (rowXml.ts): 100,000 clients without an object per cell.
      const writer = new RowXmlWriter(workbook.styles, workbook.strings, sheet, 2, fields.length)
      const cells: RowCell[] = fields.map(() => null)
      // An empty cell is left out, as before: the column's format still applies to it.
      const styles: Partial<Style>[] = fields.map(() => NO_FORMAT)
      for (const [i, row] of rows.entries()) {
        await checkpoint()
        fields.forEach((field, c) => {
          const value = row[field.key]
          cells[c] = value ? value : null
          styles[c] = value ? formats[c]! : NO_FORMAT
        })
        if (writer.row(i + 2, cells, styles, 0)) await keepPaceWithZip(sheet.entry)
      }
      writer.finish(rows.length + 2)
      // Over every row written, so a spreadsheet that reads the filter's range (LibreOffice) filters them all.
      setAutoFilter(workbook, sheet, 1, rows.length + 1, fields.length)
      sheet.commit()
    },
    { ifExists: options.ifExists, ...(options.signal ? { signal: options.signal } : {}) },
  )
  return { path, rows: rows.length }
}
