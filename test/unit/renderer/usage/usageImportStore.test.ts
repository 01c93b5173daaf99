import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { TableCell, TableRow } from '@shared/import/table'
import { parseCalendarDate as d } from '@shared/model'
import { repositories } from '@renderer/data'
import { setLocale } from '@renderer/i18n'
import { importReasonsText } from '@renderer/i18n/problemText'
import { useUsageImportStore } from '@renderer/stores/usageImport'
import { auditCount, freshStores, seedPlan } from '../stores/storeTestSetup'
import { clientInput, partnerInput } from '../data/testDb'

beforeEach(freshStores)

const TODAY = d('2026-11-23')

function table(...rows: TableCell[][]): TableRow[] {
  return rows.map((cells, i) => ({ line: i + 1, cells }))
}

/** Two active clients of one partner. */
async function seed() {
  const repos = repositories()
  const partner = await repos.partners.create(partnerInput())
  const plan = await seedPlan()
  const a = await repos.clients.create(clientInput(partner, plan, { clientNumber: '1001', registrationReceivedDate: d('2026-09-01') }))
  const b = await repos.clients.create(clientInput(partner, plan, { clientNumber: '1002', firstName: 'Els', registrationReceivedDate: d('2026-09-01') }))
  await repos.clients.activate(a.id, d('2026-09-01'))
  await repos.clients.activate(b.id, d('2026-09-01'))
  return { a, b }
}

const HEADER = ['Cliëntnummer', 'Datum', 'Belminuten', 'Registratieminuten']

/** What choosing a file does after main has read it: the rows go to the check as JSON text. */
function check(store: ReturnType<typeof useUsageImportStore>, fileName: string, rows: TableRow[]): Promise<void> {
  return store.check(fileName, JSON.stringify(rows), rows.length, TODAY)
}

