import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { computeMonthlyJob } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { parseEml } from '../support/emlParse'
import { pngImage } from '../support/pngImage'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { InvoicingPage } from './pages/InvoicingPage'
import { SettingsPage } from './pages/SettingsPage'
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
  const settings = new SettingsPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')

  // The logo: main's open dialog answers with a PNG; Settings shows the kept copy.
  const logo = join(dialogs.folder, 'logo.png')
  writeFileSync(logo, pngImage(240, 80))
  await page.goto('/#/instellingen')
  await expect(settings.logo).toContainText('Geen logo')
  await dialogs.answerNext(logo)
  await settings.chooseLogo()
  await expect(shell.toast('Logo opgeslagen')).toBeVisible()
  await expect(settings.logoPreview).toBeVisible()
  await expect(settings.logo).toContainText('240 × 80 pixels')
  await screenshotSettled(shell, 'settings-logo')

  await invoicing.open()
  await invoicing.choosePeriod(PERIOD)
  await invoicing.prepare()
  await expect(shell.toast(`${expected.length} conceptfacturen gemaakt.`)).toBeVisible({ timeout: 60_000 })
  // No final invoice yet: nothing to open.
  await expect(invoicing.openDraftsButton).toHaveCount(0)

  // Override "uw kenmerk" on the first concept: the dialog starts from the partner's value.
  const row = invoicing.rows(first.partner.name)
  // Opened, the row shows the invoice's "uw kenmerk" with its edit action.
  await invoicing.expandRow(row)
  await invoicing.referenceEdit.click()
  await expect(invoicing.referenceDialog).toBeVisible()
  await expect(invoicing.referenceInput).toHaveValue(first.partner.purchaseOrderReference)
  await invoicing.referenceInput.fill('PO-2026/4711')
  await screenshotSettled(shell, 'invoicing-reference-dialog')
  await invoicing.saveReference()
  await expect(invoicing.referenceDialog).toBeHidden()
  await expect(shell.toast(`Uw kenmerk op de conceptfactuur aan ${first.partner.name} opgeslagen.`)).toBeVisible()
  await expect(invoicing.reference).toHaveText('PO-2026/4711')

  // Finalised, the invoice's documents quote it, and the draft of demo data says VOORBEELD.
  await invoicing.rowAction(row, 'Definitief maken').click()
  await invoicing.confirm('Definitief maken')
  await expect(shell.toast('1 factuur definitief gemaakt (2026-0001).')).toBeVisible({ timeout: 60_000 })
  await expect(invoicing.reference).toHaveText('PO-2026/4711')
  await expect(invoicing.referenceEdit).toHaveCount(0)
  const base = join(dialogs.folder, `VOORBEELD Factuur 2026-0001 ${first.partner.name} ${PERIOD}`)
  await expect.poll(() => existsSync(`${base}.eml`)).toBe(true)
  expect(readFileSync(`${base}.xml`, 'utf8')).toContain('<cbc:BuyerReference>PO-2026/4711</cbc:BuyerReference>')
  expect(readFileSync(`${base}.xml`, 'utf8')).toContain('<cbc:Note>VOORBEELD – geen echte factuur</cbc:Note>')
  const eml = parseEml(`${base}.eml`)
  expect(eml.headers['Subject']).toMatch(/^VOORBEELD – Factuur 2026-0001 /)
  expect(eml.text).toContain('Uw kenmerk: PO-2026/4711')

  // "Open conceptmap": main opens the folder it wrote the period's drafts to.
  await invoicing.openDraftsFolder()
  await expect.poll(() => dialogs.openedFolders()).toEqual([dialogs.folder])
  await screenshotSettled(shell, 'invoicing-drafts-folder')
})
