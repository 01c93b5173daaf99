import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
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
  const name = await partners.openFirst()
  await partners.expectDetail(name)
  await partners.edit()
  await expect(partners.field('kvkNumber')).toHaveValue(/^\d{8}$/)

  await partners.field('kvkNumber').fill('1234')
  await partners.field('oin').fill('12')
  await partners.field('purchaseOrderReference').fill('IO-2026/17')
  await partners.submitWithEnter()
  await expect(partners.error('kvkNumber')).toHaveText('KvK-nummer: 8 cijfers')
  await expect(partners.error('oin')).toHaveText('OIN: 20 cijfers')
  await shell.screenshot('partner-einvoice-errors')

  await partners.field('kvkNumber').fill('')
  await partners.field('oin').fill('')
  await partners.submitWithEnter()
  await partners.expectDetail(name)
  await expect(partners.shown('IO-2026/17')).toBeVisible()

  await invoicing.open()
  await invoicing.prepare()
  const notice = invoicing.noEInvoiceNotice
  await expect(notice).toBeVisible({ timeout: 120_000 })
  await expect(notice).toContainText('1 partner krijgt geen e-factuur (geen KvK-nummer of OIN).')
  await expect(invoicing.noEInvoicePartner(name)).toBeVisible()
  await screenshotSettled(shell, 'invoicing-no-einvoice')
})
