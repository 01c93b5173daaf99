import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { FirstStartGuidePage } from './pages/FirstStartGuidePage'
import { SettingsPage } from './pages/SettingsPage'
import { screenshotSettled } from './pages/screens'

test('inrichtingsgids: opent bij een lege start, telt de stappen uit de gegevens, en houdt de voortgang na "Later verder"', async ({ page }) => {
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  const guide = new FirstStartGuidePage(page)
  const axe = new AxeScan(page)

  // An empty start lands on the guide: nothing done yet, and the example block names what is example data.
  await shell.start('gids')
  await guide.expectShown('0 van 5 stappen klaar')
  for (const key of ['operator', 'clerks', 'plans', 'partners', 'clients'] as const) await guide.expectDone(key, false)
  await expect(guide.step('operator')).toContainText('Nog het voorbeeld: Adres, KvK-nummer, Btw-id, IBAN')
  await expect(guide.step('plans')).toContainText('Nog een voorbeeldprijs: ')
  await expect(guide.exampleNote('plans')).toContainText('Voorbeeldprijzen')
  await expect(guide.exampleNote('operator')).toContainText('Voorbeeldgegevens van de organisatie')
  await expect(guide.exampleNote('demo')).toHaveCount(0)
  await expect(guide.menuEntry).toContainText('0/5')
  await axe.check('set-up guide, empty start')
  await screenshotSettled(shell, 'first-start-guide-empty')

  // Step 1: the operator's own details in Settings, then back to the guide.
  await guide.follow('operator', 'Naar Instellingen')
  await expect(shell.heading('Instellingen')).toBeVisible()
  const settings = new SettingsPage(page)
  await settings.setOrganisation({ street: 'Stationsplein 4', kvk: '87654321', vat: 'NL987654321B01', iban: 'NL44RABO0123456789' })
  await expect(shell.toast('Instellingen zijn opgeslagen.')).toBeVisible()
  await expect(guide.menuEntry).toContainText('1/5')
  await screenshotSettled(shell, 'first-start-return-bar')
  await guide.back()
  await guide.expectShown('1 van 5 stappen klaar')
  await guide.expectDone('operator', true)
  await expect(guide.exampleNote('operator')).toHaveCount(0)

  // Step 2: a clerk.
  await guide.follow('clerks', 'Naar Instellingen')
  await settings.openAddClerk()
  const dialog = settings.clerkDialog
  await expect(dialog).not.toHaveClass(/-enter-/)
  await settings.clerkField('name').fill('Petra Jansen')
  await settings.saveClerk()
  await expect(dialog).toBeHidden()
  await guide.back()
  await guide.expectShown('2 van 5 stappen klaar')
  await guide.expectDone('clerks', true)
  await expect(guide.step('clerks')).toContainText('Actieve medewerkers: 1')

  // Not yet put off: a new start on the start page opens the guide by itself.
  await shell.menuLink('Werklijsten').click()
  await expect(guide.startCard).toBeVisible()
  await page.reload()
  await guide.expectShown('2 van 5 stappen klaar')

  // "Later verder": to the start page, where the card keeps the progress and leads back in.
  await guide.later()
  await expect(guide.startCard).toContainText('2 van 5 stappen klaar')
  await expect(guide.menuEntry).toContainText('2/5')
  await screenshotSettled(shell, 'first-start-card')
  await guide.resume()
  await guide.expectShown('2 van 5 stappen klaar')
  await guide.expectDone('operator', true)
  await guide.expectDone('clerks', true)
  await guide.expectDone('plans', false)

  // Put off, it no longer opens by itself: a new start stays on the start page, the menu still has it.
  await shell.menuLink('Werklijsten').click()
  await page.reload()
  await expect(guide.startCard).toContainText('2 van 5 stappen klaar')
  await expect(guide.heading).toBeHidden()
  await guide.menuEntry.click()
  await guide.expectShown('2 van 5 stappen klaar')

  expect(axe.findings, axe.report()).toEqual([])
})

test('inrichtingsgids met demogegevens: opent niet vanzelf en zegt wat voorbeeldgegevens zijn', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const guide = new FirstStartGuidePage(page)
  const axe = new AxeScan(page)
  await shell.start('demo')
  await expect(shell.heading('Werklijsten')).toBeVisible()
  await expect(guide.startCard).toContainText('3 van 5 stappen klaar')
  await guide.resume()
  await guide.expectShown('3 van 5 stappen klaar')
  await expect(guide.exampleNote('demo')).toContainText('Demogegevens geladen')
  await expect(guide.exampleNote('documents')).toContainText('VOORBEELD')
  await expect(guide.exampleNote('plans')).toContainText('hebben nog hun voorbeeldprijs')
  await expect(guide.exampleNote('operator')).toContainText('KvK-nummer')
  // With clients there, demo data is not offered again over them.
  await expect(guide.stepButton('clients', 'Demogegevens laden')).toHaveCount(0)
  await axe.check('set-up guide, demo data')
  await screenshotSettled(shell, 'first-start-guide-demo')
  expect(axe.findings, axe.report()).toEqual([])
})
