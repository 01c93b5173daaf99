import type { Writable } from 'node:stream'
import { sheetPrefix } from './cellRefs'
import { OFFICE_THEME_XML } from './officeTheme'
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  rootRelationshipsXml,
  workbookRelationshipsXml,
  workbookXml,
  type DefinedName,
} from './packageParts'
import { SharedTextTable, sharedStringsXml } from './sharedStrings'
import { SheetWriter, type SheetOptions } from './sheetWriter'
import { StyleSheet } from './styleSheet'
import { ZipArchive } from './zipArchive'

/** Document properties (File → Info in Excel). */
interface DocumentProperties {
  title: string
  subject: string
  creator: string
  keywords: string
  language: string
  created: Date
}

/**
 * A workbook written to `out` as it is built: each sheet's rows are compressed into the zip while the next
 * ones are made, so a sheet of 100,000 clients needs little memory. Sheets are written one after the other
 * (commit one before adding the next); the shared strings, styles and workbook part follow on commit.
 */
export class StreamingWorkbook {
  readonly properties: DocumentProperties = { title: '', subject: '', creator: '', keywords: '', language: '', created: new Date(0) }
  readonly styles = new StyleSheet()
  readonly strings = new SharedTextTable()
  private readonly zip: ZipArchive
  private readonly sheets: SheetWriter[] = []
  private readonly names: DefinedName[] = []

  constructor(out: Writable) {
    this.zip = new ZipArchive(out)
  }

  addWorksheet(name: string, options: SheetOptions = {}): SheetWriter {
    const open = this.sheets.at(-1)
    if (open) open.commit()
    const id = this.sheets.length + 1
    const sheet = new SheetWriter(id, name, { entry: this.zip.entry(`xl/worksheets/sheet${id}.xml`), styles: this.styles, strings: this.strings }, options)
    this.sheets.push(sheet)
    return sheet
  }

  /**
   * A defined name; `sheet` makes it local to that sheet (as `_xlnm._FilterDatabase` must be). A name is unique
   * within its scope (Excel reports a file with two as damaged), so a name given again replaces the earlier one.
   */
  addDefinedName(name: string, range: string, sheet?: SheetWriter): void {
    const localSheetId = sheet ? sheet.id - 1 : undefined
    const same = this.names.findIndex((n) => n.name === name && n.localSheetId === localSheetId)
    const defined = { name, range, ...(localSheetId === undefined ? {} : { localSheetId }) }
    if (same >= 0) this.names[same] = defined
    else this.names.push(defined)
  }

  /** Stops writing: the file is being thrown away (a failure or cancellation). */
  abort(): void {
    this.zip.abort()
  }

  /** Completes the file: the last sheet, the workbook's shared parts and the zip's directory. */
  async commit(): Promise<void> {
    for (const sheet of this.sheets) sheet.commit()
    const sheetNames = this.sheets.map((s) => s.name)
    // Print titles after the other names, sheet by sheet, as Excel lists them.
    const titles: DefinedName[] = []
    for (const sheet of this.sheets) {
      const rows = sheet.pageSetup.printTitlesRow
      if (!rows) continue
      const [from, to] = rows.split(':')
      titles.push({ name: '_xlnm.Print_Titles', localSheetId: sheet.id - 1, range: `${sheetPrefix(sheet.name)}$${from}:$${to ?? from}` })
    }
    await this.zip.add('xl/sharedStrings.xml', sharedStringsXml(this.strings.values))
    await this.zip.add('xl/styles.xml', this.styles.xml())
    await this.zip.add('xl/theme/theme1.xml', OFFICE_THEME_XML)
    await this.zip.add('xl/workbook.xml', workbookXml(sheetNames, [...this.names, ...titles]))
    await this.zip.add('xl/_rels/workbook.xml.rels', workbookRelationshipsXml(this.sheets.length))
    await this.zip.add('docProps/core.xml', corePropertiesXml(this.properties))
    await this.zip.add('docProps/app.xml', appPropertiesXml(sheetNames))
    await this.zip.add('_rels/.rels', rootRelationshipsXml())
    await this.zip.add('[Content_Types].xml', contentTypesXml(this.sheets.length, true))
    await this.zip.finish()
  }
}
