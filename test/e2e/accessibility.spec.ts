import { demoDataFor } from './pages/demoCases'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'

const TODAY = '2026-11-23'

test('every screen passes the WCAG 2.1 AA checks of axe without a serious or critical finding', async ({ page }) => {
  test.setTimeout(900_000)
  const data = demoDataFor(TODAY)
  const shell = new AppShell(page)
  const axe = new AxeScan(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await page.goto('/')
  await expect(shell.firstStart).toBeVisible()
  await axe.check('first start dialog')
  await shell.start('demo')

  const partner = [...data.partners].sort((a, b) => a.name.localeCompare(b.name))[0]!
  const client = data.clients.find((c) => c.status === 'actief')!
  /** Where a screen is ready to judge; by default its heading (some screens fill in parts after it). */
  const readyOn: Record<string, string> = {
    'work lists': '[data-testid="key-figures"][aria-busy="false"]',
    dashboard: '[data-testid="usage-chart"] canvas',
    'client detail': '[data-testid="intake-state"]',
    'set-up guide': '[data-testid="first-start-example-data"]',
  }
  const screens: ReadonlyArray<readonly [string, string]> = [
    ['work lists', '#/werklijsten'],
    ['dashboard', '#/dashboard'],
    ['usage import', '#/verbruik-inlezen'],
    ['invoicing', '#/facturatie'],
    ['subscription check', '#/abonnementscheck'],
    ['partner list', '#/partners'],
    ['partner detail', `#/partners/${partner.id}`],
    ['partner edit', `#/partners/${partner.id}/bewerken`],
    ['plan list', '#/abonnementsvormen'],
    ['client list', '#/clienten'],
    ['client detail', `#/clienten/${client.id}`],
    ['client edit', `#/clienten/${client.id}/bewerken`],
    ['new client', '#/clienten/nieuw'],
    ['settings', '#/instellingen'],
    ['audit trail', '#/audittrail'],
    ['backup and restore', '#/back-up'],
    ['retention', '#/bewaartermijnen'],
    ['set-up guide', '#/inrichten'],
    ['help (the manual)', '#/help/werklijsten'],
  ]
  for (const [where, hash] of screens) {
    await page.goto(`/${hash}`)
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 120_000 })
    const ready = readyOn[where]
    if (ready !== undefined) await expect(page.locator(ready)).toBeVisible({ timeout: 60_000 })
    await axe.check(where)
  }

  // Dialogs, each opened as a clerk does.
  await page.goto(`/#/clienten/${client.id}`)
  await expect(page.locator(readyOn['client detail']!)).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Afmelden' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await axe.check('deregistration dialog')
  await page.keyboard.press('Escape')
  await page.goto(`/#/partners/${partner.id}`)
  await page.locator('.page-header').getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByRole('alertdialog')).toBeVisible()
  await axe.check('partner delete confirmation')
  await page.keyboard.press('Escape')
  await page.goto('/#/clienten')
  await page.getByTestId('client-export').click()
  await expect(page.getByTestId('client-export-dialog')).toBeVisible()
  await axe.check('client list export dialog')
  await page.keyboard.press('Escape')
  await page.goto('/#/abonnementsvormen')
  await page.getByRole('button', { name: 'Nieuwe abonnementsvorm' }).click()
  await page.locator('button[type="submit"][form="plan-form"]').click()
  await expect(page.locator('#plan-code-error')).toBeVisible()
  await axe.check('new plan dialog with field errors')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Zoeken in de administratie' }).fill(client.lastName.slice(0, 4))
  await expect(page.getByTestId('search-results').getByRole('option').first()).toBeVisible()
  await axe.check('global search with results')
  await page.keyboard.press('Escape')
  // "Uw kenmerk" of a concept invoice.
  await page.goto('/#/facturatie')
  await page.getByTestId('invoicing-prepare').click()
  await page.locator('.p-datatable-row-toggle-button').first().click({ timeout: 120_000 })
  await page.getByTestId('invoice-reference-edit').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await axe.check('invoice reference dialog')
  await page.keyboard.press('Escape')
  // The audit trail filtered by a picked client, and its suggestions open.
  await page.goto(`/#/audittrail?client=${client.id}`)
  await expect(page.locator('#audit-client')).toHaveValue(new RegExp(client.clientNumber))
  await axe.check('audit trail filtered by a client')
  await page.locator('#audit-client').fill(client.clientNumber)
  await expect(page.locator('.p-autocomplete-overlay').getByRole('option').first()).toBeVisible()
  await axe.check('audit trail, client suggestions')
  await page.keyboard.press('Escape')
  // An invoice opened on screen (a concept of the demo data); the credit dialog is judged in partialCredit.spec.ts.
  await page.goto('/#/facturatie')
  await page.getByTestId('invoicing-prepare').click()
  await expect(page.getByTestId('invoice-open').first()).toBeVisible({ timeout: 120_000 })
  await page.getByTestId('invoice-open').first().click()
  await expect(page.getByTestId('invoice-detail')).toBeVisible()
  await axe.check('invoice opened on screen')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('invoice-detail')).toBeHidden()
  // A long result in the result panel, its list open: the subscription check's lists, one per partner.
  await page.goto('/#/abonnementscheck')
  await page.getByTestId('check-export').click({ timeout: 120_000 })
  await expect(page.getByTestId('result-panel')).toBeVisible({ timeout: 180_000 })
  await page.getByTestId('result-toggle').click()
  await expect(page.getByTestId('result-items')).toBeVisible()
  await axe.check('result panel with its list open')
  await page.getByTestId('result-dismiss').click()
  // Leaving a changed form asks; after a reload its draft is offered.
  await page.goto('/#/clienten/nieuw')
  await page.locator('#client-firstName').fill('Concept')
  await shell.nav.getByRole('link', { name: 'Partners' }).click()
  await expect(page.getByRole('dialog', { name: 'Wijzigingen opslaan?' })).toBeVisible()
  await axe.check('unsaved changes question')
  await page.getByRole('button', { name: 'Blijven' }).click()
  await expect(page.getByTestId('draft-notice')).toBeHidden()
  await page.waitForTimeout(800)
  await page.reload()
  await expect(page.getByTestId('draft-notice')).toBeVisible({ timeout: 60_000 })
  await axe.check('draft offer')
  await page.getByTestId('draft-discard').click()

  expect(axe.findings, axe.report()).toEqual([])
})
