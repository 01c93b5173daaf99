/**
 * A cell's look as the sheet writers describe it: the parts of SpreadsheetML's cell format (ECMA-376
 * §18.8) the reports use. Shared style objects are registered once per workbook (styleSheet.ts).
 */
interface Color {
  /** Alpha and RGB in hex, e.g. `FF808080`. */
  readonly argb: string
}

export interface Font {
  readonly name: string
  readonly size: number
  readonly bold: boolean
  readonly italic: boolean
  readonly color: Color
}

type BorderLineStyle = 'thin' | 'hair' | 'double' | 'medium' | 'thick' | 'dotted' | 'dashed'

export interface Border {
  readonly style: BorderLineStyle
  readonly color: Color
}

export interface Borders {
  readonly left: Partial<Border>
  readonly right: Partial<Border>
  readonly top: Partial<Border>
  readonly bottom: Partial<Border>
}

export interface Fill {
  readonly type: 'pattern'
  readonly pattern: 'solid'
  readonly fgColor: Color
}

export interface Alignment {
  readonly horizontal: 'left' | 'right' | 'center'
  /** `middle` is stored as `center`, as Excel names it. */
  readonly vertical: 'top' | 'middle' | 'bottom'
  readonly wrapText: boolean
  readonly indent: number
}

export interface Style {
  readonly font: Partial<Font>
  readonly fill: Fill
  readonly border: Partial<Borders>
  readonly alignment: Partial<Alignment>
  /** A number format code as stored in the file (numberFormats.ts); built-in codes get their built-in id. */
  readonly numFmt: string
}
