import { describe, expect, it } from 'vitest'
import { FIXED_NOW, testData } from './testDb'

describe('the drafts repository', () => {
  it('keeps one draft per key, stamped with the clock, and removes it', async () => {
    const { repos } = testData('drafts')
    expect(await repos.drafts.get('client:new')).toBeUndefined()
    await repos.drafts.keep({ key: 'client:new', recordId: '', values: { firstName: 'Jan' } })
    const kept = await repos.drafts.keep({ key: 'client:new', recordId: '', values: { firstName: 'Janneke', bsn: '111222333' } })
    expect(kept.savedAt).toBe(FIXED_NOW.toISOString())
    expect(await repos.drafts.get('client:new')).toEqual(kept)
    await repos.drafts.remove('client:new')
    expect(await repos.drafts.get('client:new')).toBeUndefined()
  })

  it('writes no audit entry and leaves the backup as it was', async () => {
    const { repos } = testData('drafts-audit')
    await repos.drafts.keep({ key: 'partner:p1', recordId: 'p1', values: { name: 'Noord' } })
    expect((await repos.audit.list({})).items).toEqual([])
    expect(Object.keys(await repos.database.exportBackup().then((file) => file.data))).not.toContain('drafts')
  })

  it('reads a row that no longer fits as no draft', async () => {
    const { db, repos } = testData('drafts-bad')
    await db.drafts.put({ key: 'client:new', recordId: '', savedAt: 'gisteren', values: {} })
    expect(await repos.drafts.get('client:new')).toBeUndefined()
  })

  it('goes with the rest when the database is cleared', async () => {
    const { repos } = testData('drafts-clear')
    await repos.drafts.keep({ key: 'client:new', recordId: '', values: {} })
    await repos.database.clear()
    expect(await repos.drafts.get('client:new')).toBeUndefined()
  })
})
