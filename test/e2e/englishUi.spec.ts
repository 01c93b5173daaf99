import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import en from '../../src/renderer/src/i18n/en'
import { groupPeriodsByClient, subscriptionOn } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { defaultSettings } from '../../src/shared/model'
import { expect, test } from './fixtures'
import { AppShell, fieldError } from './pages/AppShell'
import { AuditPage } from './pages/AuditPage'
import { ClientsPage } from './pages/ClientsPage'
import { DashboardPage } from './pages/DashboardPage'
import { EnglishScan } from './pages/EnglishScan'
import { FirstStartGuidePage } from './pages/FirstStartGuidePage'
import { InvoicingPage } from './pages/InvoicingPage'
import { LifecyclePage } from './pages/LifecyclePage'
import { PlansPage } from './pages/PlansPage'
import { QuarterlyCheckPage } from './pages/QuarterlyCheckPage'
import { RetentionPage } from './pages/RetentionPage'
import { SettingsPage } from './pages/SettingsPage'
import { SignalListsPage } from './pages/SignalListsPage'
import { UnsavedWork } from './pages/UnsavedWork'
import { UsageImportPage } from './pages/UsageImportPage'
import { demoDataFor } from './pages/demoCases'

/**
 * The English UI shows no Dutch: every screen, dialog, field error and toast, with the language switched in
 * Settings as a clerk does. Only data (names, addresses, plan names, holidays) may be Dutch; it is read from
 * the app's own database and cut out before the scan (test/e2e/pages/EnglishScan.ts).
 */

const TODAY = '2026-11-23'
/** The last ended billing period on TODAY: the one invoicing offers first. */
const PERIOD = '2026-10'

/** Demo clients in each state the client screen and its lifecycle dialogs can show. */
function lifecycleCases() {
  const data = demoDataFor(TODAY)
  const byId = new Map(data.clients.map((c) => [c.id, c]))
  const periods = groupPeriodsByClient(data.subscriptionPeriods)
  const openRequest = data.changeRequests.find((r) => r.status === 'open')
  const approvedRequest = data.changeRequests.find((r) => r.status === 'akkoord')
  const openDeregistration = data.deregistrations.find((d) => d.processedDate === null)
  const busy = new Set([
    ...data.changeRequests.filter((r) => r.status === 'open' || r.status === 'akkoord').map((r) => r.clientId),
    ...data.deregistrations.filter((d) => d.processedDate === null).map((d) => d.clientId),
  ])
  const cases = {
    registered: data.clients.find((c) => c.status === 'aangemeld'),
    active: data.clients.find((c) => c.status === 'actief' && !busy.has(c.id) && subscriptionOn(periods.get(c.id) ?? [], TODAY as CalendarDate) !== null),
    openRequest: openRequest && byId.get(openRequest.clientId),
    approvedRequest: approvedRequest && byId.get(approvedRequest.clientId),
    openDeregistration: openDeregistration && byId.get(openDeregistration.clientId),
    deregistered: data.clients.find((c) => c.status === 'afgemeld' && c.anonymisedDate === null),
  }
  for (const [name, client] of Object.entries(cases)) if (client === undefined) throw new Error(`no demo client for "${name}"`)
  return cases as { [K in keyof typeof cases]: NonNullable<(typeof cases)[K]> }
}

