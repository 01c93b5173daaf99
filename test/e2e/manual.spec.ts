import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { demoDataFor } from './pages/demoCases'
import { InvoicingPage } from './pages/InvoicingPage'
import { setAppNow } from './pages/LifecycleClock'
import { ManualShots } from './pages/ManualShots'
import { UsageImportPage } from './pages/UsageImportPage'

/**
 * The screenshots of the user manual (docs/handleiding.md), made from the demo data on a fixed day, so they
 * follow the screens instead of going stale. Run this spec after changing a screen and commit the PNGs.
 */
const TODAY = '2026-11-23'

// The suite's window size, at which every screen fits without scrolling sideways.
test.use({ viewport: { width: 1360, height: 860 } })

test('maakt de schermafbeeldingen van de handleiding', async ({ page, dialogs }) => {
  test.setTimeout(900_000)
  const data = demoDataFor(TODAY)
  const shell = new AppShell(page)
  const shots = new ManualShots(page)
  await setAppNow(page, `${TODAY}T09:00:00+01:00`)

  // First start: the welcome dialog, then the demo data and who is working.
  await page.goto('/')
  await expect(shell.firstStart).toBeVisible()
  await shots.take('eerste-start')
  await shell.firstStart.getByRole('button', { name: 'Demogegevens laden' }).click()
  await expect(shell.firstStart).toBeHidden({ timeout: 180_000 })
  await expect(shell.toast('Demogegevens zijn geladen.')).toBeVisible()
  await shots.hideToasts()
  const pick = page.getByRole('dialog', { name: 'Wie is er aan het werk?' })
  await expect(pick).toBeVisible()
  await shots.take('medewerkers')
  await shell.pickClerk('Demo-medewerker (DM)')

  await shots.go('#/werklijsten', 'Werklijsten', '[data-testid="key-figures"][aria-busy="false"]')
  await shots.take('werklijsten')

  const client = data.clients.find((c) => c.status === 'actief')!
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: 'Zoeken in de administratie' }).fill(client.lastName.slice(0, 4))
  await expect(page.getByTestId('search-results').getByRole('option').first()).toBeVisible()
  await shots.take('zoeken', { keepFocus: true })
  await page.keyboard.press('Escape')

  await shots.go('#/dashboard', 'Dashboard', '[data-testid="usage-chart"] canvas')
  // The charts draw with an animation of their own.
  await page.waitForTimeout(1500)
  await shots.take('dashboard')

  await shots.go('#/clienten', 'Cliënten')
  await expect(page.getByTestId('client-count')).toHaveText(/^[\d.]+ cliënten$/, { timeout: 120_000 })
  await shots.take('clienten')

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
  await page.keyboard.press('Escape')
  await expect(deregistration).toBeHidden()

  const partner = [...data.partners].sort((a, b) => a.name.localeCompare(b.name))[0]!
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
