import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMoney } from '@shared/format/money'
import { safeText } from '../../../../src/main/excel/cellValues'
import { columnLetter, safeSheetName, sheetPrefix, columnRange } from '../../../../src/main/excel/cellRefs'
import { convertCell, groupedLength, headerLines, layoutColumn, numberFormatOf, shownLength, textLines } from '../../../../src/main/excel/columns'
import { NUMBER_FORMATS } from '../../../../src/main/excel/numberFormats'
import { escapeHeaderFooterText, orientationFor, pageHeaderFooter, printPageSetup } from '../../../../src/main/excel/printSetup'
import { parseCalendarDate } from '@shared/calendar/calendarDate'

describe('convertCell: the value and its type follow the column kind', () => {
  it.each([
    ['money', 5161, 51.61],
    ['money', -123_456, -1234.56],
    ['date', '2026-11-10', 46_336],
    ['integer', 31, 31],
    ['minutes', 120.25, 120.25],
    ['percent', 0.875, 0.875],
    ['flag', true, 'ja'],
    ['flag', false, null],
    ['text', 1000, '1000'],
    ['text', '=1+1', `'=1+1`],
    ['longText', '', null],
    ['followUp', 'ignored', null],
    ['money', null, null],
    ['date', null, null],
  ] as const)('%s %j → %j', (kind, raw, expected) => {
    expect(convertCell(kind, raw, 'kolom').value).toBe(expected)
  })

  it('refuses a value of the wrong type instead of writing a wrong cell', () => {
    expect(() => convertCell('money', '12,50', 'Bedrag')).toThrow(/Bedrag/)
    expect(() => convertCell('money', 12.5, 'Bedrag')).toThrow(RangeError)
    expect(() => convertCell('date', 46_336, 'Van')).toThrow(TypeError)
    expect(() => convertCell('date', '10-11-2026', 'Van')).toThrow(RangeError)
    expect(() => convertCell('flag', 'ja', 'Vlag')).toThrow(TypeError)
  })

  it('measures the shown length: euro amounts with grouping, the longest line of text', () => {
    expect(convertCell('money', 123_456, 'x').length).toBe('€ 1.234,56'.length)
    expect(convertCell('text', 'kort\nveel langere regel', 'x').length).toBe('veel langere regel'.length)
  })

  it('counts Dutch thousands separators without formatting', () => {
    expect([0, 9, 10, 999, 1000, 999_999, 1_000_000].map(groupedLength)).toEqual([1, 1, 2, 3, 5, 7, 9])
  })

  // The widths are counted instead of formatted (100,000 rows); these properties keep the count honest.
  it('counts euro amounts exactly as formatMoney shows them', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(shownLength('money', cents)).toBe(formatMoney(cents).length)
      }),
    )
  })

  it('counts minutes and whole numbers as the grouped Dutch display, never shorter', () => {
    const shown = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (hundredths) => {
        const minutes = hundredths / 100
        const length = shownLength('integer', minutes)
        // Ties like 2,95 may round down in binary and keep a decimal Intl drops: at most two more.
        expect(length).toBeGreaterThanOrEqual(shown.format(minutes).length)
        expect(length).toBeLessThanOrEqual(shown.format(minutes).length + 2)
        expect(shownLength('minutes', minutes)).toBe(length + 2)
      }),
    )
    expect(shownLength('integer', 1234)).toBe('1.234'.length)
    expect(shownLength('minutes', 1234.5)).toBe('1.234,5'.length + 2)
  })

  it('counts text as written: the longest line, with the apostrophe the guard adds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        const written = safeText(text)
        const longest = written === '' ? 0 : Math.max(...written.split(/\r\n|\r|\n/).map((l) => l.length))
        // Dropped control characters are still counted: never narrower than what is written.
        expect(shownLength('text', text)).toBeGreaterThanOrEqual(longest)
      }),
    )
    expect(shownLength('text', '=1+1')).toBe(5)
    expect(shownLength('longText', 'kort\r\nveel langere regel')).toBe(18)
    expect(shownLength('date', '2026-11-10')).toBe(10)
    expect(shownLength('flag', true)).toBe(2)
    expect(shownLength('money', '12,50')).toBe(0)
  })

  it('uses the Dutch formats: euro and dd-mm-jjjj', () => {
    expect(numberFormatOf('money')).toBe('"€" #,##0.00;"€" -#,##0.00')
    expect(numberFormatOf('date')).toBe('dd-mm-yyyy')
    expect(numberFormatOf('percent')).toBe(NUMBER_FORMATS.percent)
    expect(numberFormatOf('text')).toBeUndefined()
  })
})

