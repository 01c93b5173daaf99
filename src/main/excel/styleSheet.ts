import type { Alignment, Border, Borders, Fill, Font, Style } from './cellStyle'
import { attributes, xmlText } from './xmlText'

/** Number formats every reader knows by id (ECMA-376 §18.8.30); any other code is stored with an id from 164 on. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  'mm-dd-yy': 14,
  'h:mm': 20,
  'h:mm:ss': 21,
  '@': 49,
}
const FIRST_CUSTOM_FORMAT = 164

/** The workbook's default font (id 0): Calibri 11 in the theme's text colour, as Excel writes it. */
const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>'
/** Fills 0 and 1 are reserved by the format (none and gray125) whatever the workbook uses. */
const RESERVED_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']
const EMPTY_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>'
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">'
const TAIL =
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>' +
  '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>'

function fontXml(font: Partial<Font>): string {
  let xml = '<font>'
  if (font.bold) xml += '<b/>'
  if (font.italic) xml += '<i/>'
  if (font.color) xml += `<color rgb="${xmlText(font.color.argb)}"/>`
  if (font.size !== undefined) xml += `<sz val="${font.size}"/>`
  if (font.name !== undefined) xml += `<name val="${xmlText(font.name)}"/>`
  return `${xml}</font>`
}

function fillXml(fill: Fill): string {
  return `<fill><patternFill patternType="${fill.pattern}"><fgColor rgb="${xmlText(fill.fgColor.argb)}"/></patternFill></fill>`
}

function edgeXml(tag: string, edge: Partial<Border> | undefined): string {
  if (!edge?.style) return `<${tag}/>`
  return edge.color ? `<${tag} style="${edge.style}"><color rgb="${xmlText(edge.color.argb)}"/></${tag}>` : `<${tag} style="${edge.style}"/>`
}

function borderXml(border: Partial<Borders>): string {
  return `<border>${edgeXml('left', border.left)}${edgeXml('right', border.right)}${edgeXml('top', border.top)}${edgeXml('bottom', border.bottom)}<diagonal/></border>`
}

function alignmentXml(alignment: Partial<Alignment>): string {
  const attrs = attributes({
    horizontal: alignment.horizontal,
    vertical: alignment.vertical === 'middle' ? 'center' : alignment.vertical,
    wrapText: alignment.wrapText ? '1' : undefined,
    indent: alignment.indent ? alignment.indent : undefined,
  })
  return attrs === '' ? '' : `<alignment${attrs}/>`
}

/** Ids by XML, in order of first use: each distinct font, fill, border or format is stored once. */
class Table {
  private readonly ids = new Map<string, number>()
  readonly xml: string[] = []

  constructor(initial: readonly string[] = []) {
    for (const xml of initial) this.id(xml)
  }

  id(xml: string): number {
    let id = this.ids.get(xml)
    if (id === undefined) {
      id = this.xml.length
      this.ids.set(xml, id)
      this.xml.push(xml)
    }
    return id
  }
}

/**
 * The workbook's styles (`xl/styles.xml`): every cell format used, with the fonts, fills, borders and
 * number formats it refers to. A style object is looked up by identity first (the sheet writers share
 * theirs), so a row of 100,000 cells costs a Map look-up per cell.
 */
export class StyleSheet {
  private readonly byObject = new WeakMap<Partial<Style>, number>()
  private readonly fonts = new Table([DEFAULT_FONT])
  private readonly fills = new Table(RESERVED_FILLS)
  private readonly borders = new Table([EMPTY_BORDER])
  private readonly formats = new Map<string, number>()
  private readonly formatXml: string[] = []
  private readonly cellFormats = new Table([DEFAULT_XF])

  /** The cell format id (`s` of a cell) of this style; 0 for an empty one. */
  id(style: Partial<Style> | undefined): number {
    if (style === undefined) return 0
    let id = this.byObject.get(style)
    if (id === undefined) {
      id = this.cellFormats.id(this.xfXml(style))
      this.byObject.set(style, id)
    }
    return id
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code]
    if (builtIn !== undefined) return builtIn
    let id = this.formats.get(code)
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size
      this.formats.set(code, id)
      this.formatXml.push(`<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`)
    }
    return id
  }

  private xfXml(style: Partial<Style>): string {
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : 0
    const fontId = style.font ? this.fonts.id(fontXml(style.font)) : 0
    const borderId = style.border ? this.borders.id(borderXml(style.border)) : 0
    const fillId = style.fill ? this.fills.id(fillXml(style.fill)) : 0
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`
    if (numFmtId) xml += ' applyNumberFormat="1"'
    if (fontId) xml += ' applyFont="1"'
    if (fillId) xml += ' applyFill="1"'
    if (borderId) xml += ' applyBorder="1"'
    if (!style.alignment) return `${xml}/>`
    const alignment = alignmentXml(style.alignment)
    return alignment === '' ? `${xml} applyAlignment="1"/>` : `${xml} applyAlignment="1">${alignment}</xf>`
  }

  /** `xl/styles.xml`. */
  xml(): string {
    const formats = this.formatXml.length > 0 ? `<numFmts count="${this.formatXml.length}">${this.formatXml.join('')}</numFmts>` : ''
    return (
      HEAD +
      formats +
      `<fonts count="${this.fonts.xml.length}" x14ac:knownFonts="1">${this.fonts.xml.join('')}</fonts>` +
      `<fills count="${this.fills.xml.length}">${this.fills.xml.join('')}</fills>` +
      `<borders count="${this.borders.xml.length}">${this.borders.xml.join('')}</borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.cellFormats.xml.length}">${this.cellFormats.xml.join('')}</cellXfs>` +
      TAIL
    )
  }
}
