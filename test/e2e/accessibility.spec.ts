import type { Locator } from '@playwright/test'
import { demoDataFor } from './pages/demoCases'
import { expect, test } from './fixtures'
import { AppShell, fieldError } from './pages/AppShell'
import { AuditPage } from './pages/AuditPage'
import { AxeScan } from './pages/AxeScan'
import { ClientsPage } from './pages/ClientsPage'
import { DashboardPage } from './pages/DashboardPage'
import { FirstStartGuidePage } from './pages/FirstStartGuidePage'
import { GlobalSearch } from './pages/GlobalSearch'
import { InvoicingPage } from './pages/InvoicingPage'
import { LifecyclePage } from './pages/LifecyclePage'
import { PlansPage } from './pages/PlansPage'
import { QuarterlyCheckPage } from './pages/QuarterlyCheckPage'
import { ResultPanel } from './pages/ResultPanel'
import { SignalListsPage } from './pages/SignalListsPage'
import { UnsavedWork } from './pages/UnsavedWork'

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
  const lifecycle = new LifecyclePage(page)
  const readyOn: Record<string, Locator> = {
    'work lists': new SignalListsPage(page).figuresReady,
    dashboard: new DashboardPage(page).usageChart,
    'client detail': lifecycle.intakeState,
    'set-up guide': new FirstStartGuidePage(page).exampleData,
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
    await expect(shell.heading().first()).toBeVisible({ timeout: 120_000 })
    const ready = readyOn[where]
    if (ready !== undefined) await expect(ready).toBeVisible({ timeout: 60_000 })
    await axe.check(where)
  }

  // Dialogs, each opened as a clerk does.
  await page.goto(`/#/clienten/${client.id}`)
  await expect(readyOn['client detail']!).toBeVisible({ timeout: 60_000 })
  await lifecycle.action('Afmelden').click()
  await expect(shell.dialog).toBeVisible()
  await axe.check('deregistration dialog')
  await page.keyboard.press('Escape')
  await page.goto(`/#/partners/${partner.id}`)
  await shell.headerButton('Verwijderen').click()
  await expect(shell.alertDialog).toBeVisible()
  await axe.check('partner delete confirmation')
  await page.keyboard.press('Escape')
  await page.goto('/#/clienten')
  const clients = new ClientsPage(page)
  await clients.openExport()
  await expect(clients.exportDialog).toBeVisible()
  await axe.check('client list export dialog')
  await page.keyboard.press('Escape')
  await page.goto('/#/abonnementsvormen')
  const plans = new PlansPage(page)
  await plans.openNew()
  await plans.submitDialog()
  await expect(fieldError(page, 'plan-code')).toBeVisible()
  await axe.check('new plan dialog with field errors')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+K')
  const search = new GlobalSearch(page)
  await search.input.fill(client.lastName.slice(0, 4))
  await expect(search.results.first()).toBeVisible()
  await axe.check('global search with results')
  await page.keyboard.press('Escape')
  // "Uw kenmerk" of a concept invoice.
  const invoicing = new InvoicingPage(page)
  await page.goto('/#/facturatie')
  await invoicing.prepare()
  await invoicing.rowToggles.first().click({ timeout: 120_000 })
  await invoicing.referenceEdit.first().click()
  await expect(shell.dialog).toBeVisible()
  await axe.check('invoice reference dialog')
  await page.keyboard.press('Escape')
  // The audit trail filtered by a picked client, and its suggestions open.
  await page.goto(`/#/audittrail?client=${client.id}`)
  const audit = new AuditPage(page)
  await expect(audit.clientFilter).toHaveValue(new RegExp(client.clientNumber))
  await axe.check('audit trail filtered by a client')
  await audit.clientFilter.fill(client.clientNumber)
  await expect(audit.clientSuggestions.first()).toBeVisible()
  await axe.check('audit trail, client suggestions')
  await page.keyboard.press('Escape')
  // An invoice opened on screen (a concept of the demo data); the credit dialog is judged in partialCredit.spec.ts.
  await page.goto('/#/facturatie')
  await invoicing.prepare()
  await expect(invoicing.openButtons.first()).toBeVisible({ timeout: 120_000 })
  await invoicing.openButtons.first().click()
  await expect(invoicing.invoiceDetail).toBeVisible()
  await axe.check('invoice opened on screen')
  await page.keyboard.press('Escape')
  await expect(invoicing.invoiceDetail).toBeHidden()
  // A long result in the result panel, its list open: the subscription check's lists, one per partner.
  await page.goto('/#/abonnementscheck')
  const result = new ResultPanel(page)
  await new QuarterlyCheckPage(page).exportList()
  await expect(result.panel).toBeVisible({ timeout: 180_000 })
  await result.showItems()
  await expect(result.items).toBeVisible()
  await axe.check('result panel with its list open')
  await result.dismiss()
  // Leaving a changed form asks; after a reload its draft is offered.
  await page.goto('/#/clienten/nieuw')
  const unsaved = new UnsavedWork(page)
  await clients.field('firstName').fill('Concept')
  await shell.menuLink('Partners').click()
  await expect(unsaved.dialog).toBeVisible()
  await axe.check('unsaved changes question')
  await unsaved.button('Blijven').click()
  await expect(unsaved.draftNotice).toBeHidden()
  await page.waitForTimeout(800)
  await page.reload()
  await expect(unsaved.draftNotice).toBeVisible({ timeout: 60_000 })
  await axe.check('draft offer')
  await unsaved.discardDraft()

  expect(axe.findings, axe.report()).toEqual([])
})
