import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { computeMonthlyJob } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { ClientsPage } from './pages/ClientsPage'
import { demoDataFor } from './pages/demoCases'
import { FirstStartGuidePage } from './pages/FirstStartGuidePage'
import { freezeAppTime } from './pages/FixedClock'
import { GlobalSearch } from './pages/GlobalSearch'
import { InvoicingPage } from './pages/InvoicingPage'
import { LifecyclePage } from './pages/LifecyclePage'
import { ManualShots } from './pages/ManualShots'
import { SignalListsPage } from './pages/SignalListsPage'
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
  const signals = new SignalListsPage(page)
  await freezeAppTime(page, NOW)

  // First start: the welcome dialog, then the demo data and who is working.
  await page.goto('/')
  await expect(shell.firstStart).toBeVisible()
  // The start page behind the dialog has finished reading, so it looks the same on every run.
  await expect(signals.figuresReady).toBeVisible({ timeout: 120_000 })
  await shots.take('eerste-start')
  await shell.firstStartButton('Demogegevens laden').click()
  await expect(shell.firstStart).toBeHidden({ timeout: 180_000 })
  await expect(shell.toast('Demogegevens zijn geladen.')).toBeVisible()
  await shots.hideToasts()
  const pick = shell.clerkPick
  await expect(pick).toBeVisible()
  await expect(signals.figuresReady).toBeVisible({ timeout: 120_000 })
  await expect(signals.computing).toHaveCount(0, { timeout: 120_000 })
  await shots.take('medewerkers')
  await shell.pickClerk('Demo-medewerker (DM)')

  await shots.go('#/werklijsten', 'Werklijsten', '[data-testid="key-figures"][aria-busy="false"]')
  await shots.take('werklijsten')

  const client = data.clients.find((c) => c.status === 'actief')!
  const search = new GlobalSearch(page)
  await page.keyboard.press('Control+K')
  await search.input.fill(client.lastName.slice(0, 4))
  // The screens are found at once, the clients and partners a moment later: wait until the list stands still.
  const found = search.results
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
  await expect(signals.partnerFilter).toContainText(partner.name)
  await expect(signals.computing).toHaveCount(0, { timeout: 120_000 })
  await shots.take('werklijsten-filter')

  await shots.go('#/dashboard', 'Dashboard', '[data-testid="usage-chart"] canvas')
  // The charts draw with an animation of their own.
  await page.waitForTimeout(1500)
  await shots.take('dashboard')

  const clients = new ClientsPage(page)
  await shots.go('#/clienten', 'Cliënten')
  await expect(clients.count).toHaveText(/^[\d.]+ cliënten$/, { timeout: 120_000 })
  await shots.take('clienten')
  // The list's export asks first whether the BSN goes along; it is off each time.
  await clients.openExport()
  const exportDialog = clients.exportDialog
  await expect(exportDialog).toBeVisible()
  await expect(exportDialog).not.toHaveClass(/-enter-/)
  await expect(exportDialog).toContainText('cliënten), met dezelfde filters')
  await shots.take('clienten-exporteren')
  await page.keyboard.press('Escape')
  await expect(exportDialog).toBeHidden()

  await shots.go(`#/clienten/${client.id}`, `${client.firstName} ${client.lastName}`, '[data-testid="intake-state"]')
  await shots.take('levensloop')
  const lifecycle = new LifecyclePage(page)
  await lifecycle.action('Afmelden').click()
  const deregistration = lifecycle.dialog('Afmelding vastleggen')
  await expect(deregistration).toBeVisible()
  await expect(deregistration).not.toHaveClass(/-enter-/)
  await lifecycle.type(deregistration, 'deregistration-received', '10-11-2026')
  await lifecycle.type(deregistration, 'deregistration-requested', '20-10-2026')
  await expect(lifecycle.shown(deregistration, 'effective-date')).toContainText('10-11-2026')
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
  await invoicing.prepare()
  await expect(invoicing.conceptCount).not.toHaveText('0', { timeout: 120_000 })
  await shots.take('maandfacturatie')

  // A correction: one invoice final, opened on screen, two of its clients credited with a reason.
  const expected = computeMonthlyJob(data, PERIOD, TODAY as CalendarDate).invoices
  const clientsOf = (lines: readonly { clientNumber: string }[]) => [...new Set(lines.map((l) => l.clientNumber))]
  const original = [...expected].sort((a, b) => a.partner.name.localeCompare(b.partner.name)).find((i) => clientsOf(i.lines).length >= 3)!
  const rows = invoicing.rows(original.partner.name)
  await invoicing.rowAction(rows, 'Definitief maken').click()
  await invoicing.confirm('Definitief maken')
  await expect(rows.filter({ hasText: '2026-0001' })).toContainText('Definitief', { timeout: 60_000 })
  // The files went to this run's own folder; the manual shows an ordinary one instead of the test's path.
  await invoicing.folder.evaluate((element) => (element.textContent = 'D:\\Administratie\\Facturen'))
  const detail = await invoicing.openInvoice(rows.filter({ hasText: '2026-0001' }))
  await expect(detail).not.toHaveClass(/-enter-/)
  await expect(invoicing.detailField('payment-reference')).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/)
  await shots.take('factuur-openen')
  await invoicing.openCredit()
  const creditDialog = invoicing.creditDialog
  await expect(creditDialog).toBeVisible()
  await expect(creditDialog).not.toHaveClass(/-enter-/)
  for (const number of clientsOf(original.lines).slice(0, 2)) await invoicing.creditChoice(number).check()
  await invoicing.creditReason.fill('Verkeerde startdatum')
  await shots.take('gedeeltelijk-crediteren')
  await invoicing.submitCredit()
  await expect(creditDialog).toBeHidden()
  const correctionRow = rows.filter({ hasText: 'Factuur' }).filter({ hasText: 'Concept' })
  await expect(rows.filter({ hasText: 'Creditnota' })).toContainText('corrigeert 2026-0001')
  await expect(correctionRow).toContainText('corrigeert 2026-0001')
  // Sorted by total, the credit note, the correction and the original come first, always in that order (rows of
  // one partner otherwise follow their random ids).
  await invoicing.sortBy(/Totaal/)
  // The correction concept's row opened: its "uw kenmerk" can be changed for this invoice alone.
  await invoicing.expandRow(correctionRow)
  await expect(invoicing.referenceEdit).toBeVisible()
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
  await expect(new FirstStartGuidePage(page).menuEntry).toContainText('0/5')
  await shots.take('inrichten')

  // A changed form asks before it is left; the focus starts on Blijven.
  await shell.go('Cliënten')
  const clients = new ClientsPage(page)
  await clients.openNew()
  await clients.field('firstName').fill('Margriet')
  await clients.field('lastName').fill('de Vries')
  await shell.menuLink('Partners').click()
  await expect(unsaved.dialog).toBeVisible()
  await expect(unsaved.dialog).not.toHaveClass(/-enter-/)
  await shots.take('wijzigingen-opslaan', { keepFocus: true })
  await unsaved.answer('Blijven')

  // After a reload the form offers what was typed.
  await unsaved.waitForDraftKept()
  await page.reload()
  await expect(shell.heading('Nieuwe cliënt')).toBeVisible()
  await expect(unsaved.draftNotice).toContainText('Er is een niet-opgeslagen concept van')
  await expect(unsaved.draftNotice).not.toHaveClass(/-enter-/)
  await shots.take('concept-herstellen')
})
