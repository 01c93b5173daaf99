import { expect, test } from './fixtures'
import { AppShell, fieldError } from './pages/AppShell'
import { InvoicingPage } from './pages/InvoicingPage'
import { SettingsPage } from './pages/SettingsPage'
import { screenshotSettled } from './pages/screens'

test('medewerkers: toevoegen met pincode, in de kop wisselen met de pincode, en de audittrail noemt wie het deed', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  await shell.start('demo')
  await expect(page.getByTestId('clerk-name')).toHaveText('Medewerker: Demo-medewerker (DM)')

  // Settings list the demo clerks; a new one gets initials suggested from the name and a PIN.
  await shell.go('Instellingen')
  const table = page.getByTestId('clerks-table')
  await expect(table.locator('tbody tr')).toHaveCount(3)
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Medewerker toevoegen' })
  await dialog.locator('#clerk-name').fill('Fatima el Amrani')
  await expect(dialog.locator('#clerk-initials')).toHaveValue('FEA')
  await dialog.locator('#clerk-new-pin').fill('12')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(fieldError(page, 'clerk-new-pin')).toHaveText('Pincode: 4 tot 8 cijfers')
  await dialog.locator('#clerk-new-pin').fill('4321')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog).toBeHidden()
  await expect(table.locator('tbody tr').filter({ hasText: 'Fatima el Amrani' })).toContainText('Ja')
  await screenshotSettled(shell, 'settings-clerks')

  // One click in the header switches; a wrong PIN is refused at the field.
  await page.getByTestId('switch-clerk').click()
  const pick = page.getByRole('dialog', { name: 'Wie is er aan het werk?' })
  await pick.getByRole('button', { name: 'Fatima el Amrani (FEA)' }).click()
  await pick.getByLabel('Pincode van Fatima el Amrani').fill('0000')
  await pick.getByRole('button', { name: 'Aan het werk' }).click()
  await expect(fieldError(page, 'clerk-pin')).toHaveText('Deze pincode klopt niet')
  await expect(page.getByTestId('clerk-name')).toHaveText('Medewerker: Demo-medewerker (DM)')
  await screenshotSettled(shell, 'clerk-pick-wrong-pin')
  await shell.pickClerk('Fatima el Amrani (FEA)', '4321')
  await expect(page.getByTestId('clerk-name')).toHaveText('Medewerker: Fatima el Amrani (FEA)')

  // A change after the switch carries the new clerk; the switch itself is in the trail.
  await new SettingsPage(page).setClerkName('Balie')
  await shell.go('Audittrail')
  const rows = page.locator('main tbody tr')
  await expect(rows.nth(0)).toContainText('Instellingen gewijzigd')
  await expect(rows.nth(0)).toContainText('Fatima el Amrani')
  await expect(rows.nth(1)).toContainText('Medewerker Fatima el Amrani is aan het werk')

  // A reload of the window keeps who is working; no question again.
  await page.reload()
  await expect(page.getByTestId('clerk-name')).toHaveText('Medewerker: Fatima el Amrani (FEA)')
  await expect(pick).toBeHidden()
})

test('medewerkers: wat de achtergrondtaak vastlegt (conceptfacturen) staat op naam van wie er aan het werk is', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  await shell.start('demo')
  await expect(page.getByTestId('clerk-name')).toHaveText('Medewerker: Demo-medewerker (DM)')
  // The name an administration without clerks uses: the worker fell back to it when it did not know who was signed in.
  await shell.go('Instellingen')
  await new SettingsPage(page).setClerkName('Balie')

  const invoicing = new InvoicingPage(page)
  await invoicing.open()
  await page.getByTestId('invoicing-prepare').click()
  await expect(page.getByTestId('summary-concepts')).not.toHaveText('0', { timeout: 60_000 })

  await shell.go('Audittrail')
  const newest = page.locator('main tbody tr').nth(0)
  await expect(newest).toContainText('Conceptfactuur')
  await expect(newest).toContainText('Demo-medewerker')
  await expect(newest).not.toContainText('Balie')
})
