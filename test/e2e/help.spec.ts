import { expect, test } from './fixtures'
import { emitWindowEvent } from './fixtures/apiBridge'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { HelpPage } from './pages/HelpPage'
import { SettingsPage } from './pages/SettingsPage'

test('de ? van een scherm, F1 en Help → Handleiding openen de handleiding bij dat scherm', async ({ page }) => {
  const shell = new AppShell(page)
  const help = new HelpPage(page)
  await shell.start('leeg')

  await shell.go('Partners')
  await help.pressScreenHelp()
  await expect(shell.heading('Handleiding')).toBeVisible()
  await help.expectAt('partners')

  await shell.go('Cliënten')
  await help.pressScreenHelp()
  await help.expectAt('cliënten')

  await shell.go('Instellingen')
  await page.keyboard.press('F1')
  await help.expectAt('instellingen')
  // F1 on the Help screen itself stays where it is.
  await page.keyboard.press('F1')
  await help.expectAt('instellingen')

  // What main sends for Help → Manual (F1) in the desktop app's menu.
  await shell.go('Abonnementsvormen')
  await emitWindowEvent(page, 'menu:help', {})
  await help.expectAt('abonnementsvormen')

  // The table of contents and the manual's own links move within the manual.
  await help.followContents('Back-ups')
  await help.expectAt('back-ups')
  await help.followLinkAfter('eerste-start', 'Instellingen')
  await help.expectAt('instellingen')

  // The screenshots are part of the build and load under the app's CSP.
  const shot = help.image('Instellingen')
  await shot.scrollIntoViewIfNeeded()
  await expect.poll(() => shot.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0)

  const { beyond, what } = await shell.overflowRight()
  expect(beyond, `${what} steekt buiten het venster uit`).toBeLessThanOrEqual(0)
  await page.screenshot({ path: 'test/output/screenshots/help-manual.png' })

  const axe = new AxeScan(page)
  await axe.check('help screen')
  expect(axe.findings, axe.report()).toEqual([])
})

test('in de Engelse versie zegt het Help-scherm dat de handleiding Nederlands is', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.start('leeg')
  await shell.go('Instellingen')
  await new SettingsPage(page).setLanguage('English')
  const help = new HelpPage(page)
  await help.screenHelpLink('Help for this screen (F1)').click()
  await expect(shell.heading('Manual')).toBeVisible()
  await expect(help.contentsNamed('Contents')).toBeVisible()
  await expect(help.note('The manual is written in Dutch only')).toBeVisible()
  await expect(help.manual).toHaveAttribute('lang', 'nl')
})
