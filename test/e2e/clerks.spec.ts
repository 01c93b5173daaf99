import { expect, test } from './fixtures'
import { AppShell, fieldError } from './pages/AppShell'
import { AuditPage } from './pages/AuditPage'
import { InvoicingPage } from './pages/InvoicingPage'
import { SettingsPage } from './pages/SettingsPage'
import { screenshotSettled } from './pages/screens'

test('medewerkers: toevoegen met pincode, in de kop wisselen met de pincode, en de audittrail noemt wie het deed', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  await shell.start('demo')
  await expect(shell.clerkName).toHaveText('Medewerker: Demo-medewerker (DM)')

  // Settings list the demo clerks; a new one gets initials suggested from the name and a PIN.
  await shell.go('Instellingen')
  const settings = new SettingsPage(page)
  await expect(settings.clerkRows()).toHaveCount(3)
  await settings.openAddClerk()
  const dialog = settings.clerkDialog
  await settings.clerkField('name').fill('Fatima el Amrani')
  await expect(settings.clerkField('initials')).toHaveValue('FEA')
  await settings.clerkField('new-pin').fill('12')
  await settings.saveClerk()
  await expect(fieldError(page, 'clerk-new-pin')).toHaveText('Pincode: 4 tot 8 cijfers')
  await settings.clerkField('new-pin').fill('4321')
  await settings.saveClerk()
  await expect(dialog).toBeHidden()
  await expect(settings.clerkRow('Fatima el Amrani')).toContainText('Ja')
  await screenshotSettled(shell, 'settings-clerks')

  // One click in the header switches; a wrong PIN is refused at the field.
  await shell.switchClerk()
  const pick = shell.clerkPick
  await shell.tryPin('Fatima el Amrani (FEA)', 'Pincode van Fatima el Amrani', '0000')
  await expect(fieldError(page, 'clerk-pin')).toHaveText('Deze pincode klopt niet')
  await expect(shell.clerkName).toHaveText('Medewerker: Demo-medewerker (DM)')
  await screenshotSettled(shell, 'clerk-pick-wrong-pin')
  await shell.pickClerk('Fatima el Amrani (FEA)', '4321')
  await expect(shell.clerkName).toHaveText('Medewerker: Fatima el Amrani (FEA)')

  // A change after the switch carries the new clerk; the switch itself is in the trail.
  await settings.setClerkName('Balie')
  await shell.go('Audittrail')
  const rows = new AuditPage(page).rows()
  await expect(rows.nth(0)).toContainText('Instellingen gewijzigd')
  await expect(rows.nth(0)).toContainText('Fatima el Amrani')
  await expect(rows.nth(1)).toContainText('Medewerker Fatima el Amrani is aan het werk')

  // A reload of the window keeps who is working; no question again.
  await page.reload()
  await expect(shell.clerkName).toHaveText('Medewerker: Fatima el Amrani (FEA)')
  await expect(pick).toBeHidden()
})

test('medewerkers: wat de achtergrondtaak vastlegt (conceptfacturen) staat op naam van wie er aan het werk is', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  await shell.start('demo')
  await expect(shell.clerkName).toHaveText('Medewerker: Demo-medewerker (DM)')
  // The name an administration without clerks uses: the worker fell back to it when it did not know who was signed in.
  await shell.go('Instellingen')
  await new SettingsPage(page).setClerkName('Balie')

  const invoicing = new InvoicingPage(page)
  await invoicing.open()
  await invoicing.prepare()
  await expect(invoicing.conceptCount).not.toHaveText('0', { timeout: 60_000 })

  await shell.go('Audittrail')
  const newest = new AuditPage(page).rows().nth(0)
  await expect(newest).toContainText('Conceptfactuur')
  await expect(newest).toContainText('Demo-medewerker')
  await expect(newest).not.toContainText('Balie')
})
