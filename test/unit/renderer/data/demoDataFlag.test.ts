import { describe, expect, it } from 'vitest'
import { generateDemoData } from '@shared/demo'
import { parseCalendarDate } from '@shared/model'
import { smallBackupFile } from '../../shared/backup/fixture'
import { testData } from './testDb'

const SMALL_DEMO = { seed: 7, partners: 2, clients: 20, months: 1, today: parseCalendarDate('2026-11-23') }

describe('settings.demoData: whether the data is made up', () => {
  it('is set by loading demo data, kept by saving settings, and gone after a restore of real data or emptying', async () => {
    const { repos } = testData('demo-flag')
    await repos.database.loadDemoData(generateDemoData(SMALL_DEMO))
    expect((await repos.settings.get()).demoData).toBe(true)
    // The settings screen sends what it edits; the flag is the data's own fact and stays.
    const { demoData: _demo, ...edited } = await repos.settings.get()
    await repos.settings.save({ ...edited, clerkName: 'Anna' })
    expect(await repos.settings.get()).toMatchObject({ clerkName: 'Anna', demoData: true })

    await repos.database.clear()
    expect((await repos.settings.get()).demoData).toBeUndefined()

    await repos.database.loadDemoData(generateDemoData(SMALL_DEMO), { replace: true })
    await repos.database.restoreBackup(JSON.parse(JSON.stringify(smallBackupFile())), 'backup.json')
    expect((await repos.settings.get()).demoData).toBeUndefined()
  })
})
