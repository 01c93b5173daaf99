import type { PlannerClock } from '@shared/domain/lifecycle/intake'
import { todayInAmsterdam } from '../../composables/today'

const TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** Today and the wall-clock time in Amsterdam: the planner offers no time that has passed. */
export function plannerClock(now: Date = new Date()): PlannerClock {
  const parts = Object.fromEntries(TIME.formatToParts(now).map((p) => [p.type, p.value]))
  return { today: todayInAmsterdam(now), nowTime: `${parts.hour ?? '00'}:${parts.minute ?? '00'}` }
}
