import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoData } from '@shared/demo'
import { parseCalendarDate } from '@shared/model'
import { clientRowsPage, type ClientFilter } from '@renderer/data/repositories/clientList'
import { testData, type TestData } from './testDb'

const demo = generateDemoData({ seed: 5, partners: 4, clients: 600, months: 1, today: parseCalendarDate('2026-11-23') })
const partnerId = demo.partners[1]?.id ?? ''

describe('client list queries', () => {
  let data: TestData
  beforeAll(async () => {
    data = testData()
    await data.repos.database.loadDemoData(demo)
  })

  const filters: ClientFilter[] = [
    {},
    { status: 'actief' },
    { planId: 'voorbeeld-basis' },
    { status: 'actief', planId: 'voorbeeld-plus' },
    { search: 'b' },
    { search: 'jan', status: 'afgemeld' },
    { search: 'de', planId: 'voorbeeld-waakvlam' },
    { search: '0' },
    { partnerId, status: 'actief', search: 'm' },
    { partnerId, planId: 'voorbeeld-basis' },
  ]

  it.each(filters)('pages %j in list order with the right total, whichever strategy runs', async (filter) => {
    const all = await data.db.clients.toArray()
    const expected = all
      .filter((r) => (!filter.partnerId || r.partnerId === filter.partnerId) && (!filter.status || r.status === filter.status) && (!filter.planId || r.currentPlanId === filter.planId))
      .filter((r) => !filter.search || (/\d/.test(filter.search) ? r.searchNumber.startsWith(filter.search) : r.searchKeys.some((k) => k.startsWith(filter.search!))))
      .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.id < b.id ? -1 : 1))
      .map((r) => r.id)
    for (const threshold of [0, Number.POSITIVE_INFINITY]) {
      const first = await clientRowsPage(data.db, filter, 0, 20, threshold)
      const second = await clientRowsPage(data.db, filter, 20, 20, threshold)
      expect(first.total).toBe(expected.length)
      expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected.slice(0, 40))
    }
  })
})
