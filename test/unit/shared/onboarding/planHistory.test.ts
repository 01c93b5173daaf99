import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/calendar/dateMath'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { buildPeriods, periodsToRows, type PlanRow } from '@shared/onboarding/planHistory'

const d = (s: string) => s as CalendarDate
const row = (line: number, planId: string, from: string | null, until: string | null = null): PlanRow => ({
  line,
  planId,
  from: from === null ? null : d(from),
  until: until === null ? null : d(until),
})
const START = d('2025-03-10')

describe('buildPeriods', () => {
  it('makes one open period from the activation date when the row has no dates', () => {
    expect(buildPeriods([row(2, 'basis', null)], START, null)).toEqual({ ok: true, periods: [{ line: 2, planId: 'basis', from: START, until: null }] })
  })

  it('ends the last period at the deregistration and fills a missing until from the next row, whatever the file order', () => {
    const result = buildPeriods([row(5, 'plus', '2025-09-01'), row(4, 'basis', '2025-03-10')], START, d('2026-01-15'))
    expect(result).toEqual({
      ok: true,
      periods: [
        { line: 4, planId: 'basis', from: START, until: d('2025-09-01') },
        { line: 5, planId: 'plus', from: d('2025-09-01'), until: d('2026-01-15') },
      ],
    })
  })

  it('starts a row without from where the row above it ends', () => {
    const result = buildPeriods([row(2, 'basis', '2025-03-10', '2025-06-01'), row(3, 'plus', null)], START, null)
    expect(result.ok && result.periods.map((p) => [p.from, p.until])).toEqual([
      [START, d('2025-06-01')],
      [d('2025-06-01'), null],
    ])
  })

  it.each([
    ['a gap', [row(2, 'basis', '2025-03-10', '2025-06-01'), row(3, 'plus', '2025-06-05')], 3, 'onboarding.periodGap'],
    ['an overlap', [row(2, 'basis', '2025-03-10', '2025-06-10'), row(3, 'plus', '2025-06-05')], 3, 'onboarding.periodOverlap'],
    ['a first period after the activation', [row(7, 'basis', '2025-04-01')], 7, 'onboarding.periodStartNotActivation'],
    ['until on from', [row(2, 'basis', '2025-03-10', '2025-03-10')], 2, 'onboarding.periodUntilNotAfterFrom'],
    ['an end while active', [row(2, 'basis', '2025-03-10', '2025-12-01')], 2, 'onboarding.periodEndsWhileActive'],
    ['a missing from after an open row', [row(2, 'basis', '2025-03-10'), row(3, 'plus', null)], 3, 'onboarding.periodFromMissing'],
  ])('names the row that makes %s', (_name, rows, line, code) => {
    const result = buildPeriods(rows, START, null)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.line).toBe(line)
      expect(result.problem.code).toBe(code)
    }
  })

  it('refuses a last period that ends elsewhere than the deregistration, and one that starts after it', () => {
    const end = d('2025-08-01')
    const wrongEnd = buildPeriods([row(2, 'basis', '2025-03-10', '2025-07-01')], START, end)
    expect(!wrongEnd.ok && wrongEnd.problem).toEqual({
      code: 'onboarding.periodEndNotDeregistration',
      params: { until: '01-07-2025', effective: '01-08-2025' },
    })
    const after = buildPeriods([row(2, 'basis', '2025-03-10'), row(3, 'plus', '2025-08-01')], START, end)
    expect(!after.ok && [after.line, after.problem.code]).toEqual([3, 'onboarding.periodAfterEnd'])
  })
})

/** Valid histories: contiguous periods from START, each 1–400 days, the last open or ending at the end. */
const histories = fc
  .record({
    lengths: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }),
    plans: fc.array(fc.constantFrom('waakvlam', 'basis', 'plus', 'intensief'), { minLength: 8, maxLength: 8 }),
    ended: fc.boolean(),
  })
  .map(({ lengths, plans, ended }) => {
    let from = START
    return lengths.map((days, i) => {
      const until = addDays(from, days)
      const period = { planId: plans[i]!, from, until: i === lengths.length - 1 && !ended ? null : until }
      from = until
      return period
    })
  })

describe('buildPeriods (properties)', () => {
  it('round trip: periods → rows → periods gives the same periods, in any row order', () => {
    fc.assert(
      fc.property(histories, fc.func(fc.integer()), (periods, key) => {
        const end = periods.at(-1)!.until
        const rows = periodsToRows(periods)
        const shuffled = [...rows].sort((a, b) => key(a.line) - key(b.line) || a.line - b.line)
        const result = buildPeriods(shuffled, START, end)
        expect(result.ok && result.periods.map(({ planId, from, until }) => ({ planId, from, until }))).toEqual(periods)
      }),
    )
  })

  it('rows that leave every until out (in date order) give the same periods', () => {
    fc.assert(
      fc.property(histories, (periods) => {
        const rows = periodsToRows(periods).map((r) => ({ ...r, until: null }))
        const result = buildPeriods(rows, START, periods.at(-1)!.until)
        expect(result.ok && result.periods.map(({ planId, from, until }) => ({ planId, from, until }))).toEqual(periods)
      }),
    )
  })

  it('whatever the rows, an accepted history covers start to end without gap or overlap; a refused one names a row of the file', () => {
    const dates = fc.option(
      fc.integer({ min: -5, max: 500 }).map((n) => addDays(START, n)),
      { nil: null },
    )
    const rowsArb = fc.array(fc.record({ planId: fc.constant('basis'), from: dates, until: dates }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(
        rowsArb,
        fc.option(
          fc.integer({ min: 1, max: 600 }).map((n) => addDays(START, n)),
          { nil: null },
        ),
        (raw, end) => {
          const rows = raw.map((r, i) => ({ ...r, line: i + 2 }))
          const result = buildPeriods(rows, START, end)
          if (!result.ok) {
            expect(rows.map((r) => r.line)).toContain(result.line)
            return
          }
          const periods = result.periods
          expect(periods[0]!.from).toBe(START)
          expect(periods.at(-1)!.until).toBe(end)
          for (const [i, p] of periods.entries()) {
            if (p.until !== null) expect(p.until > p.from).toBe(true)
            if (i > 0) expect(p.from).toBe(periods[i - 1]!.until)
          }
        },
      ),
    )
  })

  it('taking out a middle row of a valid history is refused at the row after the gap', () => {
    fc.assert(
      fc.property(
        histories.filter((p) => p.length >= 3),
        fc.nat(),
        (periods, pick) => {
          const rows = periodsToRows(periods)
          const drop = 1 + (pick % (rows.length - 2))
          const result = buildPeriods(
            rows.filter((_, i) => i !== drop),
            START,
            periods.at(-1)!.until,
          )
          expect(!result.ok && [result.line, result.problem.code]).toEqual([rows[drop + 1]!.line, 'onboarding.periodGap'])
        },
      ),
    )
  })
})
