import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { computeSignalLists } from '../../src/shared/domain'
import { formatDate } from '../../src/shared/format'
import { signalListsNl } from '../../src/shared/i18n/signals.nl'
import { dutchSignalAction } from '../../src/shared/reports/signalListRows'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { screenshotSettled } from './pages/screens'
import { PartnersPage } from './pages/PartnersPage'
import { ClientsPage } from './pages/ClientsPage'
import { LifecyclePage } from './pages/LifecyclePage'
import { SignalListsPage } from './pages/SignalListsPage'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'

test('werklijsten op demogegevens: elke lijst met werk toont zijn cliënten met termijn, werkdagen en actie; naar Excel', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const expected = computeSignalLists({ ...data, today: TODAY as CalendarDate })
  const withRows = expected.filter((l) => l.rows.length > 0)

  const shell = new AppShell(page)
  const signals = new SignalListsPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  // The start page is the work lists.
  await signals.ready()
  await expect(page.getByTestId('signals-today')).toHaveText('Peildatum 23-11-2026')

  // Exactly the lists with work appear, in the domain's order; each shows its most urgent case.
  expect(await signals.shownKeys()).toEqual(withRows.map((l) => l.key))
  for (const list of withRows) {
    const first = list.rows[0]!
    const row = signals.row(list.key, `${first.clientNumber} ${first.clientName}`).first()
    await expect(row).toBeVisible()
    await expect(row).toContainText(formatDate(first.deadline))
    await expect(row).toContainText(dutchSignalAction(first.action))
    const days = row.locator('.days')
    await expect(days).toContainText(String(first.workingDaysLeft))
    if (first.overdue) await expect(days).toHaveClass(/overdue/)
    await expect(signals.list(list.key).getByRole('heading', { level: 3 })).toHaveText(signalListsNl.titles[list.key])
  }
  const overdue = expected.reduce((n, l) => n + l.rows.filter((r) => r.overdue).length, 0)
  await expect(page.getByTestId('figure-overdue')).toHaveText(new Intl.NumberFormat('nl-NL').format(overdue))
  await screenshotSettled(shell, 'signals-demo')
  // What the clerk sees on opening the app, without scrolling.
  await page.screenshot({ path: 'test/output/screenshots/signals-start.png' })

  // A row links to its client.
  const someList = withRows[0]!
  const first = someList.rows[0]!
  await signals.row(someList.key, first.clientNumber).first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 2, name: first.clientName })).toBeVisible()
  await page.goBack()
  await signals.ready()

  // Each list exports to Excel into the chosen folder.
  const deregistrations = withRows.find((l) => l.key === 'afmeldingen-verwerken') ?? someList
  await signals.list(deregistrations.key).getByTestId(`signal-export-${deregistrations.key}`).click()
  const fileName = `Werklijst ${signalListsNl.titles[deregistrations.key]} ${TODAY}.xlsx`
  await expect(shell.toast(`Werklijst opgeslagen als ${fileName}.`)).toBeVisible()
  expect(existsSync(join(dialogs.folder, fileName))).toBe(true)
})

test('werklijsten: een lijst verschijnt zodra een cliënt aan de criteria voldoet en verdwijnt als het werk gedaan is', async ({ page }) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  const signals = new SignalListsPage(page)
  const partners = new PartnersPage(page)
  const clients = new ClientsPage(page)
  const life = new LifecyclePage(page)
  // Monday 02-11-2026.
  await page.clock.install({ time: new Date('2026-11-02T09:00:00+01:00') })
  await page.clock.resume()
  await shell.start('leeg')
  await signals.ready()
  await expect(page.getByTestId('signals-empty')).toHaveText('Geen openstaand werk: op geen enkele werklijst staan cliënten.')
  expect(await signals.shownKeys()).toEqual([])
  await screenshotSettled(shell, 'signals-empty')

  await shell.go('Partners')
  await partners.openNew()
  await partners.fill({ name: 'Zorggroep Noord', shortCode: 'zgn', ecdMode: 'partner', street: 'Hoofdstraat 1', postcode: '9711 AA', city: 'Groningen', invoiceEmail: 'facturen@zorggroepnoord.nl' })
  await partners.submitWithEnter()
  await partners.expectDetail('Zorggroep Noord')
  await shell.go('Cliënten')
  await clients.openNew()
  await clients.fill({ partner: 'Zorggroep Noord', plan: 'Basis', clientNumber: 'ZN-1001', firstName: 'Jan', lastName: 'de Boer' })
  await page.locator('#client-lastName').press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Jan de Boer' })).toBeVisible()

  // A registration to process: 10 working days from today.
  await signals.open()
  expect(await signals.shownKeys()).toEqual(['aanmeldingen-verwerken'])
  const registration = signals.row('aanmeldingen-verwerken', 'ZN-1001 Jan de Boer')
  await expect(registration).toContainText('16-11-2026')
  await expect(registration.locator('.days')).toHaveText('10')
  await expect(registration).toContainText('Basis')

  // Activated: off that list, onto "intake form missing" (serious: Basis has no intake conversation).
  await registration.getByRole('link').click()
  const dialog = await life.open(life.action('Activeren'), 'Cliënt activeren')
  await life.enter(dialog, 'activation-date')
  await expect(dialog).toBeHidden()
  await signals.open()
  expect(await signals.shownKeys()).toEqual(['intakeformulier-ontbreekt'])
  const intake = signals.row('intakeformulier-ontbreekt', 'ZN-1001 Jan de Boer')
  await expect(intake).toContainText('ernstig')
  await screenshotSettled(shell, 'signals-one-list')
})
