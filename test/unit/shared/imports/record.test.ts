import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importRecordOf, partnersImportInput, usageImportInput } from '@shared/imports/record'
import { importRecordSchema, usageId, type Usage } from '@shared/model'
import { partner } from '../domain/fixtures'

const usage = (clientId: string, period: string, callMinutes = 1): Usage => ({
  id: usageId(clientId, period),
  clientId,
  partnerId: 'p1',
  period,
  callMinutes,
  registrationMinutes: 0,
  contacts: 1,
})
const MARK = { seq: 7, at: '2026-11-23T10:00:00.000Z', clerk: 'Opdrachtregel' }

describe('import record', () => {
  it("takes who, when and the chain position from the import's last audit entry, and is a valid record", () => {
    const input = partnersImportInput('p.csv', [{ id: 'p9' }], [{ id: 'p1' }], [partner({ id: 'p1' })])
    const record = importRecordOf(input, MARK, 'imp-1')
    expect(importRecordSchema.parse(record)).toEqual(record)
    expect(record).toMatchObject({
      id: 'imp-1',
      kind: 'partners',
      at: MARK.at,
      clerk: MARK.clerk,
      auditSeq: 7,
      counts: { created: 1, updated: 1 },
      created: { partners: ['p9'] },
    })
    expect(importRecordOf({ ...input, fileName: 'x'.repeat(600) }, MARK, 'imp-2').fileName).toHaveLength(500)
  })

  it('usage: every imported row is either created or replaced (kept as it was), and the counts say so', () => {
    const row = fc.record({ client: fc.constantFrom('c1', 'c2', 'c3'), period: fc.constantFrom('2026-10', '2026-11') })
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => `${r.client}|${r.period}` }),
        fc.uniqueArray(row, { selector: (r) => `${r.client}|${r.period}` }),
        (importing, stored) => {
          const imported = importing.map((r) => usage(r.client, r.period, 5))
          const importedIds = new Set(imported.map((u) => u.id))
          const before = stored.map((r) => usage(r.client, r.period)).filter((u) => importedIds.has(u.id))
          const input = usageImportInput('v.csv', imported, before)
          expect(new Set([...input.created.usage, ...input.before.usage.map((u) => u.id)])).toEqual(importedIds)
          expect(input.created.usage.filter((id) => before.some((u) => u.id === id))).toEqual([])
          expect(input.counts.created + input.counts.updated).toBe(imported.length)
          expect(input.before.usage).toEqual(before)
        },
      ),
    )
  })
})
