import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SignalData } from '@shared/domain'
import { changedClients } from '@renderer/workers/changedClients'
import { PLANS, SETTINGS, changeRequest, client, d, partner, period, usage } from '../../shared/domain/fixtures'

const IDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']

/** Tables in the order the worker reads them: clients by id, periods by start, usage by period then id. */
const BEFORE: SignalData = {
  today: d('2026-12-07'),
  settings: SETTINGS,
  partners: [partner({ id: 'p1' })],
  plans: PLANS,
  clients: IDS.map((id) => client({ id })),
  subscriptionPeriods: IDS.map((id, i) => period(id, 'plus', `2026-0${i + 1}-01`, null, `sp-${id}`)),
  changeRequests: [changeRequest({ id: 'cr1', clientId: 'c2' })],
  deregistrations: [],
  usage: ['2026-10', '2026-11'].flatMap((p) => IDS.map((id) => usage(id, p, 30))),
}

describe('changedClients: what differs between two states of the kept tables', () => {
  it('nothing when every record is the very same object, even in new arrays', () => {
    expect(changedClients(BEFORE, BEFORE, 10)).toEqual(new Set())
    expect(changedClients(BEFORE, { ...BEFORE, clients: [...BEFORE.clients], usage: [...BEFORE.usage] }, 10)).toEqual(new Set())
  })

  it('a record replaced, added or gone names its client', () => {
    const after: SignalData = {
      ...BEFORE,
      clients: BEFORE.clients.map((c) => (c.id === 'c3' ? { ...c, lastName: 'Visser' } : c)),
      changeRequests: [],
      deregistrations: [
        { id: 'x', clientId: 'c5', receivedDate: d('2026-12-01'), requestedDate: d('2026-12-31'), effectiveDate: d('2026-12-31'), processedDate: null },
      ],
      usage: BEFORE.usage.filter((u) => u.id !== 'c6|2026-10'),
    }
    expect(changedClients(BEFORE, after, 10)).toEqual(new Set(['c3', 'c2', 'c5', 'c6']))
  })

  it('null once more clients changed than the limit: a table read whole has only new objects', () => {
    const readAgain = { ...BEFORE, clients: BEFORE.clients.map((c) => ({ ...c })) }
    expect(changedClients(BEFORE, readAgain, IDS.length)).toEqual(new Set(IDS))
    expect(changedClients(BEFORE, readAgain, IDS.length - 1)).toBeNull()
  })

  it('never misses a change, whatever order the tables are in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(IDS), fc.shuffledSubarray(BEFORE.usage.map((_, i) => i)), (replaced, usageOrder) => {
        const fresh = new Set(replaced)
        const after: SignalData = {
          ...BEFORE,
          clients: BEFORE.clients.map((c) => (fresh.has(c.id) ? { ...c } : c)).reverse(),
          usage: usageOrder.map((i) => BEFORE.usage[i]!),
        }
        const dropped = BEFORE.usage.filter((_, i) => !usageOrder.includes(i)).map((u) => u.clientId)
        const found = changedClients(BEFORE, after, IDS.length)
        for (const id of [...replaced, ...dropped]) expect(found?.has(id)).toBe(true)
      }),
    )
  })
})
