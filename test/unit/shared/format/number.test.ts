import { describe, expect, it } from 'vitest'
import { formatCount, formatMinutes, formatPercent } from '@shared/format/number'

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [90, '90 min'],
    [1234, '1.234 min'],
    [12.5, '12,5 min'],
    [12.25, '12,3 min'],
  ])('%d → %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text)
  })
})

describe('formatPercent', () => {
  it.each([
    [10, '10%'],
    [21, '21%'],
    [10.5, '10,5%'],
    [150, '150%'],
    [0, '0%'],
  ])('%d → %s', (percent, text) => {
    expect(formatPercent(percent)).toBe(text)
  })

  it('rounds to the requested number of decimals', () => {
    expect(formatPercent(33.333, 0)).toBe('33%')
    expect(formatPercent(33.333, 2)).toBe('33,33%')
  })
})

describe('formatCount', () => {
  it('groups thousands with a dot', () => {
    expect(formatCount(5000)).toBe('5.000')
    expect(formatCount(100000)).toBe('100.000')
  })
})
