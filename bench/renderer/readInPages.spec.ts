import { chromium, type Page } from '@playwright/test'
import { test as base } from '../../test/e2e/fixtures'

/**
 * Why a worker reads large tables a page at a time (`src/renderer/src/data/readInPages.ts`): one window reads
 * the clients and subscription periods whole, as the overview worker does, while a second window times a
 * one-row read every 20 ms. IndexedDB answers one request of a database at a time, so the probe shows how long
 * the rest of the app waits behind the big read: with one request per table, and with pages of several sizes.
 * Needs a browser profile that holds the stress data (the werklijsten bench keeps one):
 * `npm run build && BENCH_PORT=4553 SIGNALS_PROFILE=<kept profile> npx playwright test -c bench/renderer/playwright.config.ts readInPages.spec.ts`
 */
const PROFILE = process.env['SIGNALS_PROFILE']
const DATABASE = 'clientadministratie-24x7'
/** 0 = one request per table. */
const PAGE_SIZES = [0, 10_000, 5_000, 2_500, 0, 10_000, 5_000, 2_500]

const test = base.extend({
  context: async ({ launchOptions, contextOptions, baseURL, locale, timezoneId, viewport }, use) => {
    const persistent = await chromium.launchPersistentContext(PROFILE ?? '', { ...launchOptions, ...contextOptions, baseURL, locale, timezoneId, viewport })
    await use(persistent)
    await persistent.close()
  },
})

async function startProbe(prober: Page): Promise<void> {
  await prober.evaluate((name) => {
    const w = window as unknown as { probes: number[]; stop: boolean }
    w.probes = []
    w.stop = false
    const open = indexedDB.open(name)
    open.onsuccess = async () => {
      const db = open.result
      while (!w.stop) {
        const start = performance.now()
        await new Promise((resolve) => (db.transaction('settings', 'readonly').objectStore('settings').get('settings').onsuccess = resolve))
        w.probes.push(performance.now() - start)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      db.close()
    }
  }, DATABASE)
}

async function stopProbe(prober: Page): Promise<number[]> {
  return prober.evaluate(() => {
    const w = window as unknown as { probes: number[]; stop: boolean }
    w.stop = true
    return [...w.probes].sort((a, b) => a - b)
  })
}

test('een grote lezing in pagina’s laat andere lezingen door', async ({ page, context }) => {
  // Loading the stress data takes minutes; this probe only reads data the werklijsten bench loaded and kept.
  test.skip(PROFILE === undefined, 'needs SIGNALS_PROFILE: a browser profile with the stress data')
  test.setTimeout(10 * 60_000)
  await page.goto('/#/partners')
  const prober = await context.newPage()
  await prober.goto('/#/partners')
  await page.waitForTimeout(5000)
  for (const pageRows of PAGE_SIZES) {
    await startProbe(prober)
    await page.waitForTimeout(500)
    const read = await page.evaluate(
      async ({ name, pageRows }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name)
          open.onsuccess = () => resolve(open.result)
          open.onerror = reject
        })
        const start = performance.now()
        const tx = db.transaction(['clients', 'subscriptionPeriods'], 'readonly')
        const get = (store: IDBObjectStore, range: IDBKeyRange | null, count?: number) =>
          new Promise<{ id: string }[]>((resolve) => {
            const request = store.getAll(range, count)
            request.onsuccess = () => resolve(request.result as { id: string }[])
          })
        let rows = 0
        for (const name of ['clients', 'subscriptionPeriods']) {
          const store = tx.objectStore(name)
          if (pageRows === 0) rows += (await get(store, null)).length
          else
            for (let after: string | null = null; ;) {
              const page = await get(store, after === null ? null : IDBKeyRange.lowerBound(after, true), pageRows)
              rows += page.length
              if (page.length < pageRows) break
              after = page[page.length - 1]!.id
            }
        }
        db.close()
        return { rows, ms: Math.round(performance.now() - start) }
      },
      { name: DATABASE, pageRows },
    )
    await page.waitForTimeout(300)
    const probes = await stopProbe(prober)
    const at = (q: number) => Math.round(probes[Math.min(probes.length - 1, Math.floor(probes.length * q))]!)
    console.log(
      `pages of ${pageRows || 'all'}: read ${read.rows} rows in ${read.ms} ms; other reads: median ${at(0.5)} ms, p95 ${at(0.95)} ms, longest ${at(1)} ms (${probes.length})`,
    )
  }
})
