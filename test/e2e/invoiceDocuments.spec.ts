import { expect, test } from './fixtures'
import { AppShell, fieldError } from './pages/AppShell'
import { InvoicingPage } from './pages/InvoicingPage'
import { PartnersPage } from './pages/PartnersPage'
import { screenshotSettled } from './pages/screens'

const TODAY = '2026-11-23'

/** The partner's e-invoice fields with their field errors, and the invoicing screen's list of partners without an e-invoice. */
test('KvK-nummer en OIN bij de partner; de facturatie noemt partners zonder e-factuur', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const partners = new PartnersPage(page)
  const invoicing = new InvoicingPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')

  await shell.go('Partners')
  const row = page.locator('.p-datatable-tbody tr').first()
  const name = (await row.locator('td').first().innerText()).trim()
  await row.locator('td').first().click()
  await partners.expectDetail(name)
  await page.getByRole('button', { name: 'Bewerken' }).click()
  await expect(page.locator('#partner-kvkNumber')).toHaveValue(/^\d{8}$/)

  await page.locator('#partner-kvkNumber').fill('1234')
  await page.locator('#partner-oin').fill('12')
  await page.locator('#partner-purchaseOrderReference').fill('IO-2026/17')
  await page.locator('#partner-invoiceEmail').press('Enter')
  await expect(fieldError(page, 'partner-kvkNumber')).toHaveText('KvK-nummer: 8 cijfers')
  await expect(fieldError(page, 'partner-oin')).toHaveText('OIN: 20 cijfers')
  await shell.screenshot('partner-einvoice-errors')

  await page.locator('#partner-kvkNumber').fill('')
  await page.locator('#partner-oin').fill('')
  await page.locator('#partner-invoiceEmail').press('Enter')
  await partners.expectDetail(name)
  await expect(page.getByText('IO-2026/17', { exact: true })).toBeVisible()

  await invoicing.open()
  await page.getByTestId('invoicing-prepare').click()
  const notice = page.getByTestId('invoicing-no-einvoice')
  await expect(notice).toBeVisible({ timeout: 120_000 })
  await expect(notice).toContainText('1 partner krijgt geen e-factuur (geen KvK-nummer of OIN).')
  await expect(notice.getByRole('link', { name })).toBeVisible()
  await screenshotSettled(shell, 'invoicing-no-einvoice')
})
