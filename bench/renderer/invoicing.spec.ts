import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { expect, test } from '../../test/e2e/fixtures'
import { loadStressData } from './loadStressData'

/**
 * The invoicing screen at the stress scale (100,000 clients, 500 partners): how long making the concepts
 * takes (read every table in a worker, the monthly job, store 500 concepts), writing the month's files
 * (period 2026-09 closes a quarter, so every kind is written) and finalising all 500 in one transaction.
 * One run each: these are minutes of work, measured from the click to the screen's own answer.
 * `npm run build && npx playwright test -c bench/renderer/playwright.config.ts invoicing`
 * Results: bench/output/invoicing.json.
 */
const PERIOD = '2026-09'

test('facturatie met 100.000 cliënten: concepten, bestanden en definitief maken', async ({ page, dialogs }) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') })
  await page.clock.resume()
  await loadStressData(page, '/facturatie')

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Facturatie' }).click()
  const period = page.locator('#invoicing-period')
  await period.click()
  await page.getByRole('option', { name: PERIOD, exact: true }).click()
  await expect(period).toContainText(PERIOD)
  const toast = (text: string | RegExp) => page.locator('.p-toast-message').filter({ hasText: text })
  const timed = async (work: () => Promise<void>) => {
    const started = Date.now()
    await work()
    return Date.now() - started
  }

  const prepareMs = await timed(async () => {
    await page.getByTestId('invoicing-prepare').click()
    await expect(toast(/conceptfacturen gemaakt/)).toBeVisible({ timeout: 10 * 60_000 })
  })
  const concepts = Number(await page.getByTestId('summary-concepts').textContent())

  const writeMs = await timed(async () => {
    await page.getByTestId('invoicing-write').click()
    await expect(toast(/bestanden geschreven in/)).toBeVisible({ timeout: 20 * 60_000 })
  })
  const files = readdirSync(dialogs.folder).length

  const finaliseMs = await timed(async () => {
    await page.getByTestId('invoicing-finalise-all').click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Definitief maken' }).click()
    await expect(toast(/facturen definitief gemaakt/)).toBeVisible({ timeout: 10 * 60_000 })
  })
  await expect(page.getByTestId('summary-concepts')).toHaveText('0')

  const result = { period: PERIOD, concepts, files, prepareMs, writeMs, finaliseMs, finalFiles: readdirSync(dialogs.folder).length - files }
  mkdirSync('bench/output', { recursive: true })
  writeFileSync('bench/output/invoicing.json', `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result))
})
