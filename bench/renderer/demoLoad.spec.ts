import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, test } from '../../test/e2e/fixtures'
import { AppShell } from '../../test/e2e/pages/AppShell'
import { mainThreadStalls, watchMainThread } from './mainThreadStalls'

/**
 * Loading the design-case demo data (60 partners, 5,000 clients, 24 months of usage) from the first-start
 * dialog, in a fresh window: from the click until the dialog has closed and the app says the data is loaded
 * (`doneMs`), and how long the window stopped drawing meanwhile (longest frame gap, every long task).
 * One window per run (`--repeat-each` for more); each run writes bench/output/demo-load-<run>.json.
 * `npm run build && npx playwright test -c bench/renderer/playwright.config.ts demoLoad --repeat-each=3`
 */
test('demogegevens laden: duur en haperingen van het venster', async ({ page }, testInfo) => {
  test.setTimeout(10 * 60_000)
  const shell = new AppShell(page)
  await page.goto('/')
  await expect(shell.firstStart).toBeVisible()
  await watchMainThread(page)
  const clicked = await page.evaluate(() => performance.now())
  await shell.firstStart.getByRole('button', { name: 'Demogegevens laden' }).click()
  await expect(shell.firstStart).toBeHidden({ timeout: 5 * 60_000 })
  await expect(shell.toast('Demogegevens zijn geladen.')).toBeVisible()
  const doneMs = Math.round((await page.evaluate(() => performance.now())) - clicked)
  const stalls = await mainThreadStalls(page)
  const result = { run: testInfo.repeatEachIndex + 1, doneMs, ...stalls }
  mkdirSync('bench/output', { recursive: true })
  writeFileSync(`bench/output/demo-load-${result.run}.json`, `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result))
})
