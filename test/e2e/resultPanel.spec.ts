import type { Locator, Page } from '@playwright/test'
import { computeMonthlyJob } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { InvoicingPage } from './pages/InvoicingPage'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'
const PERIOD = '2026-10'

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Every visible toast against every action in the page header: none may lie over another. */
async function expectToastsClearOfActions(page: Page, where: string): Promise<void> {
  const toasts = page.locator('.p-toast-message')
  await expect(toasts.first()).toBeVisible()
  const actions: Locator = page.locator('.page-header .actions').locator('button, a')
  expect(await actions.count(), `${where}: the page header has actions`).toBeGreaterThan(0)
  for (const toast of await toasts.all()) {
    // A toast may time out between listing and measuring; one that is gone covers nothing.
    const box = await toast.boundingBox({ timeout: 1000 }).catch(() => null)
    if (box === null) continue
    for (const action of await actions.all()) {
      const target = await action.boundingBox()
      if (target !== null) expect(overlaps(box, target), `${where}: a toast covers "${await action.innerText()}"`).toBe(false)
    }
  }
}

test('lange resultaten in het resultaatpaneel, meldingen vrij van de knoppen, geen succes na Annuleren', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const expected = computeMonthlyJob(demoDataFor(TODAY), PERIOD, TODAY as CalendarDate).invoices
  const lastNumber = `2026-${String(expected.length).padStart(4, '0')}`
  const shell = new AppShell(page)
  const invoicing = new InvoicingPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await invoicing.open()
  await expect(page.locator('#invoicing-period')).toContainText(PERIOD)

  // A short confirmation stays a toast, at the bottom right, clear of the header's buttons on this screen and the next.
  await page.getByTestId('invoicing-prepare').click()
  await expect(shell.toast(`${expected.length} conceptfacturen gemaakt.`)).toBeVisible({ timeout: 60_000 })
  await expectToastsClearOfActions(page, 'invoicing')
  await page.screenshot({ path: 'test/output/screenshots/result-toast-invoicing.png' })
  await shell.go('Cliënten')
  await expectToastsClearOfActions(page, 'clients')
  await page.screenshot({ path: 'test/output/screenshots/result-toast-clients.png' })

  // Finalising every concept: the numbers go to the result panel, not into a toast.
  await invoicing.open()
  await page.getByTestId('invoicing-finalise-all').click()
  await invoicing.confirm('Definitief maken')
  const panel = shell.resultPanel
  await expect(panel).toContainText(`${expected.length} facturen definitief gemaakt: 2026-0001 t/m ${lastNumber}.`, { timeout: 60_000 })
  await expect(panel).toContainText(`bestanden geschreven in ${dialogs.folder}`)
  await expect(page.locator('[role="status"]').filter({ has: panel })).toHaveAttribute('aria-live', 'polite')
  await expect(page.locator('.p-toast-message').filter({ hasText: '2026-0001' })).toHaveCount(0)
  // The panel sits in the page, above the screen's header, and covers none of its buttons.
  const panelBox = (await panel.boundingBox())!
  const headerBox = (await page.locator('.page-header').boundingBox())!
  expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(headerBox.y)
  await expect(page.getByTestId('result-items')).toBeHidden()
  await page.getByTestId('result-toggle').click()
  await expect(page.getByTestId('result-toggle')).toHaveAttribute('aria-expanded', 'true')
  const items = page.getByTestId('result-items').locator('li')
  await expect(items).toHaveCount(expected.length)
  await expect(items.first()).toContainText('2026-0001')
  await expect(items.last()).toContainText(lastNumber)
  await page.screenshot({ path: 'test/output/screenshots/result-panel-finalised.png', fullPage: true })
  const axe = new AxeScan(page)
  await axe.check('result panel, list open')
  expect(axe.findings, axe.report()).toEqual([])
  // "Map openen" opens the folder main granted; the window sent no path.
  await page.getByTestId('result-open-folder').click()
  await expect.poll(() => dialogs.openedFolders()).toEqual([dialogs.folder])
  await page.getByTestId('result-dismiss').click()
  await expect(panel).toHaveCount(0)

  // A cancelled save dialog: nothing was saved, so nothing says it was.
  await shell.nav.getByRole('link', { name: 'Back-up' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Back-up en terugzetten' })).toBeVisible()
  await page
    .locator('.p-toast-message')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined)
  await dialogs.answerNext(null)
  await page.getByTestId('backup-make').click()
  await expect(page.getByTestId('backup-make')).toBeEnabled()
  await page.waitForTimeout(1000)
  await expect(page.locator('.p-toast-message')).toHaveCount(0)
  await expect(panel).toHaveCount(0)
})
