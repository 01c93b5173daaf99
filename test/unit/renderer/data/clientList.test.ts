import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoData } from '@shared/demo'
import { parseCalendarDate, type ClientStatus } from '@shared/model'
import { normaliseSearchText, toClientRow } from '@renderer/data/clientRows'
import type { ClientRow } from '@renderer/data/db'
import {
  cachedClientCount,
  clientRowsSlice,
  countClientRows,
  knownClientCount,
  type ClientFilter,
  type ClientListKey,
} from '@renderer/data/repositories/clientList'
import { clientsTable } from '@renderer/data/repositories/clientRanges'
import { nameSearch } from '@renderer/data/repositories/clientSearch'
import { testData, type TestData } from './testDb'

const demo = generateDemoData({ seed: 5, partners: 4, clients: 600, months: 1, today: parseCalendarDate('2026-11-23') })
const partnerId = demo.partners[1]?.id ?? ''
const template = demo.clients[0]!

/**
 * Names the demo generator does not make: first names with a space, last names of prefix words only,
 * many clients with the same name (ties in the sort order) and one client number at several partners.
 */
function extraRows(): ClientRow[] {
  const people: [string, string, ClientStatus, string][] = [
    ['Anne Marie', "van 't Hof", 'aangemeld', 'voorbeeld-compleet'],
    ['Anne', 'Marie', 'actief', 'voorbeeld-basis'],
    ['Jan', 'van den Berg', 'afgemeld', 'voorbeeld-compleet'],
    ['Jan', 'Jansen', 'aangemeld', 'voorbeeld-plus'],
    ['Jan', 'Berg', 'actief', 'voorbeeld-compleet'],
    ['Van', 'Dam', 'actief', 'voorbeeld-basis'],
    ['Ed', 'van', 'aangemeld', 'voorbeeld-basis'],
    ['Els', 'de Vries-Bakker', 'actief', 'voorbeeld-waakvlam'],
  ]
  const rows = people.map(([firstName, lastName, status, planId], i) =>
    toClientRow({ ...template, id: `extra-${i}`, firstName, lastName, status, clientNumber: `X-${i}` }, planId),
  )
  for (let i = 0; i < 30; i++) {
    const partner = demo.partners[i % demo.partners.length]!.id
    rows.push(
      toClientRow(
        {
          ...template,
          id: `same-${String(i).padStart(2, '0')}`,
          partnerId: partner,
          firstName: 'Kees',
          lastName: 'de Boer',
          clientNumber: `77${i % 3}-${Math.floor(i / 12)}`,
          status: i % 5 ? 'actief' : 'afgemeld',
        },
        i % 2 ? 'voorbeeld-basis' : 'voorbeeld-plus',
      ),
    )
  }
  return rows
}

/** The list by definition: every row, filtered and sorted in plain code. */
function expected(all: ClientRow[], filter: ClientFilter): string[] {
  const term = normaliseSearchText(filter.search ?? '')
  const byNumber = /\d/.test(term)
  const order = (r: ClientRow) => (byNumber ? r.searchNumber : r.sortName)
  return all
    .filter(
      (r) =>
        (!filter.partnerId || r.partnerId === filter.partnerId) &&
        (!filter.status || r.status === filter.status) &&
        (!filter.planId || r.currentPlanId === filter.planId),
    )
    .filter((r) => !term || (byNumber ? r.searchNumber.startsWith(term) : r.searchKeys.some((k) => k.startsWith(term))))
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => r.id)
}

const searches = [
  '',
  'b',
  'e',
  'de',
  'van',
  'van d',
  'van den b',
  "van 't",
  'de vr',
  'jan',
  'jan van',
  'jan van den berg',
  'jan jansen',
  'jan berg',
  'anne',
  'anne m',
  'anne marie van',
  'marie',
  'kees de',
  'boer kees',
  'el',
  'vis',
  'qqq',
  '0',
  '00',
  '77',
  'x-',
  '1',
]
const filters: ClientFilter[] = [
  {},
  { status: 'actief' },
  { status: 'aangemeld' },
  { planId: 'voorbeeld-compleet' },
  { status: 'afgemeld', planId: 'voorbeeld-plus' },
  { partnerId },
  { partnerId, status: 'actief' },
  { partnerId, planId: 'voorbeeld-basis', status: 'actief' },
]