test('the English UI shows no Dutch on any screen, dialog, field error or toast', async ({ page, dialogs }) => {
  test.setTimeout(1_500_000)
  const data = demoDataFor(TODAY)
  const shell = new AppShell(page)
  const scan = new EnglishScan(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')

  // The clerk switches the language in Settings; the confirmation already comes in English.
  await shell.go('Instellingen')
  const settings = new SettingsPage(page)
  await settings.setLanguage('English')
  await expect(shell.documentRoot).toHaveAttribute('lang', 'en')
  await scan.readData()
  await scan.check('settings, after saving the language')

  // Settings with a field error: the clerk's name left empty.
  // Put back as it was, so the settings form is unchanged when the walk leaves it (leaving a changed form asks).
  const clerkName = await settings.clerkNameField.inputValue()
  await settings.clerkNameField.fill('')
  await shell.submitForm()
  await expect(fieldError(page, 'set-clerk')).toBeVisible()
  await scan.check('settings, clerk name left empty')
  await settings.clerkNameField.fill(clerkName)

  // The start page and the dashboard.
  await scan.go('#/werklijsten')
  await expect(new SignalListsPage(page).keyFigures).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 })
  await scan.check('signal lists')
  await scan.go('#/dashboard')
  await expect(new DashboardPage(page).usageChart).toBeVisible({ timeout: 120_000 })
  await scan.check('dashboard')

  // Master data: lists, a partner's detail and form, a new partner sent empty, a refused delete.
  const partner = [...data.partners].sort((a, b) => a.name.localeCompare(b.name))[0]!
  await scan.go('#/partners')
  await scan.check('partner list')
  await scan.go(`#/partners/${partner.id}`)
  await scan.check('partner detail')
  await shell.headerButton(en.common.delete).click()
  await scan.checkDialog('partner detail, delete confirmation')
  await shell.buttonIn(shell.alertDialog, en.common.delete).click()
  await expect(shell.toasts.first()).toBeVisible()
  await scan.check('partner detail, delete of a partner with clients')
  await scan.go(`#/partners/${partner.id}/bewerken`)
  await scan.check('partner edit')
  await scan.go('#/partners/nieuw')
  await shell.submitForm()
  await expect(fieldError(page, 'partner-name')).toBeVisible()
  await scan.check('new partner, sent empty')

  await scan.go('#/abonnementsvormen')
  await scan.check('plan list')
  await scan.closeToasts()
  const plans = new PlansPage(page)
  await plans.openNew(en.plans.new)
  await plans.submitDialog()
  await expect(fieldError(page, 'plan-code')).toBeVisible()
  await scan.checkDialog('new plan, sent empty')
  await scan.closeDialog()
  await plans.editButton(plans.rows().first(), new RegExp(`^${en.common.edit} `)).click()
  await scan.checkDialog('plan edit dialog')
  await scan.closeDialog()

  await scan.go('#/clienten')
  await scan.check('client list')
  await scan.go('#/clienten/nieuw')
  await shell.submitForm()
  await expect(new ClientsPage(page).formErrors).toBeVisible()
  await scan.check('new client, sent empty')

  // Each client state, its screen and every lifecycle dialog it offers.
  const cases = lifecycleCases()
  const lifecycle = new LifecyclePage(page)
  for (const [state, client] of Object.entries(cases)) {
    await scan.go(`#/clienten/${client.id}`)
    await expect(lifecycle.panel).toBeVisible()
    await scan.check(`client detail (${state})`)
    for (const name of await lifecycle.buttonNames()) {
      await scan.closeToasts()
      await lifecycle.action(name).click()
      await scan.checkDialog(`client (${state}), dialog of "${name}"`)
      await scan.closeDialog()
    }
  }
  await scan.go(`#/clienten/${cases.active.id}/bewerken`)
  await scan.check('client edit')

  // Field errors from a date check and from a refusing rule: activation before the registration arrived.
  await scan.go(`#/clienten/${cases.registered.id}`)
  await lifecycle.action(en.lifecycle.actions.activate).click()
  const activate = shell.dialog
  await lifecycle.type(activate, 'activation-date', '31-11-2026')
  await lifecycle.enter(activate, 'activation-date')
  await expect(lifecycle.error(activate, 'activation-date')).toBeVisible()
  await scan.checkDialog('activate dialog, invalid date')
  await lifecycle.type(activate, 'activation-date', '01-01-2000')
  await lifecycle.enter(activate, 'activation-date')
  await expect(lifecycle.error(activate, 'activation-date')).not.toContainText('dd')
  await scan.checkDialog('activate dialog, date before the registration')
  // Closing the changed dialog asks first.
  await page.keyboard.press('Escape')
  const unsaved = new UnsavedWork(page)
  await expect(unsaved.dialogNamed(en.unsaved.title)).toBeVisible()
  await scan.checkDialog('unsaved changes question')
  await unsaved.choice(en.unsaved.discard).click()
  await expect(shell.anyDialog).toHaveCount(0)

  // Usage import: a file with bad rows, each with its reason; then one without a header row.
  const rows = usageFile(dialogs.folder)
  // The chosen file and folder are the clerk's own names; this test's folder happens to be Dutch.
  scan.addData(...rows.values, dialogs.folder)
  await scan.go('#/verbruik-inlezen')
  await scan.check('usage import, start')
  const usage = new UsageImportPage(page, dialogs)
  await usage.choose(rows.path)
  await expect(usage.preview).toBeVisible({ timeout: 120_000 })
  await usage.showTab('rejected')
  await scan.check('usage import, rejected rows')
  await usage.showTab('records')
  await scan.check('usage import, records')
  await usage.cancel()
  await expect(shell.toasts.first()).toBeVisible()
  await scan.check('usage import, cancelled')
  await scan.closeToasts()
  const noHeader = join(dialogs.folder, 'list.csv')
  writeFileSync(noHeader, 'Name;Minutes\nJan;4\n', 'utf8')
  await usage.choose(noHeader)
  await expect(usage.message).toBeVisible({ timeout: 60_000 })
  await scan.check('usage import, file without a header row')

  // The quarterly check.
  await scan.go('#/abonnementscheck')
  await expect(new QuarterlyCheckPage(page).rows().first()).toBeVisible({ timeout: 120_000 })
  await scan.check('quarterly check')

  // Invoicing: concepts, a run that writes the files, the confirmation before finalising.
  await scan.go('#/facturatie')
  const invoicing = new InvoicingPage(page)
  await expect(invoicing.periodSelect).toContainText(PERIOD)
  await scan.check('invoicing, before preparing')
  await invoicing.prepare()
  await expect(invoicing.conceptCount).not.toHaveText('0', { timeout: 60_000 })
  await scan.readData()
  await scan.check('invoicing, concepts prepared')
  await invoicing.rowToggles.first().click()
  await expect(invoicing.planSummary).toBeVisible()
  await scan.check('invoicing, a concept opened')
  // The run is quick on this machine: its progress may be gone before it can be read, its result stays.
  await invoicing.writeFiles()
  await expect(invoicing.folder).toHaveText(dialogs.folder, { timeout: 300_000 })
  await scan.check('invoicing, run done')
  await invoicing.finaliseAll()
  await scan.checkDialog('invoicing, confirm finalising')
  await scan.closeDialog()

  // The audit trail, with the entries of the demo data and of this session.
  await scan.go('#/audittrail')
  const audit = new AuditPage(page)
  await expect(audit.rows().first()).toBeVisible()
  await scan.check('audit trail')
  const toggle = audit.rowToggles()
  for (let i = 0; i < Math.min(await toggle.count(), 5); i++) await toggle.nth(i).click()
  await scan.check('audit trail, entries opened')

  // Retention: demo clients deregistered in 2024 are past the 24 months; the preview, not confirmed.
  await scan.go('#/bewaartermijnen')
  const retention = new RetentionPage(page)
  await expect(retention.clientRows().first()).toBeVisible()
  await scan.check('retention')
  await retention.toolbarButton(/Select all/).click()
  await retention.toolbarButton('Anonymise selected clients…').click()
  await scan.checkDialog('retention, preview')
  await scan.closeDialog()

  await scan.go('#/instellingen')
  await scan.check('settings')
})

