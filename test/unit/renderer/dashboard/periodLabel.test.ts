import { describe, expect, it } from 'vitest'
import { periodLabel } from '../../../../src/renderer/src/components/dashboard/periodLabel'
import { findDutch } from '../../../support/dutchText'

describe('a billing period as a chart label', () => {
  it('names the month in the UI language', () => {
    expect(periodLabel('2026-05', 'nl')).toBe('mei 2026')
    expect(periodLabel('2026-05', 'en')).toBe('May 2026')
    expect(periodLabel('2026-10', 'en')).toBe('Oct 2026')
  })

  it('has no Dutch month in English', () => {
    const labels = Array.from({ length: 12 }, (_, i) => periodLabel(`2026-${String(i + 1).padStart(2, '0')}`, 'en'))
    expect(findDutch(labels.join('\n'))).toEqual([])
    expect(findDutch(Array.from({ length: 12 }, (_, i) => periodLabel(`2026-${String(i + 1).padStart(2, '0')}`, 'nl')).join('\n')).map((f) => f.word)).toEqual([
      'mei',
    ])
  })
})
