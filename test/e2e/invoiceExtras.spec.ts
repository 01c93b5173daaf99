import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { computeMonthlyJob } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { parseEml } from '../support/emlParse'
import { pngImage } from '../support/pngImage'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { InvoicingPage } from './pages/InvoicingPage'
import { screenshotSettled } from './pages/screens'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'
const PERIOD = '2026-10'

test('uw kenmerk op een concept wijzigen, definitief maken en de conceptmap openen; het logo in Instellingen', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const expected = computeMonthlyJob(data, PERIOD, TODAY as CalendarDate).invoices
  const first = [...expected].sort((a, b) => a.partner.name.localeCompare(b.partner.name))[0]!
  const shell = new AppShell(page)
  const invoicing = new InvoicingPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')

  // The logo: main's open dialog answers with a PNG; Settings shows the kept copy.
  const logo = join(dialogs.folder, 'logo.png')
  writeFileSync(logo, pngImage(240, 80))
  await page.goto('/#/instellingen')
  await expect(page.getByTestId('settings-logo')).toContainText('Geen logo')
  await dialogs.answerNext(logo)
  await page.getByTestId('settings-logo-choose').click()
  await expect(shell.toast('Logo opgeslagen')).toBeVisible()
  await expect(page.getByTestId('settings-logo-preview')).toBeVisible()
  await expect(page.getByTestId('settings-logo')).toContainText('240 × 80 pixels')
  await screenshotSettled(shell, 'settings-logo')

  await invoicing.open()
  await invoicing.choosePeriod(PERIOD)
  await page.getByTestId('invoicing-prepare').click()
  await expect(shell.toast(`${expected.length} conceptfacturen gemaakt.`)).toBeVisible({ timeout: 60_000 })
  // No final invoice yet: nothing to open.
  await expect(page.getByTestId('invoicing-open-drafts')).toHaveCount(0)

  // Override "uw kenmerk" on the first concept: the dialog starts from the partner's value.
  const row = invoicing.rows(first.partner.name)
  // Opened, the row shows the invoice's "uw kenmerk" with its edit action.
  await row.locator('.p-datatable-row-toggle-button').click()
  const opened = page.locator('.p-datatable-row-expansion')
  await opened.getByTestId('invoice-reference-edit').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('invoice-reference-input')).toHaveValue(first.partner.purchaseOrderReference)
  await page.getByTestId('invoice-reference-input').fill('PO-2026/4711')
  await screenshotSettled(shell, 'invoicing-reference-dialog')
  await page.getByTestId('invoice-reference-save').click()
  await expect(dialog).toBeHidden()
  await expect(shell.toast(`Uw kenmerk op de conceptfactuur aan ${first.partner.name} opgeslagen.`)).toBeVisible()
  await expect(opened.getByTestId('invoice-reference')).toHaveText('PO-2026/4711')

  // Finalised, the invoice's documents quote it, and the draft of demo data says VOORBEELD.
  await row.getByRole('button', { name: 'Definitief maken' }).click()
  await invoicing.confirm('Definitief maken')
  await expect(shell.toast('1 factuur definitief gemaakt (2026-0001).')).toBeVisible({ timeout: 60_000 })
  await expect(opened.getByTestId('invoice-reference')).toHaveText('PO-2026/4711')
  await expect(opened.getByTestId('invoice-reference-edit')).toHaveCount(0)
  const base = join(dialogs.folder, `VOORBEELD Factuur 2026-0001 ${first.partner.name} ${PERIOD}`)
  await expect.poll(() => existsSync(`${base}.eml`)).toBe(true)
  expect(readFileSync(`${base}.xml`, 'utf8')).toContain('<cbc:BuyerReference>PO-2026/4711</cbc:BuyerReference>')
  expect(readFileSync(`${base}.xml`, 'utf8')).toContain('<cbc:Note>VOORBEELD – geen echte factuur</cbc:Note>')
  const eml = parseEml(`${base}.eml`)
  expect(eml.headers['Subject']).toMatch(/^VOORBEELD – Factuur 2026-0001 /)
  expect(eml.text).toContain('Uw kenmerk: PO-2026/4711')

  // "Open conceptmap": main opens the folder it wrote the period's drafts to.
  await page.getByTestId('invoicing-open-drafts').click()
  await expect.poll(() => dialogs.openedFolders()).toEqual([dialogs.folder])
  await screenshotSettled(shell, 'invoicing-drafts-folder')
})
