import { computeMonthlyJob } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { BackupPage } from './pages/BackupPage'
import { InvoicingPage } from './pages/InvoicingPage'
import { ResultPanel } from './pages/ResultPanel'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'
const PERIOD = '2026-10'

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Every visible toast against every action in the page header: none may lie over another. */
async function expectToastsClearOfActions(shell: AppShell, where: string): Promise<void> {
  const toasts = shell.toasts
  await expect(toasts.first()).toBeVisible()
  const actions = shell.headerActions
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
  const result = new ResultPanel(page)
  const backup = new BackupPage(page, dialogs)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await invoicing.open()
  await expect(invoicing.periodSelect).toContainText(PERIOD)

  // A short confirmation stays a toast, at the bottom right, clear of the header's buttons on this screen and the next.
  await invoicing.prepare()
  await expect(shell.toast(`${expected.length} conceptfacturen gemaakt.`)).toBeVisible({ timeout: 60_000 })
  await expectToastsClearOfActions(shell, 'invoicing')
  await page.screenshot({ path: 'test/output/screenshots/result-toast-invoicing.png' })
  await shell.go('Cliënten')
  await expectToastsClearOfActions(shell, 'clients')
  await page.screenshot({ path: 'test/output/screenshots/result-toast-clients.png' })

  // Finalising every concept: the numbers go to the result panel, not into a toast.
  await invoicing.open()
  await invoicing.finaliseAll()
  await invoicing.confirm('Definitief maken')
  const panel = shell.resultPanel
  await expect(panel).toContainText(`${expected.length} facturen definitief gemaakt: 2026-0001 t/m ${lastNumber}.`, { timeout: 60_000 })
  await expect(panel).toContainText(`bestanden geschreven in ${dialogs.folder}`)
  await expect(result.liveRegion).toHaveAttribute('aria-live', 'polite')
  await expect(shell.toast('2026-0001')).toHaveCount(0)
  // The panel sits in the page, above the screen's header, and covers none of its buttons.
  const panelBox = (await panel.boundingBox())!
  const headerBox = (await shell.pageHeader.boundingBox())!
  expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(headerBox.y)
  await expect(result.items).toBeHidden()
  await result.showItems()
  await expect(result.toggle).toHaveAttribute('aria-expanded', 'true')
  const items = result.itemList
  await expect(items).toHaveCount(expected.length)
  await expect(items.first()).toContainText('2026-0001')
  await expect(items.last()).toContainText(lastNumber)
  await page.screenshot({ path: 'test/output/screenshots/result-panel-finalised.png', fullPage: true })
  const axe = new AxeScan(page)
  await axe.check('result panel, list open')
  expect(axe.findings, axe.report()).toEqual([])
  // "Map openen" opens the folder main granted; the window sent no path.
  await result.openFolder()
  await expect.poll(() => dialogs.openedFolders()).toEqual([dialogs.folder])
  await result.dismiss()
  await expect(panel).toHaveCount(0)

  // A cancelled save dialog: nothing was saved, so nothing says it was.
  await backup.open()
  await shell.settleToasts()
  await backup.makeCancelled()
  await expect(backup.makeButton).toBeEnabled()
  await page.waitForTimeout(1000)
  await expect(shell.toasts).toHaveCount(0)
  await expect(panel).toHaveCount(0)
})