describe('client list queries', () => {
  let data: TestData
  let all: ClientRow[]
  beforeAll(async () => {
    data = testData()
    await data.repos.database.loadDemoData(demo)
    await data.db.clients.bulkAdd(extraRows())
    all = await data.db.clients.toArray()
  })

  const cases = filters.flatMap((filter) => searches.map((search) => (search ? { ...filter, search } : filter)))

  it.each(cases)('%j: pages from anchors, jumps and the count match the definition', async (filter) => {
    const ids = expected(all, filter)
    const read = (offset: number, limit: number, anchor?: { offset: number; key: ClientListKey }, total?: number) =>
      data.db.transaction('r', data.db.clients, () => clientRowsSlice(data.db, filter, { offset, limit, anchor, total }))

    // Page by page, each page starting at the previous page's end.
    const seen: string[] = []
    let anchor: { offset: number; key: ClientListKey } | undefined
    for (let page = 0; page < 4; page++) {
      const slice = await read(page * 7, 7, anchor)
      seen.push(...slice.rows.map((r) => r.id))
      expect(slice.hasMore).toBe(ids.length > (page + 1) * 7)
      if (!slice.end) break
      anchor = { offset: (page + 1) * 7, key: slice.end }
    }
    expect(seen).toEqual(ids.slice(0, 28))

    // A jump: from the start, from an anchor, and (with the total known) the last page from the end.
    expect((await read(16, 5)).rows.map((r) => r.id)).toEqual(ids.slice(16, 21))
    if (anchor) expect((await read(anchor.offset + 9, 5, anchor)).rows.map((r) => r.id)).toEqual(ids.slice(anchor.offset + 9, anchor.offset + 14))
    const lastStart = Math.max(0, ids.length - 5)
    const last = await read(lastStart, 10, undefined, ids.length)
    expect(last.rows.map((r) => r.id)).toEqual(ids.slice(lastStart))
    expect(last.hasMore).toBe(false)

    expect(await data.db.transaction('r', data.db.clients, () => countClientRows(data.db, filter))).toBe(ids.length)
  })

  it.each(['b', 'de', 'van', 'e', 'jan', 'de vr'])('name search %j gives the same page whether it walks the list first or not', async (search) => {
    const q = { term: search, byNumber: false, status: '', planId: '', partnerId: '' }
    const walking = await data.db.transaction('r', data.db.clients, () => nameSearch(clientsTable(data.db), q, undefined, 12, Number.POSITIVE_INFINITY))
    const ranges = await data.db.transaction('r', data.db.clients, () => nameSearch(clientsTable(data.db), q, undefined, 12, 0))
    expect(walking.map((r) => r.id)).toEqual(expected(all, { search }).slice(0, 12))
    expect(ranges.map((r) => r.id)).toEqual(walking.map((r) => r.id))
  })

  it('keeps the search index in step when a write changes only the plan', async () => {
    // Found by first name, which only the search index (not the sort-name ranges) knows under a filter.
    const row = all.find(
      (r) =>
        r.status === 'actief' &&
        r.currentPlanId === 'voorbeeld-basis' &&
        r.firstName.length > 3 &&
        !r.sortName.startsWith(normaliseSearchText(r.firstName).slice(0, 4)),
    )!
    await data.db.clients.update(row.id, { currentPlanId: 'voorbeeld-intensief' })
    const filter = (planId: string) => ({ search: normaliseSearchText(row.firstName).slice(0, 4), status: 'actief' as const, planId })
    const found = async (planId: string) =>
      (await data.db.transaction('r', data.db.clients, () => clientRowsSlice(data.db, filter(planId), { offset: 0, limit: 500 }))).rows.map((r) => r.id)
    expect(await found('voorbeeld-intensief')).toContain(row.id)
    expect(await found('voorbeeld-basis')).not.toContain(row.id)
    expect(await countClientRows(data.db, filter('voorbeeld-intensief'))).toBe(expected(await data.db.clients.toArray(), filter('voorbeeld-intensief')).length)
    await data.db.clients.update(row.id, { currentPlanId: 'voorbeeld-basis' })
  })
})

describe('client counts', () => {
  it('reads a count again only after a client was written', async () => {
    const data = testData()
    await data.repos.database.loadDemoData(generateDemoData({ seed: 7, partners: 2, clients: 40, months: 1, today: parseCalendarDate('2026-11-23') }))
    let reads = 0
    const count = (filter: ClientFilter) => cachedClientCount(data.db, filter, () => (reads++, countClientRows(data.db, filter)))
    expect(knownClientCount(data.db, { status: 'actief' })).toBeUndefined()
    const before = await count({ status: 'actief' })
    expect(knownClientCount(data.db, { status: 'actief' })).toBe(before)
    expect(await count({ status: 'actief' })).toBe(before)
    expect(reads).toBe(1)
    await count({ status: 'afgemeld' })
    expect(reads).toBe(2)

    const row = (await data.db.clients.where('status').equals('actief').first())!
    await data.db.clients.update(row.id, { status: 'afgemeld' })
    expect(knownClientCount(data.db, { status: 'actief' })).toBeUndefined()
    expect(await count({ status: 'actief' })).toBe(before - 1)
    expect(reads).toBe(3)
    // Through the repository as the store calls it.
    expect(await data.repos.clients.count({ status: 'actief' })).toBe(before - 1)
  })

  it('keeps no count read while a client was being written', async () => {
    const data = testData()
    await data.repos.database.loadDemoData(generateDemoData({ seed: 7, partners: 2, clients: 20, months: 1, today: parseCalendarDate('2026-11-23') }))
    let reads = 0
    const row = (await data.db.clients.toCollection().first())!
    const countDuringWrite = () =>
      cachedClientCount(data.db, {}, async () => {
        reads++
        const total = await countClientRows(data.db, {})
        await data.db.clients.put(row)
        return total
      })
    await countDuringWrite()
    await cachedClientCount(data.db, {}, () => (reads++, countClientRows(data.db, {})))
    expect(reads).toBe(2)
  })
})
