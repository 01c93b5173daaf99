import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeSignalLists, updateSignalLists } from '@shared/domain/signals'
import { BEFORE, clerkEdits, edited } from '../clerkEdits'
import { d } from '../fixtures'

describe('signal lists brought up to date client by client', () => {
  const lists = computeSignalLists(BEFORE)

  it('the demo data puts clients on every list, so every list is tested', () => {
    expect(lists.filter((l) => l.rows.length === 0).map((l) => l.key)).toEqual([])
  })

  it('equal the lists computed whole after any clerk’s work on a few clients', () => {
    fc.assert(
      fc.property(clerkEdits, (edits) => {
        const { after, touched } = edited(edits)
        expect(updateSignalLists({ data: BEFORE, lists }, after, touched)).toEqual(computeSignalLists(after))
      }),
      { numRuns: 60 },
    )
  })

  it('a client named but unchanged keeps its rows; nothing named, nothing changes', () => {
    const named = new Set(lists.flatMap((l) => l.rows.slice(0, 2).map((r) => r.clientId)))
    expect(updateSignalLists({ data: BEFORE, lists }, { ...BEFORE }, named)).toEqual(lists)
    expect(updateSignalLists({ data: BEFORE, lists }, { ...BEFORE }, new Set())).toEqual(lists)
  })

  it('computes all again when what all clients share differs: another day, settings, plans or imported periods', () => {
    const noClient = new Set<string>()
    const otherDay = { ...BEFORE, today: d('2026-12-28') }
    expect(updateSignalLists({ data: BEFORE, lists }, otherDay, noClient)).toEqual(computeSignalLists(otherDay))
    const closed = { ...BEFORE, settings: { ...BEFORE.settings, extraClosingDays: [d('2026-12-08')] } }
    expect(updateSignalLists({ data: BEFORE, lists }, closed, noClient)).toEqual(computeSignalLists(closed))
    const renamedPlans = { ...BEFORE, plans: BEFORE.plans.map((p) => ({ ...p, name: `${p.name} (nieuw)` })) }
    expect(updateSignalLists({ data: BEFORE, lists }, renamedPlans, noClient)).toEqual(computeSignalLists(renamedPlans))
    const lastPeriod = BEFORE.usage.reduce((last, u) => (u.period > last ? u.period : last), '')
    const withoutLast = { ...BEFORE, usage: BEFORE.usage.filter((u) => u.period !== lastPeriod) }
    expect(updateSignalLists({ data: BEFORE, lists }, withoutLast, noClient)).toEqual(computeSignalLists(withoutLast))
  })
})
