import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { billingPeriod, groupPeriodsByClient, periodNameOf, shiftPeriodName, subscriptionOn } from '../../src/shared/domain'
import { usageId } from '../../src/shared/model/usage'
import { todayInAmsterdam } from '../../src/renderer/src/composables/today'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { UsageImportPage } from './pages/UsageImportPage'
import { demoDataFor } from './pages/demoCases'

/** Call minutes no demo row has, so a stored record shows which import it came from. */
const MARK = 777.25

/**
 * One row per client per billing period for the twelve periods before the running one, for every demo
 * client subscribed throughout them: tens of thousands of records, so storing them takes a few seconds.
 */
function writeYearOfPeriods(folder: string): { file: string; ids: string[] } {
  const today = todayInAmsterdam()
  const data = demoDataFor(today)
  const byClient = groupPeriodsByClient(data.subscriptionPeriods)
  const current = periodNameOf(today)
  const names = Array.from({ length: 12 }, (_, i) => shiftPeriodName(current, -(i + 1)))
  const first = billingPeriod(names.at(-1)!, 26).from
  const last = billingPeriod(names[0]!, 26).last
  const codeOf = new Map(data.partners.map((p) => [p.id, p.shortCode]))
  const covered = data.clients.filter((c) => [first, last].every((day) => subscriptionOn(byClient.get(c.id) ?? [], day) !== null))
  const lines = ['Partner;Cliëntnummer;Periode;Belminuten;Registratieminuten;Contacten']
  const ids: string[] = []
  for (const client of covered) {
    for (const name of names) {
      lines.push(`${codeOf.get(client.partnerId)};${client.clientNumber};${name};${String(MARK).replace('.', ',')};1;2`)
      ids.push(usageId(client.id, name))
    }
  }
  const file = join(folder, 'Verbruik twaalf periodes.csv')
  writeFileSync(file, lines.join('\r\n'), 'utf8')
  return { file, ids }
}

/** How many of `ids` hold the imported mark, and how many usage records there are, read from IndexedDB. */
async function storedState(page: Page, ids: readonly string[]): Promise<{ marked: number; total: number }> {
  return page.evaluate(
    async ({ keys, mark }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('clientadministratie-24x7')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error ?? new Error('IndexedDB'))
      })
      const store = db.transaction('usage').objectStore('usage')
      const total = await new Promise<number>((resolve) => {
        const request = store.count()
        request.onsuccess = () => resolve(request.result)
      })
      let marked = 0
      await Promise.all(
        keys.map(
          (key) =>
            new Promise<void>((resolve) => {
              const request = store.get(key)
              request.onsuccess = () => {
                if ((request.result as { callMinutes?: number } | undefined)?.callMinutes === mark) marked++
                resolve()
              }
              request.onerror = () => resolve()
            }),
        ),
      )
      db.close()
      return { marked, total }
    },
    { keys: ids, mark: MARK },
  )
}

test('a page killed while an import is being stored leaves the data all old or all new, never half', async ({ page, dialogs, baseURL }) => {
  test.setTimeout(300_000)
  const { file, ids } = writeYearOfPeriods(dialogs.folder)
  expect(ids.length).toBeGreaterThan(10_000)
  const shell = new AppShell(page)
  const usage = new UsageImportPage(page, dialogs)
  await shell.start('demo')
  const before = await storedState(page, ids)
  expect(before.marked).toBe(0)

  await usage.open()
  await usage.choose(file)
  await expect(usage.counts).toContainText(' 0 afgekeurd', { timeout: 300_000 })
  await usage.confirmButton.click()
  // The commit has begun once the screen says it is storing; the page and its workers are ended right then,
  // without unload handlers, as when the window is killed.
  await expect(usage.progress).toContainText('Verbruik wordt opgeslagen', { timeout: 60_000 })
  await page.close({ runBeforeUnload: false })

  // A fresh page of the same origin reads what IndexedDB kept.
  const after = await page.context().newPage()
  await after.goto(`${baseURL ?? ''}/favicon.ico`)
  const state = await storedState(after, ids)
  const allOld = state.marked === 0 && state.total === before.total
  const allNew = state.marked === ids.length
  expect(allOld || allNew, `marked ${state.marked} of ${ids.length}, ${state.total} records (before ${before.total})`).toBe(true)
  test.info().annotations.push({ type: 'outcome', description: allOld ? 'killed before the commit ended: all old' : 'the commit ended first: all new' })
})
