import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Locator, Page } from '@playwright/test'
import { median } from '../stats'
import { expect } from '../../test/e2e/fixtures'
import { AppShell } from '../../test/e2e/pages/AppShell'
import { BackupPage } from '../../test/e2e/pages/BackupPage'
import { testWithDatabaseOnDisk } from './databaseOnDisk'
import { loadStressData } from './loadStressData'
import { mainThreadStalls, watchMainThread } from './mainThreadStalls'

/**
 * Backup and restore at the stress scale (500 partners, 100,000 clients, 24 months of usage) in Chromium,
 * through the real main-process handlers (the test bridge): making a backup, reading and checking it for the
 * restore preview, and the restore itself (safety backup + replacing every table). Per step:
 * - `ms`: the store's own measure (`backup:make`, `backup:preview`, `backup:restore`);
 * - `bridgeShare`: the part of that spent waiting on calls to main (`backup:bridge` measures); through the
 *   test bridge every call is JSON over the DevTools protocol, slower than Electron's IPC;
 * - `longestTaskMs` (every long task of the window's main thread is kept) and `maxFrameGapMs`;
 * - `peakHeapMb`: the window's JS heap at its highest (CDP `Performance.getMetrics`, sampled every 250 ms;
 *   the worker's heap is not the window's and is not in it).
 * BACKUP_RUNS (default 1) runs of each; medians. BACKUP_SCALE=design measures the design case instead. The load average is recorded beside the figures.
 * BACKUP_FROM=<file> starts empty and first restores that file (`npm run cli -- demo --case stress --out <file>`:
 * the stress case with its 24 months of usage, which the app's own stress data set leaves out), recorded as
 * `fromFile`; the runs then make, preview and restore a backup of that full database.
 * `npm run build && BENCH_PORT=4511 npx playwright test -c bench/renderer/playwright.config.ts backup.spec.ts`
 * Results: bench/output/backup.json.
 * The database lives on disk, as the app's does (BACKUP_STORAGE=memory: the test context's in-memory IndexedDB,
 * which behaves differently at this size: after the 344 MB restore, making a backup there never finished).
 * BACKUP_CPU_PROFILE=<prefix> records the window's main thread (V8 profiler) over each step: <prefix>-<measure>-<n>.cpuprofile.
 */
const RUNS = Number(process.env['BACKUP_RUNS'] ?? 1)
/** BACKUP_SCALE=design: the design case (60 partners, 5,000 clients) instead, a quick check of the same figures. */
const DESIGN = process.env['BACKUP_SCALE'] === 'design'
const LONG = 30 * 60_000
const FROM = process.env['BACKUP_FROM']
const CPU_PROFILE = process.env['BACKUP_CPU_PROFILE']
let profiles = 0
const ON_DISK = process.env['BACKUP_STORAGE'] !== 'memory'

const test = testWithDatabaseOnDisk(ON_DISK)

interface StepFigures {
  ms: number
  bridgeMs: number
  bridgeShare: number
  bridgeCalls: number
  longestTaskMs: number
  longTasks: number
  maxFrameGapMs: number
  peakHeapMb: number
}

