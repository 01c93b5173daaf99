import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import en from '../../src/renderer/src/i18n/en'
import { groupPeriodsByClient, subscriptionOn } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { defaultSettings } from '../../src/shared/model'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { EnglishScan } from './pages/EnglishScan'
import { SettingsPage } from './pages/SettingsPage'
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

/** Every enabled button in `area`, by its visible name, so each lifecycle dialog is opened once. */
async function buttonNames(area: Locator): Promise<string[]> {
  const buttons = area.locator('button:visible:enabled')
  const names: string[] = []
  for (let i = 0; i < (await buttons.count()); i++) names.push(((await buttons.nth(i).textContent()) ?? '').trim())
  return names.filter((name) => name !== '')
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
  await new SettingsPage(page).setLanguage('English')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await scan.readData()
  await scan.check('settings, after saving the language')

  // Settings with a field error: the clerk's name left empty.
  // Put back as it was, so the settings form is unchanged when the walk leaves it (leaving a changed form asks).
  const clerkName = await page.locator('#set-clerk').inputValue()
  await page.locator('#set-clerk').fill('')
  await page.locator('main form button[type="submit"]').click()
  await expect(page.locator('#set-clerk-error')).toBeVisible()
  await scan.check('settings, clerk name left empty')
  await page.locator('#set-clerk').fill(clerkName)

  // The start page and the dashboard.
  await scan.go('#/werklijsten')
  await expect(page.getByTestId('key-figures')).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 })
  await scan.check('signal lists')
  await scan.go('#/dashboard')
  await expect(page.getByTestId('usage-chart').locator('canvas')).toBeVisible({ timeout: 120_000 })
  await scan.check('dashboard')

  // Master data: lists, a partner's detail and form, a new partner sent empty, a refused delete.
  const partner = [...data.partners].sort((a, b) => a.name.localeCompare(b.name))[0]!
  await scan.go('#/partners')
  await scan.check('partner list')
  await scan.go(`#/partners/${partner.id}`)
  await scan.check('partner detail')
  await page.locator('.page-header').getByRole('button', { name: en.common.delete }).click()
  await scan.checkDialog('partner detail, delete confirmation')
  await page.getByRole('alertdialog').getByRole('button', { name: en.common.delete }).click()
  await expect(page.locator('.p-toast-message').first()).toBeVisible()
  await scan.check('partner detail, delete of a partner with clients')
  await scan.go(`#/partners/${partner.id}/bewerken`)
  await scan.check('partner edit')
  await scan.go('#/partners/nieuw')
  await page.locator('main form button[type="submit"]').click()
  await expect(page.locator('#partner-name-error')).toBeVisible()
  await scan.check('new partner, sent empty')

  await scan.go('#/abonnementsvormen')
  await scan.check('plan list')
  await scan.closeToasts()
  await page.getByRole('button', { name: en.plans.new }).click()
  await page.locator('button[type="submit"][form="plan-form"]').click()
  await expect(page.locator('#plan-code-error')).toBeVisible()
  await scan.checkDialog('new plan, sent empty')
  await scan.closeDialog()
  await page
    .locator('.p-datatable-tbody tr')
    .first()
    .getByRole('button', { name: new RegExp(`^${en.common.edit} `) })
    .click()
  await scan.checkDialog('plan edit dialog')
  await scan.closeDialog()

  await scan.go('#/clienten')
  await scan.check('client list')
  await scan.go('#/clienten/nieuw')
  await page.locator('main form button[type="submit"]').click()
  await expect(page.getByTestId('form-errors')).toBeVisible()
  await scan.check('new client, sent empty')

  // Each client state, its screen and every lifecycle dialog it offers.
  const cases = lifecycleCases()
  for (const [state, client] of Object.entries(cases)) {
    await scan.go(`#/clienten/${client.id}`)
    const panel = page.getByTestId('lifecycle')
    await expect(panel).toBeVisible()
    await scan.check(`client detail (${state})`)
    for (const name of await buttonNames(panel)) {
      await scan.closeToasts()
      await panel.getByRole('button', { name, exact: true }).click()
      await scan.checkDialog(`client (${state}), dialog of "${name}"`)
      await scan.closeDialog()
    }
  }
  await scan.go(`#/clienten/${cases.active.id}/bewerken`)
  await scan.check('client edit')

  // Field errors from a date check and from a refusing rule: activation before the registration arrived.
  await scan.go(`#/clienten/${cases.registered.id}`)
  await page.getByTestId('lifecycle').getByRole('button', { name: en.lifecycle.actions.activate, exact: true }).click()
  const activate = page.getByRole('dialog')
  await activate.locator('#activation-date').fill('31-11-2026')
  await activate.locator('#activation-date').press('Enter')
  await expect(activate.locator('#activation-date-error')).toBeVisible()
  await scan.checkDialog('activate dialog, invalid date')
  await activate.locator('#activation-date').fill('01-01-2000')
  await activate.locator('#activation-date').press('Enter')
  await expect(activate.locator('#activation-date-error')).not.toContainText('dd')
  await scan.checkDialog('activate dialog, date before the registration')
  // Closing the changed dialog asks first.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: en.unsaved.title })).toBeVisible()
  await scan.checkDialog('unsaved changes question')
  await page.getByRole('button', { name: en.unsaved.discard, exact: true }).click()
  await expect(page.locator('[role="dialog"], [role="alertdialog"]')).toHaveCount(0)

  // Usage import: a file with bad rows, each with its reason; then one without a header row.
  const rows = usageFile(dialogs.folder)
  // The chosen file and folder are the clerk's own names; this test's folder happens to be Dutch.
  scan.addData(...rows.values, dialogs.folder)
  await scan.go('#/verbruik-inlezen')
  await scan.check('usage import, start')
  await dialogs.answerNext(rows.path)
  await page.getByTestId('usage-choose').click()
  await expect(page.getByTestId('usage-preview')).toBeVisible({ timeout: 120_000 })
  await page.getByTestId('usage-tab-rejected').click()
  await scan.check('usage import, rejected rows')
  await page.getByTestId('usage-tab-records').click()
  await scan.check('usage import, records')
  await page.getByTestId('usage-cancel').click()
  await expect(page.locator('.p-toast-message').first()).toBeVisible()
  await scan.check('usage import, cancelled')
  await scan.closeToasts()
  const noHeader = join(dialogs.folder, 'list.csv')
  writeFileSync(noHeader, 'Name;Minutes\nJan;4\n', 'utf8')
  await dialogs.answerNext(noHeader)
  await page.getByTestId('usage-choose').click()
  await expect(page.getByTestId('usage-message')).toBeVisible({ timeout: 60_000 })
  await scan.check('usage import, file without a header row')

  // The quarterly check.
  await scan.go('#/abonnementscheck')
  await expect(page.getByTestId('check-table').locator('.p-datatable-tbody tr').first()).toBeVisible({ timeout: 120_000 })
  await scan.check('quarterly check')

  // Invoicing: concepts, a run that writes the files, the confirmation before finalising.
  await scan.go('#/facturatie')
  await expect(page.locator('#invoicing-period')).toContainText(PERIOD)
  await scan.check('invoicing, before preparing')
  await page.getByTestId('invoicing-prepare').click()
  await expect(page.getByTestId('summary-concepts')).not.toHaveText('0', { timeout: 60_000 })
  await scan.readData()
  await scan.check('invoicing, concepts prepared')
  await page.getByTestId('invoice-table').locator('.p-datatable-row-toggle-button').first().click()
  await expect(page.getByTestId('invoice-plan-summary')).toBeVisible()
  await scan.check('invoicing, a concept opened')
  // The run is quick on this machine: its progress may be gone before it can be read, its result stays.
  await page.getByTestId('invoicing-write').click()
  await expect(page.getByTestId('invoicing-folder')).toHaveText(dialogs.folder, { timeout: 300_000 })
  await scan.check('invoicing, run done')
  await page.getByTestId('invoicing-finalise-all').click()
  await scan.checkDialog('invoicing, confirm finalising')
  await scan.closeDialog()

  // The audit trail, with the entries of the demo data and of this session.
  await scan.go('#/audittrail')
  await expect(page.getByTestId('audit-table').locator('.p-datatable-tbody tr').first()).toBeVisible()
  await scan.check('audit trail')
  const toggle = page.getByTestId('audit-table').locator('.p-datatable-row-toggle-button')
  for (let i = 0; i < Math.min(await toggle.count(), 5); i++) await toggle.nth(i).click()
  await scan.check('audit trail, entries opened')

  // Retention: demo clients deregistered in 2024 are past the 24 months; the preview, not confirmed.
  await scan.go('#/bewaartermijnen')
  await expect(page.getByTestId('retention-clients').locator('.p-datatable-tbody tr').first()).toBeVisible()
  await scan.check('retention')
  await page
    .getByTestId('retention-clients-toolbar')
    .getByRole('button', { name: /Select all/ })
    .click()
  await page.getByTestId('retention-clients-toolbar').getByRole('button', { name: 'Anonymise selected clients…' }).click()
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
  const welcome = page.getByRole('dialog', { name: en.firstStart.title })
  await expect(welcome).toBeVisible()
  await scan.readData()
  await scan.checkDialog('first-start dialog')
  await welcome.getByRole('button', { name: en.firstStart.startEmpty }).click()
  await expect(welcome).toBeHidden()
  // An empty start opens the set-up guide, with its example-data block.
  await expect(page.getByRole('heading', { level: 2, name: en.firstStartGuide.title })).toBeVisible()
  await expect(page.getByTestId('first-start-example-data')).toBeVisible()
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
