import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { FirstStartGuidePage } from './pages/FirstStartGuidePage'
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
  await expect(guide.exampleData.getByTestId('example-data-plans')).toContainText('Voorbeeldprijzen')
  await expect(guide.exampleData.getByTestId('example-data-operator')).toContainText('Voorbeeldgegevens van de organisatie')
  await expect(guide.exampleData.getByTestId('example-data-demo')).toHaveCount(0)
  await expect(page.getByTestId('nav-first-start')).toContainText('0/5')
  await axe.check('set-up guide, empty start')
  await screenshotSettled(shell, 'first-start-guide-empty')

  // Step 1: the operator's own details in Settings, then back to the guide.
  await guide.follow('operator', 'Naar Instellingen')
  await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeVisible()
  await page.locator('#set-op-street').fill('Stationsplein 4')
  await page.locator('#set-op-kvk').fill('87654321')
  await page.locator('#set-op-vat').fill('NL987654321B01')
  await page.locator('#set-op-iban').fill('NL44RABO0123456789')
  await page.locator('#set-op-iban').press('Enter')
  await expect(shell.toast('Instellingen zijn opgeslagen.')).toBeVisible()
  await expect(page.getByTestId('nav-first-start')).toContainText('1/5')
  await screenshotSettled(shell, 'first-start-return-bar')
  await guide.back()
  await guide.expectShown('1 van 5 stappen klaar')
  await guide.expectDone('operator', true)
  await expect(guide.exampleData.getByTestId('example-data-operator')).toHaveCount(0)

  // Step 2: a clerk.
  await guide.follow('clerks', 'Naar Instellingen')
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Medewerker toevoegen' })
  await expect(dialog).not.toHaveClass(/-enter-/)
  await dialog.locator('#clerk-name').fill('Petra Jansen')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog).toBeHidden()
  await guide.back()
  await guide.expectShown('2 van 5 stappen klaar')
  await guide.expectDone('clerks', true)
  await expect(guide.step('clerks')).toContainText('Actieve medewerkers: 1')

  // Not yet put off: a new start on the start page opens the guide by itself.
  await shell.nav.getByRole('link', { name: 'Werklijsten' }).click()
  await expect(guide.startCard).toBeVisible()
  await page.reload()
  await guide.expectShown('2 van 5 stappen klaar')

  // "Later verder": to the start page, where the card keeps the progress and leads back in.
  await guide.later()
  await expect(guide.startCard).toContainText('2 van 5 stappen klaar')
  await expect(page.getByTestId('nav-first-start')).toContainText('2/5')
  await screenshotSettled(shell, 'first-start-card')
  await guide.startCard.getByRole('button', { name: 'Verder met inrichten' }).click()
  await guide.expectShown('2 van 5 stappen klaar')
  await guide.expectDone('operator', true)
  await guide.expectDone('clerks', true)
  await guide.expectDone('plans', false)

  // Put off, it no longer opens by itself: a new start stays on the start page, the menu still has it.
  await shell.nav.getByRole('link', { name: 'Werklijsten' }).click()
  await page.reload()
  await expect(guide.startCard).toContainText('2 van 5 stappen klaar')
  await expect(guide.heading).toBeHidden()
  await page.getByTestId('nav-first-start').click()
  await guide.expectShown('2 van 5 stappen klaar')

  expect(axe.findings, axe.report()).toEqual([])
})

test('inrichtingsgids met demogegevens: opent niet vanzelf en zegt wat voorbeeldgegevens zijn', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const guide = new FirstStartGuidePage(page)
  const axe = new AxeScan(page)
  await shell.start('demo')
  await expect(page.getByRole('heading', { level: 2, name: 'Werklijsten' })).toBeVisible()
  await expect(guide.startCard).toContainText('3 van 5 stappen klaar')
  await guide.startCard.getByRole('button', { name: 'Verder met inrichten' }).click()
  await guide.expectShown('3 van 5 stappen klaar')
  const block = guide.exampleData
  await expect(block.getByTestId('example-data-demo')).toContainText('Demogegevens geladen')
  await expect(block.getByTestId('example-data-documents')).toContainText('VOORBEELD')
  await expect(block.getByTestId('example-data-plans')).toContainText('hebben nog hun voorbeeldprijs')
  await expect(block.getByTestId('example-data-operator')).toContainText('KvK-nummer')
  // With clients there, demo data is not offered again over them.
  await expect(guide.step('clients').getByRole('button', { name: 'Demogegevens laden' })).toHaveCount(0)
  await axe.check('set-up guide, demo data')
  await screenshotSettled(shell, 'first-start-guide-demo')
  expect(axe.findings, axe.report()).toEqual([])
})