test('back-up en terugzetten met 100.000 cliënten: duur, haperingen van het venster, geheugen en het aandeel van de brug', async ({ page, dialogs }) => {
  test.setTimeout(4 * LONG)
  // A crash or an uncaught error in the window or a worker is printed at once, so a run that stalls says why.
  page.on('crash', () => console.log('backup bench: the window crashed'))
  page.on('pageerror', (error) => console.log(`backup bench: uncaught in the window: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`backup bench: console error: ${message.text()}`)
  })
  const loadSeconds = FROM
    ? await new AppShell(page).start('leeg').then(() => 0)
    : DESIGN
      ? await new AppShell(page).start('demo').then(() => 0)
      : await loadStressData(page, '/back-up')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const backups = new BackupPage(page, dialogs)
  const toast = (text: string) => page.locator('.p-toast-message').or(page.getByTestId('result-panel')).filter({ hasText: text })
  const steps: Record<'make' | 'preview' | 'restore', StepFigures[]> = { make: [], preview: [], restore: [] }
  let size = 0
  const fromFile: Partial<Record<'preview' | 'restore', StepFigures>> = {}
  if (FROM) {
    await backups.open()
    fromFile.preview = await step(page, cdp, 'backup:preview', async () => {
      await dialogs.answerNext(FROM)
      await page.getByTestId('backup-choose').click()
      await waitVisible(backups.preview)
    })
    fromFile.restore = await step(page, cdp, 'backup:restore', async () => {
      await page.getByTestId('backup-restore').click()
      await page.getByRole('alertdialog').getByRole('button', { name: 'Terugzetten' }).click()
      await waitVisible(toast('Teruggezet uit'))
    })
    await page.waitForTimeout(3000)
    const who = page.getByRole('dialog', { name: 'Wie is er aan het werk?' })
    if (await who.isVisible()) await who.getByRole('button', { name: /Demo-medewerker/ }).click()
  }
  for (let run = 0; run < RUNS; run++) {
    await backups.open()
    const file = join(dialogs.folder, `Back-up stress ${run}.json`)
    steps.make.push(
      await step(page, cdp, 'backup:make', async () => {
        await dialogs.answerNext(file)
        await page.getByTestId('backup-make').click()
        await waitVisible(toast('Back-up opgeslagen'))
      }),
    )
    size = statSync(file).size
    steps.preview.push(
      await step(page, cdp, 'backup:preview', async () => {
        await dialogs.answerNext(file)
        await page.getByTestId('backup-choose').click()
        await waitVisible(backups.preview)
      }),
    )
    await expect(page.getByTestId('backup-verify')).toBeVisible()
    steps.restore.push(
      await step(page, cdp, 'backup:restore', async () => {
        await page.getByTestId('backup-restore').click()
        await page.getByRole('alertdialog').getByRole('button', { name: 'Terugzetten' }).click()
        await waitVisible(toast('Teruggezet uit'))
      }),
    )
  }
  const medians = (figures: StepFigures[]) =>
    Object.fromEntries(Object.keys(figures[0]!).map((key) => [key, median(figures.map((f) => f[key as keyof StepFigures]))]))
  const result = {
    scale: FROM ? 'stress with usage (from file)' : DESIGN ? 'design' : 'stress',
    fromFileMb: FROM ? Math.round(statSync(FROM).size / 1024 / 1024) : null,
    fromFile,
    runs: RUNS,
    loadSeconds,
    fileMb: Math.round(size / 1024 / 1024),
    loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
    make: medians(steps.make),
    preview: medians(steps.preview),
    restore: medians(steps.restore),
    all: steps,
  }
  mkdirSync('bench/output', { recursive: true })
  writeFileSync(`bench/output/backup${FROM ? '-from-file' : DESIGN ? '-design' : ''}.json`, `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result))
})

/**
 * Waits until `locator` shows, polling lightly: `expect(…).toBeVisible` recomputes an accessibility snapshot of the
 * page on the window's thread while it retries, which would add its own long tasks to the ones measured.
 */
async function waitVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: LONG })
}

/** Runs `action` while recording the window's long tasks, frame gaps and heap; the figures of measure `name`. */
async function step(page: Page, cdp: CDPSession, name: string, action: () => Promise<void>): Promise<StepFigures> {
  await page.evaluate(() => performance.clearMeasures())
  await watchMainThread(page)
  let peak = 0
  let sampling = true
  const started = Date.now()
  let told = started
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics')
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0)
      // What the screen says it is doing, every half minute: a step that stalls shows where.
      if (Date.now() - told > 30_000) {
        told = Date.now()
        const shown = await page.evaluate(() => document.querySelector('[data-testid="backup-progress"]')?.textContent?.trim() ?? '-')
        console.log(`backup bench: ${name} after ${Math.round((told - started) / 1000)} s: ${shown}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  if (CPU_PROFILE !== undefined) {
    await cdp.send('Profiler.enable')
    // Every 10 ms: a step can take many minutes, and a coarser profile still shows where the window's time goes.
    await cdp.send('Profiler.setSamplingInterval', { interval: 10_000 })
    await cdp.send('Profiler.start')
  }
  try {
    await action()
  } finally {
    sampling = false
    await sampler
    // Kept also when the step fails or times out: that is when the profile is most wanted.
    if (CPU_PROFILE !== undefined) {
      const file = `${CPU_PROFILE}-${name.replace(':', '-')}-${++profiles}.cpuprofile`
      writeFileSync(file, JSON.stringify((await cdp.send('Profiler.stop')).profile))
    }
  }
  const stalls = await mainThreadStalls(page)
  const figures = await page.evaluate((measure) => {
    const ms = performance.getEntriesByName(measure).at(-1)?.duration ?? -1
    const bridge = performance.getEntriesByName('backup:bridge')
    const bridgeMs = bridge.reduce((sum, entry) => sum + entry.duration, 0)
    return { ms: Math.round(ms), bridgeMs: Math.round(bridgeMs), bridgeShare: Math.round((bridgeMs / ms) * 100) / 100, bridgeCalls: bridge.length }
  }, name)
  const stallFigures = { longestTaskMs: stalls.longestTaskMs, longTasks: stalls.longTasksMs.length, maxFrameGapMs: stalls.maxFrameGapMs }
  const all = { ...figures, ...stallFigures, peakHeapMb: Math.round(peak / 1024 / 1024) }
  console.log(`backup bench: ${name} ${JSON.stringify(all)}`)
  return all
}
