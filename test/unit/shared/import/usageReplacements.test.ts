import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { usageId, type Usage } from '@shared/model'
import { usageMinutes, usageReplacements } from '@shared/import/usageReplacements'

const usage = (clientId: string, period: string, callMinutes: number, registrationMinutes = 0): Usage => ({
  id: usageId(clientId, period),
  clientId,
  partnerId: 'p',
  period,
  callMinutes,
  registrationMinutes,
  contacts: 1,
})

describe('usageReplacements', () => {
  it('lists old → new per replaced client and period, and the change in total minutes', () => {
    const stored = [usage('a', '2026-10', 10, 2), usage('b', '2026-10', 5)]
    const result = usageReplacements(stored, [usage('b', '2026-10', 7.5), usage('a', '2026-10', 3), usage('c', '2026-10', 4)])
    expect(result.rows).toEqual([
      { id: 'a|2026-10', clientId: 'a', period: '2026-10', before: 12, after: 3 },
      { id: 'b|2026-10', clientId: 'b', period: '2026-10', before: 5, after: 7.5 },
    ])
    expect(result).toMatchObject({ minutesBefore: 17, minutesAfter: 10.5, totalChange: -2.5 })
  })

  it('property: the total change is what storing the rows changes the stored total by', () => {
    const row = fc.record({ client: fc.constantFrom('a', 'b', 'c', 'd'), call: fc.integer({ min: 0, max: 50000 }), reg: fc.integer({ min: 0, max: 5000 }) })
    const rows = fc.uniqueArray(row, { selector: (r) => r.client })
    fc.assert(
      fc.property(rows, rows, (old, imported) => {
        const stored = old.map((r) => usage(r.client, '2026-10', r.call / 100, r.reg / 100))
        const file = imported.map((r) => usage(r.client, '2026-10', r.call / 100, r.reg / 100))
        const merged = new Map([...stored, ...file].map((u) => [u.id, u]))
        const total = (list: Iterable<Usage>) => Math.round([...list].reduce((s, u) => s + usageMinutes(u) * 100, 0))
        expect(Math.round(usageReplacements(stored, file).totalChange * 100)).toBe(total(merged.values()) - total(stored))
      }),
    )
  })
})
