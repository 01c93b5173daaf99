import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyImportRecords, type ImportRecord } from '@shared/model'
import { importRecordIds, isUndoable, undoBlock, type ImportAftermath } from '@shared/imports/undoable'

const record = (over: Partial<ImportRecord> = {}): ImportRecord => ({
  id: 'imp-1',
  kind: 'clients',
  at: '2026-11-23T10:00:00.000Z',
  clerk: 'Anna',
  fileName: 'clients.xlsx',
  counts: { created: 2, updated: 0 },
  auditSeq: 10,
  created: { ...emptyImportRecords(), clients: ['c1', 'c2'], subscriptionPeriods: ['p1'] },
  before: { partners: [], clients: [], usage: [] },
  ...over,
})
const nothing: ImportAftermath = { auditEntries: [], usage: [], invoices: [], clients: [], imports: [] }

describe('undoBlock', () => {
  it('allows an untouched import, and one whose own entries are named (not later)', () => {
    expect(undoBlock(record(), nothing)).toBeNull()
    expect(
      isUndoable(record(), {
        ...nothing,
        auditEntries: [
          { seq: 9, recordId: 'c1' },
          { seq: 10, recordId: 'c2' },
        ],
      }),
    ).toBe(true)
  })

  it('refuses an import already undone', () => {
    expect(undoBlock(record({ undone: { at: '2026-11-24T10:00:00.000Z', clerk: 'Anna' } }), nothing)).toBe('alreadyUndone')
  })

  it('refuses when a later audit entry names one of its records', () => {
    expect(undoBlock(record(), { ...nothing, auditEntries: [{ seq: 11, recordId: 'p1' }] })).toBe('laterChange')
  })

  it('refuses when usage or an invoice line refers to a client it created', () => {
    expect(undoBlock(record(), { ...nothing, usage: [{ id: 'c1|2026-11', clientId: 'c1', partnerId: 'x' }] })).toBe('usage')
    expect(undoBlock(record(), { ...nothing, invoices: [{ partnerId: 'x', period: '2026-11', lines: [{ clientId: 'c2' }] }] })).toBe('invoiced')
  })

  it('refuses a partners import once a client was added to one of its partners', () => {
    const partners = record({ kind: 'partners', created: { ...emptyImportRecords(), partners: ['pa'] } })
    expect(undoBlock(partners, { ...nothing, clients: [{ id: 'c9', partnerId: 'pa' }] })).toBe('dependentClients')
  })

  it('refuses a usage import that a later usage import overwrote or an invoice billed', () => {
    const usage = record({ kind: 'usage', created: { ...emptyImportRecords(), usage: ['c1|2026-10'] } })
    const later = { ...usage, auditSeq: 12, created: { ...emptyImportRecords(), usage: ['c1|2026-10'] } }
    expect(undoBlock(usage, { ...nothing, usage: [{ id: 'c1|2026-10', clientId: 'c1', partnerId: 'x' }] })).toBeNull()
    expect(undoBlock(usage, { ...nothing, imports: [later] })).toBe('laterImport')
    expect(undoBlock(usage, { ...nothing, imports: [{ ...later, undone: { at: '2026-11-24T10:00:00.000Z', clerk: 'A' } }] })).toBeNull()
    expect(undoBlock(usage, { ...nothing, invoices: [{ partnerId: 'x', period: '2026-10', lines: [{ clientId: 'c1' }] }] })).toBe('invoiced')
    expect(undoBlock(usage, { ...nothing, invoices: [{ partnerId: 'x', period: '2026-09', lines: [{ clientId: 'c1' }] }] })).toBeNull()
  })

  it('property: entries up to the import never block; any later entry naming a record does, any later entry naming something else does not', () => {
    const id = fc.constantFrom('c1', 'c2', 'p1', 'other', 'x9')
    fc.assert(
      fc.property(fc.array(fc.record({ seq: fc.integer({ min: 1, max: 30 }), recordId: id })), (entries) => {
        const r = record()
        const named = importRecordIds(r)
        const expected = entries.some((e) => e.seq > r.auditSeq && named.has(e.recordId))
        expect(isUndoable(r, { ...nothing, auditEntries: entries })).toBe(!expected)
      }),
    )
  })
})