describe('column layout', () => {
  it('fits the longest value, within the limits of the kind', () => {
    expect(layoutColumn({ header: 'Naam', kind: 'text' }, 20).width).toBe(22)
    expect(layoutColumn({ header: 'Naam', kind: 'text' }, 200).width).toBe(36)
    expect(layoutColumn({ header: 'Naam', kind: 'text', maxWidth: 30 }, 200).width).toBe(30)
    expect(layoutColumn({ header: 'Bedrag', kind: 'money' }, 0).width).toBe(12)
  })

  it('leaves room for the longest header word and the filter button', () => {
    expect(layoutColumn({ header: 'Registratieminuten', kind: 'minutes' }, 5).width).toBe(20)
    expect(layoutColumn({ header: 'Gefactureerde dagen', kind: 'integer', maxWidth: 20 }, 2).width).toBe(16)
  })

  it('aligns numbers right, flags centred, text left with a space after a number column', () => {
    expect(layoutColumn({ header: 'x', kind: 'money' }, 1)).toMatchObject({ horizontal: 'right', indent: 0, wrap: false })
    expect(layoutColumn({ header: 'x', kind: 'flag' }, 1).horizontal).toBe('center')
    expect(layoutColumn({ header: 'x', kind: 'text' }, 1, 'minutes')).toMatchObject({ horizontal: 'left', indent: 1, wrap: true })
    expect(layoutColumn({ header: 'x', kind: 'text' }, 1, 'text').indent).toBe(0)
  })

  it('counts header lines, with \\n as a forced break', () => {
    expect(headerLines('Naam', 10)).toBe(1)
    expect(headerLines('Inbegrepen minuten', 12)).toBe(2)
    expect(headerLines('Registratie-\nminuten', 30)).toBe(2)
  })

  it('counts wrapped lines as word-by-word wrapping does, paragraph by paragraph', () => {
    // The plain algorithm, kept here as the reference for the faster scan in columns.ts.
    const reference = (text: string, width: number): number => {
      const perLine = Math.max(1, Math.floor(width) - 2)
      let lines = 0
      for (const paragraph of text.split(/\r\n|\r|\n/)) {
        let used = 0
        lines++
        for (const word of paragraph.split(' ')) {
          if (used === 0) used = Math.min(word.length, perLine)
          else if (used + 1 + word.length <= perLine) used += 1 + word.length
          else {
            lines += Math.max(1, Math.ceil(word.length / perLine))
            used = word.length % perLine
          }
        }
      }
      return lines
    }
    const words = fc.array(fc.constantFrom('a', 'bb', 'woord', 'veellangerwoord', ' ', '\n', '\r\n', '\r', 'Bea Begeleider', '06 12345678'), { maxLength: 30 })
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (parts, width) => {
        const text = parts.join('')
        expect(textLines(text, width)).toBe(reference(text, width))
      }),
    )
  })

  it('estimates the lines of wrapped text for the row height', () => {
    expect(textLines('kort', 20)).toBe(1)
    expect(textLines('Bea Begeleider\n06 12345678', 20)).toBe(2)
    expect(textLines('een twee drie vier vijf zes zeven acht negen tien', 20)).toBe(3)
  })
})

describe('cell references and sheet names', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters)
  })

  it('builds ranges and quotes sheet names for formulas', () => {
    expect(columnRange(8, 6, 40)).toBe('H6:H40')
    expect(sheetPrefix('Cliëntenoverzicht')).toBe("'Cliëntenoverzicht'!")
    expect(sheetPrefix("Zorg 'De Brug'")).toBe("'Zorg ''De Brug'''!")
  })

  it('makes sheet names Excel accepts', () => {
    expect(safeSheetName('Noord/Zuid [2026]?')).toBe('Noord-Zuid -2026--')
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31)
    expect(safeSheetName("'")).toBe('Blad')
  })
})

describe('print setup', () => {
  it('is A4, one page wide, as long as needed, with the header row repeated', () => {
    expect(printPageSetup('landscape', 5)).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
    })
    expect(printPageSetup('portrait', null)).not.toHaveProperty('printTitlesRow')
  })

  it('turns wide tables landscape', () => {
    expect(orientationFor(80)).toBe('portrait')
    expect(orientationFor(130)).toBe('landscape')
  })

  it('puts page X of Y and the generation date in the footer, escaping &', () => {
    const hf = pageHeaderFooter({ title: 'Verbruik Zorg & Welzijn 2026-11', organisation: 'Zorg op Afstand', generatedOn: parseCalendarDate('2026-12-01') })
    expect(hf.oddFooter).toBe('&L&8Verbruik Zorg && Welzijn 2026-11&C&8Pagina &P van &N&R&8Aangemaakt op 01-12-2026')
    expect(hf.oddHeader).toBe('&L&8Zorg op Afstand&R&8Verbruik Zorg && Welzijn 2026-11')
    expect(escapeHeaderFooterText('a\nb')).toBe('a b')
  })
})
