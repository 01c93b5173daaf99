import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  NO_SIGNAL_FILTER,
  SIGNAL_LIST_KEYS,
  filterSignalLists,
  listsOpenByDefault,
  summariseSignalLists,
  type AnySignalList,
  type SignalListKey,
  type SignalRow,
} from '@shared/domain/signals'

const PARTNERS = ['p1', 'p2', 'p3'] as const
const CLERKS = ['Anna de Vries', 'Demo-medewerker'] as const

interface RowSpec {
  readonly clientId: string
  readonly partnerId: string
  readonly overdue: boolean
}

/** Only the fields the summary and the filters read; the rest of a row does not matter to them. */
function row(list: SignalListKey, spec: RowSpec): SignalRow {
  return { list, ...spec } as unknown as SignalRow
}

function lists(rows: Partial<Record<SignalListKey, RowSpec[]>>): AnySignalList[] {
  return SIGNAL_LIST_KEYS.map((key) => ({ key, rows: (rows[key] ?? []).map((spec) => row(key, spec)) }) as AnySignalList)
}

const rowSpec = fc.record({
  clientId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
  partnerId: fc.constantFrom(...PARTNERS),
  overdue: fc.boolean(),
})
const anyLists = fc
  .array(fc.array(rowSpec, { maxLength: 8 }), { minLength: SIGNAL_LIST_KEYS.length, maxLength: SIGNAL_LIST_KEYS.length })
  .map((perList) => lists(Object.fromEntries(SIGNAL_LIST_KEYS.map((key, i) => [key, perList[i]!]))))
const anyHandledBy = fc
  .array(fc.tuple(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'), fc.constantFrom(...CLERKS)))
  .map((pairs) => new Map<string, string>(pairs))

const total = (summary: { count: number }[]) => summary.reduce((n, l) => n + l.count, 0)

describe('summary of the signal lists', () => {
  it('lists only lists with rows, those with overdue rows first, otherwise in the lists’ order', () => {
    const summary = summariseSignalLists(
      lists({
        'aanmeldingen-verwerken': [{ clientId: 'c1', partnerId: 'p1', overdue: false }],
        'intakegesprek-plannen': [
          { clientId: 'c2', partnerId: 'p1', overdue: false },
          { clientId: 'c3', partnerId: 'p2', overdue: true },
        ],
        'afmeldingen-verwerken': [{ clientId: 'c4', partnerId: 'p2', overdue: true }],
        'geen-contact': [{ clientId: 'c5', partnerId: 'p3', overdue: false }],
      }),
    )
    expect(summary).toEqual([
      { key: 'intakegesprek-plannen', count: 2, overdue: 1 },
      { key: 'afmeldingen-verwerken', count: 1, overdue: 1 },
      { key: 'aanmeldingen-verwerken', count: 1, overdue: 0 },
      { key: 'geen-contact', count: 1, overdue: 0 },
    ])
    expect(listsOpenByDefault(summary)).toEqual(['intakegesprek-plannen', 'afmeldingen-verwerken'])
  })

  it('filters on partner and on the clerk who last handled the client', () => {
    const all = lists({
      'aanmeldingen-verwerken': [
        { clientId: 'c1', partnerId: 'p1', overdue: false },
        { clientId: 'c2', partnerId: 'p2', overdue: true },
      ],
      'geen-contact': [{ clientId: 'c3', partnerId: 'p1', overdue: false }],
    })
    const handledBy = new Map([
      ['c1', 'Anna de Vries'],
      ['c2', 'Anna de Vries'],
    ])
    expect(summariseSignalLists(filterSignalLists(all, { partnerId: 'p1', clerk: null }, handledBy))).toEqual([
      { key: 'aanmeldingen-verwerken', count: 1, overdue: 0 },
      { key: 'geen-contact', count: 1, overdue: 0 },
    ])
    expect(summariseSignalLists(filterSignalLists(all, { partnerId: null, clerk: 'Anna de Vries' }, handledBy))).toEqual([
      { key: 'aanmeldingen-verwerken', count: 2, overdue: 1 },
    ])
    expect(summariseSignalLists(filterSignalLists(all, { partnerId: 'p2', clerk: 'Demo-medewerker' }, handledBy))).toEqual([])
  })

  it('property: the counts filtered per partner add up to the unfiltered counts, list by list and overdue too', () => {
    fc.assert(
      fc.property(anyLists, (all) => {
        const whole = summariseSignalLists(all)
        const perPartner = PARTNERS.map((partnerId) => summariseSignalLists(filterSignalLists(all, { partnerId, clerk: null }, new Map())))
        expect(perPartner.reduce((n, s) => n + total(s), 0)).toBe(total(whole))
        for (const line of whole) {
          const parts = perPartner.map((s) => s.find((l) => l.key === line.key) ?? { count: 0, overdue: 0 })
          expect(parts.reduce((n, p) => n + p.count, 0)).toBe(line.count)
          expect(parts.reduce((n, p) => n + p.overdue, 0)).toBe(line.overdue)
        }
      }),
    )
  })

  it('property: a filter only removes rows, keeps their order, and no filter keeps every row', () => {
    fc.assert(
      fc.property(
        anyLists,
        anyHandledBy,
        fc.option(fc.constantFrom(...PARTNERS)),
        fc.option(fc.constantFrom(...CLERKS)),
        (all, handledBy, partnerId, clerk) => {
          expect(filterSignalLists(all, NO_SIGNAL_FILTER, handledBy)).toEqual(all)
          const filtered = filterSignalLists(all, { partnerId, clerk }, handledBy)
          filtered.forEach((list, i) => {
            const original: readonly SignalRow[] = all[i]!.rows
            const kept: readonly SignalRow[] = list.rows
            expect(kept).toEqual(original.filter((r) => kept.includes(r)))
            for (const r of kept) {
              if (partnerId !== null) expect(r.partnerId).toBe(partnerId)
              if (clerk !== null) expect(handledBy.get(r.clientId)).toBe(clerk)
            }
          })
        },
      ),
    )
  })

  it('property: overdue lists come first, each count is at least its overdue count, and none is empty', () => {
    fc.assert(
      fc.property(anyLists, (all) => {
        const summary = summariseSignalLists(all)
        const firstCalm = summary.findIndex((l) => l.overdue === 0)
        if (firstCalm >= 0) expect(summary.slice(firstCalm).every((l) => l.overdue === 0)).toBe(true)
        for (const line of summary) expect(line.count).toBeGreaterThanOrEqual(Math.max(1, line.overdue))
      }),
    )
  })
})
