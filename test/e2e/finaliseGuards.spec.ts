import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { ClientsPage } from './pages/ClientsPage'
import { InvoicingPage } from './pages/InvoicingPage'
import { LifecyclePage } from './pages/LifecyclePage'
import { setAppNow } from './pages/LifecycleClock'
import { PartnersPage } from './pages/PartnersPage'
import { PlansPage } from './pages/PlansPage'
import { SettingsPage } from './pages/SettingsPage'
import { screenshotSettled } from './pages/screens'

/**
 * Real data (an empty start, not demo data) still has the shipped example catalogue and organisation details:
 * the invoicing screen lists what to fix, with the way there, and finalising waits until all is fixed.
 */
test('definitief maken wacht op echte prijzen en gegevens van de organisatie', async ({ page, dialogs }) => {
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  const partners = new PartnersPage(page)
  const clients = new ClientsPage(page)
  const life = new LifecyclePage(page)
  const invoicing = new InvoicingPage(page)
  const plans = new PlansPage(page)
  const settings = new SettingsPage(page)

  // One client on the example plan Basis from 05-10-2026, invoiced for period 2026-10 on 23-11-2026.
  await setAppNow(page, '2026-10-05T09:00:00+02:00')
  await shell.start('leeg')
  await shell.go('Partners')
  await partners.openNew()
  await partners.fill({
    name: 'Zorggroep Noord',
    shortCode: 'zgn',
    ecdMode: 'partner',
    street: 'Hoofdstraat 1',
    postcode: '9711 AA',
    city: 'Groningen',
    invoiceEmail: 'facturen@zorggroepnoord.nl',
  })
  await partners.submitWithEnter()
  await partners.expectDetail('Zorggroep Noord')
  await shell.go('Cliënten')
  await clients.openNew()
  await clients.fill({ partner: 'Zorggroep Noord', plan: 'Basis', clientNumber: 'ZN-1001', firstName: 'Jan', lastName: 'de Boer' })
  await clients.submitWithEnter()
  await expect(shell.heading('Jan de Boer')).toBeVisible()
  const dialog = await life.open(life.action('Activeren'), 'Cliënt activeren')
  await life.enter(dialog, 'activation-date')
  await expect(dialog).toBeHidden()
  await life.expectStatus('Actief')
  await life.setToday('2026-11-23T09:00:00+01:00')

  // The concepts are made; finalising is refused before the click, each point with the way to fix it.
  await invoicing.open()
  await invoicing.prepare()
  await expect(shell.toast('1 conceptfactuur gemaakt.')).toBeVisible({ timeout: 60_000 })
  await expect(invoicing.finaliseBlocked).toContainText('Definitief maken kan nog niet: eerst 5 punten oplossen.')
  await expect(invoicing.finaliseProblems).toHaveText([
    'Abonnementsvorm BASIS Basis staat nog op de voorbeeldprijs. Naar Abonnementsvormen',
    'Uw straat en huisnummer is nog de voorbeeldwaarde. Naar Instellingen',
    'Uw KvK-nummer is nog de voorbeeldwaarde. Naar Instellingen',
    'Uw btw-identificatienummer is nog de voorbeeldwaarde. Naar Instellingen',
    'Uw IBAN is nog de voorbeeldwaarde. Naar Instellingen',
  ])
  await expect(invoicing.finaliseAllButton).toBeDisabled()
  await expect(invoicing.rowAction(invoicing.rows('Zorggroep Noord'), 'Definitief maken')).toBeDisabled()
  await screenshotSettled(shell, 'invoicing-finalise-blocked')
  await new AxeScan(page).check('invoicing: what blocks finalising')

  // Fix the price where the link leads, then the organisation details.
  await invoicing.followFix('Naar Abonnementsvormen')
  await expect(shell.heading('Abonnementsvormen')).toBeVisible()
  await plans.changeFee('Basis', '62,50')

  await invoicing.open()
  await invoicing.followFix('Naar Instellingen')
  await expect(shell.heading('Instellingen')).toBeVisible()
  await settings.setOrganisation({ street: 'Stationsplein 4', kvk: '87654321', vat: 'NL987654321B01', iban: 'NL44RABO0123456789' })
  await expect(shell.toast('Instellingen zijn opgeslagen.')).toBeVisible()

  // The concept was made with the old price and details: made again, it can be finalised.
  await invoicing.open()
  await expect(invoicing.finaliseProblems).toHaveText([
    'De conceptfactuur van Zorggroep Noord is gemaakt vóór de laatste wijziging van prijs of gegevens. Concepten opnieuw maken',
  ])
  await expect(invoicing.finaliseAllButton).toBeDisabled()
  await invoicing.remakeConceptsFromNotice()
  await expect(invoicing.finaliseBlocked).toBeHidden({ timeout: 60_000 })
  await expect(invoicing.demoDataNotice).toBeHidden()
  await invoicing.finaliseAll()
  await invoicing.confirm('Definitief maken')
  await expect(shell.toast('1 factuur definitief gemaakt (2026-0001).')).toBeVisible({ timeout: 60_000 })
  await expect.poll(() => existsSync(join(dialogs.folder, 'Factuur 2026-0001 Zorggroep Noord 2026-10.pdf'))).toBe(true)
  // Real data: no file says VOORBEELD.
  expect(readdirSync(dialogs.folder).filter((f) => f.includes('VOORBEELD'))).toEqual([])
})
