import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { computeMonthlyJob } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { ClientsPage } from './pages/ClientsPage'
import { demoDataFor } from './pages/demoCases'
import { freezeAppTime } from './pages/FixedClock'
import { InvoicingPage } from './pages/InvoicingPage'
import { ManualShots } from './pages/ManualShots'
import { UnsavedWork } from './pages/UnsavedWork'
import { UsageImportPage } from './pages/UsageImportPage'

/**
 * The screenshots of the user manual (docs/handleiding.md), made from the demo data on a fixed day, so they
 * follow the screens instead of going stale. Run this spec after changing a screen and commit the PNGs.
 */
const TODAY = '2026-11-23'
// The clock stands still at this moment, so the times on screen (audit trail, drafts) are the same on every run.
const NOW = `${TODAY}T09:00:00+01:00`
// The last complete billing period on that day, which the invoicing screen opens on.
const PERIOD = '2026-10'

// The suite's window size, at which every screen fits without scrolling sideways.
test.use({ viewport: { width: 1360, height: 860 } })

test('maakt de schermafbeeldingen van de handleiding', async ({ page, dialogs }) => {
  test.setTimeout(900_000)
  const data = demoDataFor(TODAY)
  const shell = new AppShell(page)
  const shots = new ManualShots(page)
  const unsavedWork = new UnsavedWork(page)
  await freezeAppTime(page, NOW)

  // First start: the welcome dialog, then the demo data and who is working.
  await page.goto('/')
  await expect(shell.firstStart).toBeVisible()
  // The start page behind the dialog has finished reading, so it looks the same on every run.
  await expect(page.locator('[data-testid="key-figures"][aria-busy="false"]')).toBeVisible({ timeout: 120_000 })
  await shots.take('eerste-start')
  await shell.firstStart.getByRole('button', { name: 'Demogegevens laden' }).click()
  await expect(shell.firstStart).toBeHidden({ timeout: 180_000 })
  await expect(shell.toast('Demogegevens zijn geladen.')).toBeVisible()
  await shots.hideToasts()
  const pick = page.getByRole('dialog', { name: 'Wie is er aan het werk?' })
  await expect(pick).toBeVisible()
  await expect(page.locator('[data-testid="key-figures"][aria-busy="false"]')).toBeVisible({ timeout: 120_000 })
  await expect(page.getByText('Werklijsten worden berekend…')).toHaveCount(0, { timeout: 120_000 })
  await shots.take('medewerkers')
  await shell.pickClerk('Demo-medewerker (DM)')

  await shots.go('#/werklijsten', 'Werklijsten', '[data-testid="key-figures"][aria-busy="false"]')
  await shots.take('werklijsten')

  const client = data.clients.find((c) => c.status === 'actief')!
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Zoeken in de administratie' }).fill(client.lastName.slice(0, 4))
  // The screens are found at once, the clients and partners a moment later: wait until the list stands still.
  const found = page.getByTestId('search-results').getByRole('option')
  await expect(found.filter({ hasText: client.lastName }).first()).toBeVisible({ timeout: 60_000 })
  await expect
    .poll(async () => {
      const before = await found.count()
      await page.waitForTimeout(500)
      return (await found.count()) === before
    })
    .toBe(true)
  await shots.take('zoeken', { keepFocus: true })
  await page.keyboard.press('Escape')

  // The same lists for one partner: the summary and every list follow the filter.
  const partner = [...data.partners].sort((a, b) => a.name.localeCompare(b.name))[0]!
  await shots.go(`#/werklijsten?partner=${partner.id}`, 'Werklijsten', '[data-testid="key-figures"][aria-busy="false"]')
  await expect(page.locator('#signals-partner')).toContainText(partner.name)
  await expect(page.getByText('Werklijsten worden berekend…')).toHaveCount(0, { timeout: 120_000 })
  await shots.take('werklijsten-filter')

  await shots.go('#/dashboard', 'Dashboard', '[data-testid="usage-chart"] canvas')
  // The charts draw with an animation of their own.
  await page.waitForTimeout(1500)
  await shots.take('dashboard')

  await shots.go('#/clienten', 'Cliënten')
  await expect(page.getByTestId('client-count')).toHaveText(/^[\d.]+ cliënten$/, { timeout: 120_000 })
  await shots.take('clienten')
  // The list's export asks first whether the BSN goes along; it is off each time.
  await page.getByRole('button', { name: 'Exporteren naar Excel…' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Cliëntenlijst exporteren' })
  await expect(exportDialog).toBeVisible()
  await expect(exportDialog).not.toHaveClass(/-enter-/)
  await expect(exportDialog).toContainText('cliënten), met dezelfde filters')
  await shots.take('clienten-exporteren')
  await page.keyboard.press('Escape')
  await expect(exportDialog).toBeHidden()

  await shots.go(`#/clienten/${client.id}`, `${client.firstName} ${client.lastName}`, '[data-testid="intake-state"]')
  await shots.take('levensloop')
  await page.getByTestId('lifecycle').getByRole('button', { name: 'Afmelden', exact: true }).click()
  const deregistration = page.getByRole('dialog', { name: 'Afmelding vastleggen' })
  await expect(deregistration).toBeVisible()
  await expect(deregistration).not.toHaveClass(/-enter-/)
  await deregistration.locator('#deregistration-received').fill('10-11-2026')
  await deregistration.locator('#deregistration-requested').fill('20-10-2026')
  await expect(deregistration.getByTestId('effective-date')).toContainText('10-11-2026')
  await shots.take('afmelden')
  // The dates were typed, so leaving the dialog asks first.
  await page.keyboard.press('Escape')
  await unsavedWork.answer('Niet opslaan')
  await expect(deregistration).toBeHidden()

  await shots.go(`#/partners/${partner.id}`, partner.name)
  await shots.take('partners')

  await shots.go('#/abonnementsvormen', 'Abonnementsvormen', '.p-datatable-tbody tr')
  await shots.take('abonnementsvormen')

  // Usage: a small export with one row the import refuses.
  const billed = data.clients.filter((c) => c.partnerId === partner.id && c.status === 'actief').slice(0, 3)
  const file = join(dialogs.folder, 'Telefonie export november.csv')
  writeFileSync(
    file,
    [
      'Partner;Cliëntnummer;Datum;Belminuten;Registratieminuten',
      ...billed.map((c, i) => `${partner.shortCode};${c.clientNumber};0${i + 2}-11-2026;${12 + i},5;2`),
      `${partner.shortCode};ONBEKEND-1;04-11-2026;7;1`,
    ].join('\r\n'),
    'utf8',
  )
  const usage = new UsageImportPage(page, dialogs)
  await usage.open()
  await usage.choose(file)
  await expect(usage.preview).toBeVisible()
  await shots.take('verbruik-inlezen')

  const invoicing = new InvoicingPage(page)
  await invoicing.open()
  await page.getByTestId('invoicing-prepare').click()
  await expect(page.getByTestId('summary-concepts')).not.toHaveText('0', { timeout: 120_000 })
  await shots.take('maandfacturatie')

  // A correction: one invoice final, opened on screen, two of its clients credited with a reason.
  const expected = computeMonthlyJob(data, PERIOD, TODAY as CalendarDate).invoices
  const clientsOf = (lines: readonly { clientNumber: string }[]) => [...new Set(lines.map((l) => l.clientNumber))]
  const original = [...expected].sort((a, b) => a.partner.name.localeCompare(b.partner.name)).find((i) => clientsOf(i.lines).length >= 3)!
  const rows = invoicing.rows(original.partner.name)
  await rows.getByRole('button', { name: 'Definitief maken' }).click()
  await invoicing.confirm('Definitief maken')
  await expect(rows.filter({ hasText: '2026-0001' })).toContainText('Definitief', { timeout: 60_000 })
  // The files went to this run's own folder; the manual shows an ordinary one instead of the test's path.
  await page.getByTestId('invoicing-folder').evaluate((element) => (element.textContent = 'D:\\Administratie\\Facturen'))
  const detail = await invoicing.openInvoice(rows.filter({ hasText: '2026-0001' }))
  await expect(detail).not.toHaveClass(/-enter-/)
  await expect(detail.getByTestId('invoice-detail-payment-reference')).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/)
  await shots.take('factuur-openen')
  await detail.getByRole('button', { name: 'Crediteren…' }).click()
  const creditDialog = page.getByTestId('invoice-credit-dialog')
  await expect(creditDialog).toBeVisible()
  await expect(creditDialog).not.toHaveClass(/-enter-/)
  for (const number of clientsOf(original.lines).slice(0, 2)) await creditDialog.getByTestId(`credit-line-${number}`).getByRole('checkbox').check()
  await creditDialog.getByLabel('Reden').fill('Verkeerde startdatum')
  await shots.take('gedeeltelijk-crediteren')
  await creditDialog.getByTestId('credit-submit').click()
  await expect(creditDialog).toBeHidden()
  const correctionRow = rows.filter({ hasText: 'Factuur' }).filter({ hasText: 'Concept' })
  await expect(rows.filter({ hasText: 'Creditnota' })).toContainText('corrigeert 2026-0001')
  await expect(correctionRow).toContainText('corrigeert 2026-0001')
  // Sorted by total, the credit note, the correction and the original come first, always in that order (rows of
  // one partner otherwise follow their random ids).
  await invoicing.table.getByRole('columnheader', { name: /Totaal/ }).click()
  // The correction concept's row opened: its "uw kenmerk" can be changed for this invoice alone.
  await correctionRow.locator('.p-datatable-row-toggle-button').click()
  await expect(page.getByTestId('invoice-reference-edit')).toBeVisible()
  await shots.take('creditnota-correctie')

  await shots.go('#/abonnementscheck', 'Abonnementscheck', '[data-testid="check-table"] .p-datatable-tbody tr')
  await shots.take('abonnementscheck')

  await shots.go('#/gegevens-importeren', 'Gegevens importeren')
  await shots.take('gegevens-importeren')

  await shots.go('#/back-up', 'Back-up en terugzetten')
  await shots.take('back-ups')

  await shots.go('#/audittrail', 'Audittrail', '.p-datatable-tbody tr')
  await shots.take('audittrail')

  await shots.go('#/bewaartermijnen', 'Bewaartermijnen')
  await shots.take('bewaartermijnen')

  await shots.go('#/instellingen', 'Instellingen')
  await shots.take('instellingen')
})

test('maakt de schermafbeeldingen van de inrichtingsgids en van niet-opgeslagen werk', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const shots = new ManualShots(page)
  const unsaved = new UnsavedWork(page)
  await freezeAppTime(page, NOW)

  // An empty start lands on the set-up guide, with nothing done yet.
  await shell.start('gids')
  await expect(page.getByTestId('nav-first-start')).toContainText('0/5')
  await shots.take('inrichten')

  // A changed form asks before it is left; the focus starts on Blijven.
  await shell.go('Cliënten')
  await new ClientsPage(page).openNew()
  await page.locator('#client-firstName').fill('Margriet')
  await page.locator('#client-lastName').fill('de Vries')
  await shell.nav.getByRole('link', { name: 'Partners' }).click()
  await expect(unsaved.dialog).toBeVisible()
  await expect(unsaved.dialog).not.toHaveClass(/-enter-/)
  await shots.take('wijzigingen-opslaan', { keepFocus: true })
  await unsaved.answer('Blijven')

  // After a reload the form offers what was typed.
  await unsaved.waitForDraftKept()
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: 'Nieuwe cliënt' })).toBeVisible()
  await expect(unsaved.draftNotice).toContainText('Er is een niet-opgeslagen concept van')
  await expect(unsaved.draftNotice).not.toHaveClass(/-enter-/)
  await shots.take('concept-herstellen')
})
