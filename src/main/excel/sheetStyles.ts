import type { Alignment, Border, Borders, Fill, Font } from './cellStyle'

/**
 * The few styles every workbook shares, so finance sees the same look everywhere. Colours are light, so
 * a black-and-white print stays readable; nothing depends on colour alone (an overdue row also says so).
 */
const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF808080' } }
const hair: Partial<Border> = { style: 'hair', color: { argb: 'FFBFBFBF' } }

export const FONT = { name: 'Calibri', size: 11 } as const satisfies Partial<Font>

export const TITLE_FONT: Partial<Font> = { ...FONT, size: 14, bold: true }
export const SUBTITLE_FONT: Partial<Font> = { ...FONT, size: 10, color: { argb: 'FF404040' } }
export const BOLD_FONT: Partial<Font> = { ...FONT, bold: true }

export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } }
export const HEADER_BORDER: Partial<Borders> = { top: thin, bottom: thin }
export const TOTAL_BORDER: Partial<Borders> = { top: thin, bottom: { style: 'double', color: { argb: 'FF808080' } } }
/** Light lines between data rows: easier to follow a long row on paper. */
export const ROW_BORDER: Partial<Borders> = { bottom: hair }
/** Boxes for the columns managers fill in by hand. */
export const FOLLOW_UP_BORDER: Partial<Borders> = { top: hair, bottom: thin, left: hair, right: hair }

export const HIGHLIGHT_FILLS = {
  /** Overdue signal-list rows. */
  overdue: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7D7' } },
  /** Usage outside the bundle, deviations in the quarterly check. */
  attention: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCEBD0' } },
} as const satisfies Record<string, Fill>
export type Highlight = keyof typeof HIGHLIGHT_FILLS

export const WRAP_TOP: Partial<Alignment> = { vertical: 'top', wrapText: true }
