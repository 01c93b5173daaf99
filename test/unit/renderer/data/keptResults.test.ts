import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { KeptResult } from '@renderer/data/keptResult'
import { parseCalendarDate as d } from '@shared/model'
import { testData } from './testDb'

const counts = z.array(z.number())
const result = (overrides: Partial<KeptResult> = {}): KeptResult => ({
  key: 'usage-chart',
  mark: { id: 3, hash: 'abc' },
  today: d('2026-12-07'),
  settings: '{}',
  value: [1, 2],
  ...overrides,
})

describe('the kept results repository', () => {
  it('keeps one result per key, replaced by the next', async () => {
    const { repos } = testData('kept-results')
    expect(await repos.keptResults.get('usage-chart', counts)).toBeUndefined()
    await repos.keptResults.keep(result())
    await repos.keptResults.keep(result({ value: [3], mark: { id: 4, hash: 'def' } }))
    expect(await repos.keptResults.get('usage-chart', counts)).toEqual(result({ value: [3], mark: { id: 4, hash: 'def' } }))
    expect(await repos.keptResults.get('overview', counts)).toBeUndefined()
  })

  it('refuses a result of the wrong shape before it is stored', async () => {
    const { repos } = testData('kept-results-refused')
    await expect(repos.keptResults.keep(result({ today: '07-12-2026' as KeptResult['today'] }))).rejects.toThrow()
    expect(await repos.keptResults.get('usage-chart', counts)).toBeUndefined()
  })

  it('reads a row or a value that no longer fits as no result', async () => {
    const { db, repos } = testData('kept-results-bad')
    await db.keptResults.put(result({ value: ['een'] }))
    expect(await repos.keptResults.get('usage-chart', counts)).toBeUndefined()
    await db.keptResults.put({ ...result(), mark: { id: -1, hash: 'abc' } })
    expect(await repos.keptResults.get('usage-chart', counts)).toBeUndefined()
  })

  it('writes no audit entry, stays out of the backup and goes when the database is cleared', async () => {
    const { repos } = testData('kept-results-audit')
    await repos.keptResults.keep(result())
    expect((await repos.audit.list({})).items).toEqual([])
    expect(Object.keys(await repos.database.exportBackup().then((file) => file.data))).not.toContain('keptResults')
    await repos.database.clear()
    expect(await repos.keptResults.get('usage-chart', counts)).toBeUndefined()
  })
})
