import { mkdirSync, writeFileSync } from 'node:fs'
import { median } from '../stats'
import { expect, test } from '../../test/e2e/fixtures'
import { AppShell } from '../../test/e2e/pages/AppShell'
import { UsageImportPage, writeHundredThousandRows } from '../../test/e2e/pages/UsageImportPage'
import { mainThreadStalls, measuredMs, watchMainThread } from './mainThreadStalls'

/**
 * Reading and checking a 100,000-row telephony export (CSV) in the usage import screen, with the demo data
 * loaded: how long the preview takes (the store's `usage-import:preview` measure) and how long the window
 * stopped drawing meanwhile (longest gap between animation frames, and every long task). Three runs, medians.
 * The test suite only checks that this work runs in a worker and completes (test/e2e/usageImport.spec.ts).
 * `npm run build && npx playwright test -c bench/renderer/playwright.config.ts usageImport`
 * Results: bench/output/usage-import.json.
 */
const RUNS = 3

test('verbruik inlezen: 100.000 regels, duur van de controle en haperingen van het venster', async ({ page, dialogs }) => {
  test.setTimeout(30 * 60_000)
  // The real clock: a faked one would also fake the frame timing measured here.
  const file = writeHundredThousandRows(dialogs.folder)
  const shell = new AppShell(page)
  const usage = new UsageImportPage(page, dialogs)
  await shell.start('demo')
  const runs: { previewMs: number; maxFrameGapMs: number; longestTaskMs: number }[] = []
  for (let run = 0; run < RUNS; run++) {
    await usage.open()
    await watchMainThread(page)
    await usage.choose(file)
    await expect(page.getByTestId('usage-counts')).toHaveText('100.000 regels: 100.000 goedgekeurd, 0 afgekeurd', { timeout: 10 * 60_000 })
    runs.push(await previewAndStalls(page))
    await page.reload()
  }
  const result = {
    rows: 100_000,
    runs,
    medianPreviewMs: median(runs.map((r) => r.previewMs)),
    medianMaxFrameGapMs: median(runs.map((r) => r.maxFrameGapMs)),
    medianLongestTaskMs: median(runs.map((r) => r.longestTaskMs)),
  }
  mkdirSync('bench/output', { recursive: true })
  writeFileSync('bench/output/usage-import.json', `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result))
})

/** The store's own measure of the preview, with the window's stalls since `watchMainThread`. */
async function previewAndStalls(page: Parameters<typeof watchMainThread>[0]): Promise<{ previewMs: number; maxFrameGapMs: number; longestTaskMs: number }> {
  const { maxFrameGapMs, longestTaskMs } = await mainThreadStalls(page)
  return { previewMs: await measuredMs(page, 'usage-import:preview'), maxFrameGapMs, longestTaskMs }
}
