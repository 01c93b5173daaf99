import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'
import { AppShell, fieldError } from './pages/AppShell'
import { PartnersPage, type PartnerInput } from './pages/PartnersPage'
import { PlansPage } from './pages/PlansPage'
import { ClientsPage } from './pages/ClientsPage'
import { AuditPage } from './pages/AuditPage'
import { SettingsPage } from './pages/SettingsPage'
import { UnsavedWork } from './pages/UnsavedWork'

const NOORD: PartnerInput = {
  name: 'Zorggroep Noord',
  shortCode: 'zgn',
  ecdMode: 'eigen',
  street: 'Hoofdstraat 1',
  postcode: '9711 AA',
  city: 'Groningen',
  invoiceEmail: 'facturen@zorggroepnoord.nl',
  contact: { name: 'Anja de Vries', role: 'Teamleider', email: 'anja@zorggroepnoord.nl', phone: '050 123 4567' },
}

async function createPartner(page: Page, shell: AppShell, input: PartnerInput): Promise<void> {
  const partners = new PartnersPage(page)
  await shell.go('Partners')
  await partners.openNew()
  await partners.fill(input)
  await partners.submitWithEnter()
  await partners.expectDetail(input.name)
}

/** Master data from an empty database: partner, plan, client (with the BSN check), edit and audit trail. */
test.describe('stamgegevens', () => {
  test('maakt een partner aan met contactpersoon, via Enter', async ({ page }) => {
    const shell = new AppShell(page)
    const partners = new PartnersPage(page)
    await shell.start('leeg')
    await shell.go('Partners')
    await partners.openNew()
    await partners.submitWithEnter()
    await expect(fieldError(page, 'partner-name')).toHaveText('Naam is verplicht')
    await expect(partners.field('name')).toBeFocused()
    await shell.screenshot('partner-form-errors')

    await partners.fill(NOORD)
    await partners.submitWithEnter()
    await partners.expectDetail('Zorggroep Noord')
    await expect(shell.toast('Partner Zorggroep Noord is aangemaakt.')).toBeVisible()
    await expect(partners.shown('Eigen ECD')).toBeVisible()
    await expect(partners.contact('Anja de Vries')).toBeVisible()
    await shell.screenshot('partner-detail')

    await shell.go('Partners')
    await expect(partners.row('Zorggroep Noord')).toContainText('ZGN')
  })

  test('cliënt: ongeldig BSN wordt bij het veld gemeld en niets opgeslagen; geldig BSN, wijzigen en audittrail', async ({ page }) => {
    const shell = new AppShell(page)
    const plans = new PlansPage(page)
    const clients = new ClientsPage(page)
    const audit = new AuditPage(page)
    await shell.start('leeg')

    // An empty start sets up the example catalogue, with the banner that says so.
    await shell.go('Abonnementsvormen')
    await expect(plans.banner()).toContainText('voorbeeldwaarden')
    await expect(plans.row('BASIS')).toContainText('€ 59,00')
    await plans.create({ code: 'nacht', name: 'Nachtzorg', fee: '1.234,5', minutes: '1200' })
    await expect(plans.row('NACHT')).toContainText('€ 1.234,50')
    await expect(plans.row('NACHT')).toContainText('1.200 min')
    await expect(plans.row('NACHT')).not.toContainText('Voorbeeld')
    await shell.screenshot('plans')
    await createPartner(page, shell, NOORD)

    await shell.go('Cliënten')
    await clients.openNew()
    await clients.fill({ partner: 'Zorggroep Noord', plan: 'Basis', firstName: 'Anna', lastName: 'Bakker', birthDate: '01-02-1950', bsn: '123456789' })
    await expect(clients.field('number')).toBeDisabled()
    await clients.save()
    await expect(clients.error('bsn')).toHaveText('BSN voldoet niet aan de 11-proef')
    await expect(clients.field('bsn')).toBeFocused()
    await expect(clients.formErrors).toContainText('Er is niets opgeslagen')
    await shell.screenshot('client-form-errors')

    // Nothing was saved: no client, and no audit entry about a client. Leaving the changed form asks first.
    await shell.menuLink('Audittrail').click()
    await new UnsavedWork(page).answer('Niet opslaan')
    await expect(shell.heading('Audittrail')).toBeVisible()
    await audit.filterEntity('Cliënt')
    await expect(audit.count).toHaveText('0 records')
    await shell.go('Cliënten')
    await clients.expectCount('0 cliënten')

    await clients.openNew()
    await clients.fill({ partner: 'Zorggroep Noord', plan: 'Basis', firstName: 'Anna', lastName: 'Bakker', birthDate: '01-02-1950', bsn: '123456782' })
    await clients.field('bsn').press('Enter')
    await expect(shell.heading('Anna Bakker')).toBeVisible()
    await expect(shell.toast('Cliënt Anna Bakker is aangemaakt.')).toBeVisible()
    await expect(clients.detailNumber).toHaveText('000001')
    await expect(clients.detailBsn).toHaveText('123456782')

    await shell.go('Cliënten')
    await clients.expectCount('1 cliënt')
    await expect(clients.rows().first()).toContainText('*****6782')
    await expect(clients.rows().first()).not.toContainText('123456782')

    await clients.searchFor('Bakker')
    await clients.expectCount('1 cliënt')
    await clients.openRow(clients.rows().first(), 'Bakker, Anna')
    await clients.edit()
    await clients.field('lastName').fill('Jansen')
    await clients.submitWithEnter()
    await expect(shell.heading('Anna Jansen')).toBeVisible()

    await clients.showChanges()
    await expect(audit.count).toHaveText('2 records')
    await expect(audit.rows().first()).toContainText('Gewijzigd')
    await expect(audit.rows().first()).toContainText('Achternaam: Bakker')
    await expect(audit.rows().first()).toContainText('Jansen')
    await expect(audit.rows().nth(1)).toContainText('Aangemaakt')
    await shell.screenshot('audit-client')

    // Back in the list: the search is as the clerk left it, and the rows are read again (no Bakker now).
    await shell.go('Cliënten')
    await expect(clients.search).toHaveValue('Bakker')
    await clients.expectCount('0 cliënten')
    await clients.searchFor('')
    await expect(clients.rows().first()).toContainText('Jansen, Anna')
  })

  test('instellingen tonen de opslagstatus en bewaren de naam van de medewerker', async ({ page }) => {
    const shell = new AppShell(page)
    const settings = new SettingsPage(page)
    await shell.start('leeg')
    await shell.go('Instellingen')
    await settings.expectStorageShown()
    await settings.setClerkName('Petra Jansen')
    await expect(shell.clerkName).toHaveText('Medewerker: Petra Jansen')
    await shell.screenshot('settings')

    // English is the second language: the menu and the screens follow the setting.
    await settings.setLanguage('English')
    await expect(shell.menuLinkIn('Main menu', 'Clients')).toBeVisible()
    await expect(shell.heading('Settings')).toBeVisible()
    await expect(shell.clerkName).toHaveText('Clerk: Petra Jansen')
  })

  test('demogegevens: zoeken tussen 5.000 cliënten en elk hoofdscherm in beeld', async ({ page }) => {
    const shell = new AppShell(page)
    const clients = new ClientsPage(page)
    const partners = new PartnersPage(page)
    await shell.start('demo')
    await expect(shell.clerkName).toHaveText('Medewerker: Demo-medewerker (DM)')

    await shell.go('Cliënten')
    await clients.expectCount('5.000 cliënten')
    await expect(clients.rows()).toHaveCount(25)
    await expect(clients.paginator).toContainText('1–25 van 5.000')
    await shell.screenshot('clients-list')

    // Search by the start of a last name (with or without "van", "de"), then by client number.
    const first = clients.rows().first()
    const lastName = (await clients.rowLink(first).textContent())!.split(',')[0]!.trim()
    const core = lastName.split(' ').at(-1)!
    await clients.searchFor(core.slice(0, 4))
    // The page comes first; the count of the matches follows it.
    await expect(clients.count).not.toHaveText('5.000 cliënten')
    await expect(clients.count).toHaveText(/^[\d.]+ cliënten?$/)
    await expect(clients.rows().first()).toContainText(new RegExp(core.slice(0, 4), 'i'))
    const number = (await clients.cells(clients.rows().first()).first().textContent())!.trim()
    await clients.searchFor(number)
    await expect(clients.cells(clients.rows().first()).first()).toHaveText(number)
    await clients.searchFor('')
    await clients.expectCount('5.000 cliënten')

    // The BSN is masked in the list and shown in full on the detail screen only.
    const masked = clients.rows().filter({ hasText: '*****' }).first()
    const maskedBsn = (await clients.cells(masked).nth(5).textContent())!.trim()
    expect(maskedBsn).toMatch(/^\*{5}\d{4}$/)
    await clients.openRow(masked)
    await expect(clients.detailBsn).toHaveText(new RegExp(`^\\d{5}${maskedBsn.slice(5)}$`))
    await shell.screenshot('client-detail')

    await shell.go('Partners')
    await expect(partners.count).toHaveText('60 records')
    await shell.screenshot('partners-list')
    await partners.openRow(partners.rows().first())
    await expect(partners.contactsHeading).toBeVisible()
    await shell.screenshot('partner-detail-demo')

    await shell.go('Abonnementsvormen')
    await expect(new PlansPage(page).banner()).toBeVisible()
    await shell.go('Audittrail')
    // Newest first: who started working, after the demo data was imported.
    await expect(new AuditPage(page).rows().first()).toContainText('Medewerker Demo-medewerker is aan het werk')
    await expect(new AuditPage(page).rows().nth(1)).toContainText('Geïmporteerd')
    await shell.screenshot('audit')
  })
})
