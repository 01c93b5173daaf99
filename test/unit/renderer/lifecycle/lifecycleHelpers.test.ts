import { describe, expect, it } from 'vitest'
import { parseCalendarDate as d } from '@shared/model'
import { RuleError } from '@renderer/data'
import { DraftReader, ruleFieldErrors } from '@renderer/stores/lifecycleDrafts'
import { setLocale } from '@renderer/i18n'

setLocale('nl')

describe('DraftReader', () => {
  it('reads Dutch dates and collects one message per field', () => {
    const read = new DraftReader()
    expect(read.date('a', '1-2-2026')).toBe('2026-02-01')
    expect(read.date('b', '', { required: false })).toBeNull()
    expect(read.ok).toBe(true)
    expect(read.date('c', '')).toBeNull()
    expect(read.date('d', '30-02-2026')).toBeNull()
    expect(read.date('e', '12-11-2026', { notAfter: d('2026-11-11') })).toBeNull()
    expect(read.text('g', '   ', 10)).toBe('')
    expect(read.text('h', 'x'.repeat(11), 10)).toHaveLength(11)
    expect(read.choice('i', '', 'Kies iets')).toBeNull()
    expect(read.choice('j', 'partner', 'Kies iets')).toBe('partner')
    read.fail('c', 'tweede melding')
    expect(read.ok).toBe(false)
    expect(read.errors).toEqual({
      c: 'Dit veld is verplicht',
      d: 'Ongeldige datum (dd-mm-jjjj)',
      e: 'Deze datum ligt in de toekomst (vandaag is 11-11-2026)',
      g: 'Dit veld is verplicht',
      h: 'Te lang',
      i: 'Kies iets',
    })
  })

  it('places a refused rule at its field when the screen has one for it', () => {
    const error = new RuleError('terugwerkende-kracht', { date: '01-11-2026', period: '2026-12', periodFrom: '26-11-2026' })
    expect(ruleFieldErrors(error, { 'terugwerkende-kracht': 'effectiveDate' })).toEqual({
      effectiveDate: 'Ingangsdatum 01-11-2026 ligt vóór de lopende facturatieperiode 2026-12 (vanaf 26-11-2026). Kies een ingangsdatum vanaf 26-11-2026.',
    })
    expect(ruleFieldErrors(error, {})).toBeNull()
    expect(ruleFieldErrors(new Error('x'), { 'terugwerkende-kracht': 'effectiveDate' })).toBeNull()
  })
})
