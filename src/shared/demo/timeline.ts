import { billingPeriod, periodContaining, periodNameOf, previousPeriodName, shiftPeriodName } from '../calendar/billingPeriod'
import type { CalendarDate } from '../calendar/calendarDate'
import { fromDayNumber, toDayNumber } from '../calendar/dateMath'
import type { PeriodName } from '../model/common'

/** A billing period as day numbers, for fast overlap arithmetic. */
export interface PeriodDays {
  readonly name: PeriodName
  readonly from: number
  /** Exclusive. */
  readonly until: number
  readonly days: number
}

/** The calendar the demo data is placed in, fixed by `today` (the clock is never read). */
export interface DemoTimeline {
  readonly today: CalendarDate
  readonly todayN: number
  readonly startDay: number
  /** The complete billing periods with usage, oldest first; the last one ends before today's period. */
  readonly usagePeriods: readonly PeriodDays[]
  /** Activations start this long before the first usage period, so some clients have run for years. */
  readonly earliestActivationN: number
  /** First day of the billing period after the one containing day `n` (where plan changes take effect). */
  nextPeriodStart(n: number): number
}

export function makeTimeline(today: CalendarDate, months: number, startDay: number): DemoTimeline {
  const last = previousPeriodName(periodNameOf(today, startDay))
  const usagePeriods = Array.from({ length: months }, (_, i) => {
    const period = billingPeriod(shiftPeriodName(last, i - months + 1), startDay)
    return { name: period.name, from: toDayNumber(period.from), until: toDayNumber(period.until), days: period.days }
  })
  const first = usagePeriods[0]
  if (!first) throw new RangeError('Minstens één maand verbruik nodig')
  const nextStart = new Map<number, number>()
  return {
    today,
    todayN: toDayNumber(today),
    startDay,
    usagePeriods,
    earliestActivationN: first.from - 365,
    nextPeriodStart(n) {
      let start = nextStart.get(n)
      if (start === undefined) {
        start = toDayNumber(periodContaining(fromDayNumber(n), startDay).until)
        nextStart.set(n, start)
      }
      return start
    },
  }
}
