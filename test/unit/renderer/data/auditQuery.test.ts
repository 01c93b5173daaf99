import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AuditAction, AuditEntity, AuditEntry } from '@shared/model'
import type { AuditFilter } from '@renderer/data'
import { testData } from './testDb'

type Seed = Pick<AuditEntry, 'clerk' | 'entity' | 'recordId' | 'action'> & { at?: string; changes?: AuditEntry['changes'] }

/** Entries as stored (without the chain, which the queries do not read), one minute apart unless `at` is given. */
function entries(seeds: readonly Seed[]): AuditEntry[] {
  return seeds.map((seed, i) => ({
    at: seed.at ?? new Date(Date.UTC(2026, 9, 1, 8, i)).toISOString(),
    clerk: seed.clerk,
    entity: seed.entity,
    recordId: seed.recordId,
    action: seed.action,
    changes: seed.changes ?? [],
    outcome: 'ok',
    event: 'settingsUpdated',
    params: {},
  }))
}

async function seeded(seeds: readonly Seed[]) {
  const data = testData('audit-query')
  await data.db.auditEntries.bulkAdd(entries(seeds))
  return data
}

const seq = (items: readonly AuditEntry[]) => items.map((e) => e.id)

describe('audit trail query', () => {
  it('combines clerk, entity, action and dates, newest first, and pages with the total of all matches', async () => {
    const seeds: Seed[] = Array.from({ length: 40 }, (_, i) => ({
      clerk: ['Anna', 'Bram', 'Cor'][i % 3]!,
      entity: (['client', 'partner'] as const)[i % 2]!,
      recordId: `r${i % 5}`,
      action: (['create', 'update'] as const)[i % 4 < 2 ? 0 : 1],
    }))
    const { repos } = await seeded(seeds)
    const expected = entries(seeds)
      .map((e, i) => ({ ...e, id: i + 1 }))
      .filter((e) => e.clerk === 'Anna' && e.entity === 'client' && e.action === 'update' && e.at >= '2026-10-01T08:05:00.000Z')
      .reverse()
    const filter: AuditFilter = { clerk: 'Anna', entity: 'client', action: 'update', fromAt: '2026-10-01T08:05:00.000Z' }
    const first = await repos.audit.list({ ...filter, offset: 0, limit: 2 })
    const second = await repos.audit.list({ ...filter, offset: 2, limit: 2 })
    expect(first.total).toBe(expected.length)
    expect([...seq(first.items), ...seq(second.items)]).toEqual(seq(expected).slice(0, 4))
    expect(await repos.audit.ids(filter)).toEqual(seq(expected))
  })

  it('any filter gives what checking every entry gives, page by page (property)', async () => {
    const clerks = ['Anna', 'Bram', 'Cor']
    const entities: AuditEntity[] = ['client', 'partner', 'settings']
    const actions: AuditAction[] = ['create', 'update', 'export']
    const seedArb = fc.record({
      clerk: fc.constantFrom(...clerks),
      entity: fc.constantFrom(...entities),
      recordId: fc.constantFrom('a', 'b'),
      action: fc.constantFrom(...actions),
    })
    const filterArb = fc.record(
      {
        clerk: fc.constantFrom(...clerks),
        entity: fc.constantFrom(...entities),
        recordId: fc.constantFrom('a', 'b'),
        action: fc.constantFrom(...actions),
        fromAt: fc.integer({ min: 0, max: 30 }).map((m) => new Date(Date.UTC(2026, 9, 1, 8, m)).toISOString()),
        toAt: fc.integer({ min: 0, max: 30 }).map((m) => new Date(Date.UTC(2026, 9, 1, 8, m)).toISOString()),
      },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(fc.array(seedArb, { maxLength: 30 }), filterArb, fc.integer({ min: 0, max: 10 }), async (seeds, filter, offset) => {
        const { repos, db } = await seeded(seeds)
        const stored = entries(seeds).map((e, i) => ({ ...e, id: i + 1 }))
        const expected = stored
          .filter(
            (e) =>
              (!filter.clerk || e.clerk === filter.clerk) &&
              (!filter.entity || e.entity === filter.entity) &&
              (!filter.entity || !filter.recordId || e.recordId === filter.recordId) &&
              (!filter.action || e.action === filter.action) &&
              (!filter.fromAt || e.at >= filter.fromAt) &&
              (!filter.toAt || e.at <= filter.toAt),
          )
          .reverse()
        const page = await repos.audit.list({ ...filter, offset, limit: 5 })
        expect(page.total).toBe(expected.length)
        expect(seq(page.items)).toEqual(seq(expected.slice(offset, offset + 5)))
        db.close()
      }),
      { numRuns: 40 },
    )
  })

  it('a client filter finds the client and its periods, change requests and deregistrations, also deleted ones', async () => {
    const created = (clientId: string) => [{ field: 'clientId', before: null, after: clientId }]
    const { repos, db } = await seeded([
      { clerk: 'Anna', entity: 'client', recordId: 'c1', action: 'create' },
      { clerk: 'Anna', entity: 'client', recordId: 'c2', action: 'create' },
      { clerk: 'Bram', entity: 'subscriptionPeriod', recordId: 'p1', action: 'create', changes: created('c1') },
      // A change request created and later deleted: only the trail still links it to the client.
      { clerk: 'Bram', entity: 'changeRequest', recordId: 'cr1', action: 'create', changes: created('c1') },
      { clerk: 'Anna', entity: 'changeRequest', recordId: 'cr1', action: 'update', changes: [{ field: 'status', before: 'ingediend', after: 'ingetrokken' }] },
      { clerk: 'Anna', entity: 'changeRequest', recordId: 'cr2', action: 'create', changes: created('c2') },
      // An update that does not repeat the client id: found through the stored deregistration.
      { clerk: 'Cor', entity: 'deregistration', recordId: 'd1', action: 'update', changes: [{ field: 'processedDate', before: null, after: '2026-10-05' }] },
      { clerk: 'Cor', entity: 'client', recordId: 'c1', action: 'update' },
      { clerk: 'Cor', entity: 'usage', recordId: '2026-09', action: 'import' },
    ])
    await db.table('deregistrations').add({ id: 'd1', clientId: 'c1' })
    await db.table('subscriptionPeriods').add({ id: 'p1', clientId: 'c1' })

    const all = await repos.audit.list({ clientId: 'c1' })
    expect(seq(all.items)).toEqual([8, 7, 5, 4, 3, 1])
    expect(all.total).toBe(6)
    expect(seq((await repos.audit.list({ clientId: 'c1', clerk: 'Anna' })).items)).toEqual([5, 1])
    expect(seq((await repos.audit.list({ clientId: 'c1', entity: 'changeRequest' })).items)).toEqual([5, 4])
    expect(seq((await repos.audit.list({ clientId: 'c1', offset: 2, limit: 2 })).items)).toEqual([5, 4])
    expect(await repos.audit.ids({ clientId: 'c2', action: 'create' })).toEqual([6, 2])

    // An entry added later is found too (the trail part is read again from where it stopped).
    await db.auditEntries.add(
      entries([
        { clerk: 'Anna', entity: 'subscriptionPeriod', recordId: 'p9', action: 'delete', changes: [{ field: 'clientId', before: 'c1', after: null }] },
      ])[0]!,
    )
    expect(seq((await repos.audit.list({ clientId: 'c1', entity: 'subscriptionPeriod' })).items)).toEqual([10, 3])
  })

  it('names every clerk in the trail once, and reads entries back by key in the order asked', async () => {
    const { repos } = await seeded([
      { clerk: 'Bram', entity: 'client', recordId: 'c1', action: 'create' },
      { clerk: 'Anna', entity: 'client', recordId: 'c1', action: 'update' },
      { clerk: 'Bram', entity: 'client', recordId: 'c1', action: 'update' },
      { clerk: 'Émile', entity: 'settings', recordId: 'settings', action: 'update' },
    ])
    expect(await repos.audit.clerkNames()).toEqual(['Anna', 'Bram', 'Émile'])
    expect(seq(await repos.audit.byIds([3, 1, 99, 2]))).toEqual([3, 1, 2])
  })
})