test('the first-start dialog shows no Dutch when the stored language is English', async ({ page }) => {
  // On an empty database the language is not chosen yet (it is stored with the data), so it is stored here.
  const shell = new AppShell(page)
  await expect(shell.firstStart).toBeVisible()
  await page.evaluate(
    async (settings) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('clientadministratie-24x7')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error ?? new Error('IndexedDB'))
      })
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('settings', 'readwrite')
        transaction.objectStore('settings').put(settings)
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB'))
      })
      db.close()
    },
    { ...defaultSettings, locale: 'en', id: 'settings' },
  )
  await page.reload()
  const scan = new EnglishScan(page)
  const welcome = shell.dialogNamed(en.firstStart.title)
  await expect(welcome).toBeVisible()
  await scan.readData()
  await scan.checkDialog('first-start dialog')
  await shell.buttonIn(welcome, en.firstStart.startEmpty).click()
  await expect(welcome).toBeHidden()
  // An empty start opens the set-up guide, with its example-data block.
  await expect(shell.heading(en.firstStartGuide.title)).toBeVisible()
  await expect(new FirstStartGuidePage(page).exampleData).toBeVisible()
  await scan.readData()
  await scan.check('set-up guide after an empty start')
  await scan.go('#/abonnementsvormen')
  await scan.check('plan list with the example catalogue')
})

/** A telephony export with good rows and rows refused for each reason, for a partner of the demo data. */
function usageFile(folder: string): { path: string; values: string[] } {
  const data = demoDataFor(TODAY)
  const periods = groupPeriodsByClient(data.subscriptionPeriods)
  const billed = (id: string) => ['2026-11-02', '2026-11-04'].every((day) => subscriptionOn(periods.get(id) ?? [], day as CalendarDate) !== null)
  const partner = data.partners.find((p) => data.clients.filter((c) => c.partnerId === p.id && billed(c.id)).length >= 2)!
  const [a, b] = data.clients.filter((c) => c.partnerId === partner.id && billed(c.id))
  const code = partner.shortCode
  const lines = [
    'Partner;Cliëntnummer;Datum;Belminuten;Registratieminuten',
    `${code};${a!.clientNumber};02-11-2026;12,5;2`,
    `${code};${b!.clientNumber};04-11-2026;7;1`,
    `${code};UNKNOWN-1;04-11-2026;7;1`,
    `${code};${b!.clientNumber};05-11-2026;-4;0`,
    `${code};${a!.clientNumber};05-11-2026;twaalf;0`,
    `${code};${a!.clientNumber};02-11-2026;12,5;2`,
    `${code};${a!.clientNumber};30-11-2026;5;0`,
    `${code};${a!.clientNumber};02-01-2020;5;0`,
    `XYZ;${a!.clientNumber};03-11-2026;5;0`,
  ]
  const path = join(folder, 'Telephony export November.csv')
  writeFileSync(path, lines.join('\r\n'), 'utf8')
  // The file's own cells and column names are data: the import names them back (a header it recognised).
  return { path, values: ['twaalf', 'Telephony export November.csv', ...lines[0]!.split(';')] }
}
