import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { estimatedScale, keepTotalsBreak, printableHeightPt } from '../../../../src/main/excel/pageFlow'

// Title 20, subtitle 15, blank 15, header 18 (row 4), data rows of 15, totals 15: a page of 100 pt holds the
// title block and 3 data rows; further pages the repeated header (18) and 5 rows.
function flow(dataRows: number, keep = 2, pageHeight = 100) {
  const heights = [20, 15, 15, 18, ...Array.from({ length: dataRows }, () => 15), 15]
  return keepTotalsBreak({ heights, pageHeight, headerRow: 4, firstDataRow: 5, totalsRow: 5 + dataRows, keep })
}

describe('keepTotalsBreak', () => {
  it('leaves the automatic breaks alone when the total has company', () => {
    expect(flow(1)).toBeNull() // all on page 1 (83 of 100 pt)
    expect(flow(5)).toBeNull() // page 2: rows 8, 9 and the total (45 of 82)
  })

  it('moves the last two rows to the next page when the total would be alone or with one row', () => {
    // 3 data rows fill page 1 exactly (98 pt): the total would be alone on page 2.
    expect(flow(3)).toBe(8 - 2)
    // 8 data rows: page 2 holds rows 8–12 (75 of 82): the total would start page 3 alone.
    expect(flow(8)).toBe(13 - 2)
  })

  it('does not break before the first data row', () => {
    expect(flow(2, 2, 60)).toBeNull()
  })

  it('property: with the break applied, the totals page holds at least `keep` data rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 200 }), fc.integer({ min: 60, max: 800 }), (dataRows, pageHeight) => {
        const at = flow(dataRows, 2, pageHeight)
        if (at === null) return true
        return 5 + dataRows - at === 2
      }),
    )
  })

  it('estimates the scale: fixed, or what fit-to-width shrinks to', () => {
    expect(estimatedScale('landscape', 300, { scale: 82 })).toBe(0.82)
    expect(estimatedScale('portrait', 50, null)).toBe(1)
    expect(estimatedScale('portrait', 200, null)).toBeCloseTo(697.7 / 1400, 2)
    expect(printableHeightPt('portrait')).toBeCloseTo(733.9, 1)
  })
})
