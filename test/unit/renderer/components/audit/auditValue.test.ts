import { describe, expect, it } from 'vitest'
import { auditValueText, changeKind, visibleChanges, type AuditWords } from '@renderer/components/audit/auditValue'

const words: AuditWords = {
  empty: 'leeg',
  yes: 'Ja',
  no: 'Nee',
  code: (field, value) => (field === 'status' && value === 'actief' ? 'Actief' : undefined),
  reference: (field, id) => (field === 'partnerId' && id === 'p1' ? 'Zorggroep Noord' : undefined),
}

describe('auditValueText', () => {
  it.each([
    ['notes', null, 'leeg'],
    ['notes', '', 'leeg'],
    ['active', true, 'Ja'],
    ['monthlyFeeCents', 123456, '€ 1.234,56'],
    ['includedMinutes', 60, '60'],
    ['usage', 50096, '50.096'],
    ['callMinutes', 12.5, '12,5'],
    ['activationDate', '2026-11-10', '10-11-2026'],
    ['bsn', '123456782', '*****6782'],
    ['status', 'actief', 'Actief'],
    ['partnerId', 'p1', 'Zorggroep Noord'],
    ['registrationPlanId', 'gone', 'gone'],
    [
      'representatives',
      [
        { name: 'Jan', role: 'mentor' },
        { name: 'Els', role: 'ouder' },
      ],
      'Jan, Els',
    ],
    ['representatives', [], 'leeg'],
    ['lastName', 'Bakker', 'Bakker'],
  ])('%s: %j → %s', (field, value, text) => {
    expect(auditValueText(field, value, words)).toBe(text)
  })
})

describe('visibleChanges', () => {
  it('leaves out the record id and fields that were and stay empty', () => {
    const changes = [
      { field: 'id', before: null, after: 'c1' },
      { field: 'firstName', before: null, after: 'Anna' },
      { field: 'notes', before: null, after: '' },
      { field: 'representatives', before: null, after: [] },
      { field: 'lastName', before: 'Bakker', after: 'Jansen' },
    ]
    expect(visibleChanges(changes).map((c) => c.field)).toEqual(['firstName', 'lastName'])
  })
})

describe('changeKind', () => {
  it('tells a new value, a removed one and a change apart', () => {
    expect(changeKind({ field: 'x', before: null, after: 5 })).toBe('new')
    expect(changeKind({ field: 'x', before: 'a', after: '' })).toBe('gone')
    expect(changeKind({ field: 'x', before: 'a', after: 'b' })).toBe('changed')
    expect(changeKind({ field: 'x', before: true, after: false })).toBe('changed')
  })
})