describe('useUsageImportStore', () => {
  it('previews good and bad rows, stores nothing on cancel, and exactly the good rows on confirm', async () => {
    const { a, b } = await seed()
    const store = useUsageImportStore()
    const rows = table(
      HEADER,
      ['1001', '02-11-2026', '10,5', '2'],
      ['1001', '03-11-2026', '4,5', '0'],
      ['1002', '03-11-2026', '-1', '0'],
      ['7777', '03-11-2026', '1', '0'],
      ['1002', '04-11-2026', '6', '1'],
    )

    const auditBefore = await auditCount()
    await check(store, 'verbruik november.csv', rows)
    expect(store.phase).toBe('preview')
    const preview = store.preview!
    expect(preview.rejected.map((r) => [r.line, r.clientNumber, importReasonsText(r.problems)])).toEqual([
      [4, '1002', 'Belminuten zijn negatief (-1)'],
      [5, '7777', 'Onbekend cliëntnummer 7777'],
    ])
    expect(
      preview.records.map((r) => [r.partnerCode, r.clientNumber, r.period, r.callMinutes, r.registrationMinutes, r.contacts, r.replaces, r.partial]),
    ).toEqual([
      ['ZGN', '1001', '2026-11', 15, 2, 2, false, false],
      ['ZGN', '1002', '2026-11', 6, 1, 1, false, true],
    ])
    expect(preview.partialRecords).toBe(1)

    await store.cancel()
    expect(store.phase).toBe('idle')
    expect(await repositories().usage.listByPeriod('2026-11')).toEqual([])
    expect(await auditCount()).toBe(auditBefore)

    await check(store, 'verbruik november.csv', rows)
    expect(await store.confirm()).toBe(true)
    expect(store.result).toMatchObject({ written: 2, replaced: 0, periods: ['2026-11'], fileName: 'verbruik november.csv' })
    expect(store.preview).toBeNull()
    expect(await auditCount()).toBe(auditBefore + 1)
    const stored = await repositories().usage.listByPeriod('2026-11')
    expect(stored.map((u) => [u.clientId, u.callMinutes, u.registrationMinutes, u.contacts]).sort()).toEqual(
      [
        [a.id, 15, 2, 2],
        [b.id, 6, 1, 1],
      ].sort(),
    )
  })

  it('replaces the period of the clients in a re-imported file, never adds twice', async () => {
    const { a, b } = await seed()
    const store = useUsageImportStore()
    const periodHeader = ['Cliëntnummer', 'Periode', 'Belminuten', 'Registratieminuten', 'Contacten']
    await check(store, 'oktober.csv', table(periodHeader, ['1001', '2026-10', '100', '10', '5'], ['1002', '2026-10', '50', '0', '2']))
    await store.confirm()
    await check(store, 'oktober-correctie.csv', table(periodHeader, ['1001', '2026-10', '80', '5', '4']))
    expect(store.preview!.replacedRecords).toBe(1)
    expect(store.preview!.records[0]!.replaces).toBe(true)
    // Before confirming: old → new per client, and what the stored total of minutes changes by.
    expect(store.preview!.replacements).toMatchObject({
      rows: [{ clientNumber: '1001', period: '2026-10', before: 110, after: 85 }],
      minutesBefore: 110,
      minutesAfter: 85,
      totalChange: -25,
    })
    await store.confirm()
    expect(store.result).toMatchObject({ written: 1, replaced: 1 })
    const stored = await repositories().usage.listByPeriod('2026-10')
    expect(stored.map((u) => [u.clientId, u.callMinutes, u.registrationMinutes, u.contacts]).sort()).toEqual(
      [
        [a.id, 80, 5, 4],
        [b.id, 50, 0, 2],
      ].sort(),
    )
  })

  it('shows a file-level problem and offers nothing to confirm', async () => {
    await seed()
    const store = useUsageImportStore()
    await check(store, 'leeg.csv', table(['Naam', 'Minuten'], ['Jan', '4']))
    expect(store.phase).toBe('idle')
    expect(store.message).toMatch(/^Geen kopregel gevonden/)
    expect(store.canConfirm).toBe(false)
    expect(await store.confirm()).toBe(false)
  })

  it('words the problems in the UI language', async () => {
    await seed()
    const store = useUsageImportStore()
    setLocale('en')
    try {
      await check(store, 'leeg.csv', table(['Naam', 'Minuten'], ['Jan', '4']))
      expect(store.message).toMatch(/^No header row found/)
      await check(store, 'november.csv', table(HEADER, ['1002', '03-11-2026', '-1', 'x']))
      expect(importReasonsText(store.preview!.rejected[0]!.problems)).toBe('Call minutes are negative (-1); Registration minutes "x" is not a number')
    } finally {
      setLocale('nl')
    }
  })

  it('says so when there is nothing checked to confirm', async () => {
    await seed()
    const store = useUsageImportStore()
    await check(store, 'november.csv', table(HEADER, ['1001', '02-11-2026', '1', '0']))
    // The checked rows are gone (another window discarded them): confirming stores nothing and says why.
    await (await import('@renderer/workers/usageImportJobs')).discardUsageImport()
    expect(await store.confirm()).toBe(false)
    expect(store.phase).toBe('preview')
    expect(store.message).toBe('Er is geen gecontroleerd bestand om in te lezen. Kies het bestand opnieuw.')
  })

  it('keeps the preview and stores nothing when the database refuses the import', async () => {
    const { a } = await seed()
    const store = useUsageImportStore()
    await check(store, 'november.csv', table(HEADER, ['1001', '02-11-2026', '1', '0']))
    // The client disappears between preview and confirm: the repository refuses the whole import.
    await repositories().usage.importRows([], 'leeg')
    const db = (await import('@renderer/data')).appDatabase()
    await db.clients.delete(a.id)
    expect(await store.confirm()).toBe(false)
    expect(store.phase).toBe('preview')
    expect(store.message).toContain('Er is niets opgeslagen')
    expect(await repositories().usage.listByPeriod('2026-11')).toEqual([])
  })
})
