import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { computeSignalLists, filterSignalLists, summariseSignalLists } from '../../src/shared/domain'
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
  await expect(signals.today).toHaveText('Peildatum 23-11-2026')

  // Exactly the lists with work appear, those with overdue work first; each shows its most urgent case.
  expect(await signals.shownKeys()).toEqual(summariseSignalLists(expected).map((l) => l.key))
  for (const list of withRows) {
    await signals.expand(list.key)
    const first = list.rows[0]!
    const row = signals.row(list.key, `${first.clientNumber} ${first.clientName}`).first()
    await expect(row).toBeVisible()
    await expect(row).toContainText(formatDate(first.deadline))
    await expect(row).toContainText(dutchSignalAction(first.action))
    const days = signals.daysLeft(row)
    await expect(days).toContainText(String(first.workingDaysLeft))
    if (first.overdue) await expect(days).toHaveClass(/overdue/)
    await expect(signals.titleOf(list.key)).toHaveText(signalListsNl.titles[list.key])
  }
  const overdue = expected.reduce((n, l) => n + l.rows.filter((r) => r.overdue).length, 0)
  await expect(signals.figure('overdue')).toHaveText(new Intl.NumberFormat('nl-NL').format(overdue))
  await screenshotSettled(shell, 'signals-demo')
  // What the clerk sees on opening the app, without scrolling.
  await page.screenshot({ path: 'test/output/screenshots/signals-start.png' })

  // A row links to its client.
  const someList = withRows[0]!
  const first = someList.rows[0]!
  await signals.openClient(signals.row(someList.key, first.clientNumber).first())
  await expect(shell.heading(first.clientName)).toBeVisible()
  await page.goBack()
  await signals.ready()

  // Each list exports to Excel into the chosen folder.
  const deregistrations = withRows.find((l) => l.key === 'afmeldingen-verwerken') ?? someList
  await signals.exportList(deregistrations.key)
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
  await expect(signals.empty).toHaveText('Geen openstaand werk: op geen enkele werklijst staan cliënten.')
  expect(await signals.shownKeys()).toEqual([])
  await screenshotSettled(shell, 'signals-empty')

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

  // A registration to process: 10 working days from today.
  await signals.open()
  expect(await signals.shownKeys()).toEqual(['aanmeldingen-verwerken'])
  await signals.expand('aanmeldingen-verwerken')
  const registration = signals.row('aanmeldingen-verwerken', 'ZN-1001 Jan de Boer')
  await expect(registration).toContainText('16-11-2026')
  await expect(signals.daysLeft(registration)).toHaveText('10')
  await expect(registration).toContainText('Basis')

  // The row opens the client at the step that resolves it: the activation dialog.
  // Activated: off that list, onto "intake form missing" (serious: Basis has no intake conversation).
  await signals.openClient(registration)
  const dialog = life.dialog('Cliënt activeren')
  await expect(dialog).toBeVisible()
  await expect(dialog).not.toHaveClass(/-enter-/)
  await life.enter(dialog, 'activation-date')
  await expect(dialog).toBeHidden()
  await signals.open()
  expect(await signals.shownKeys()).toEqual(['intakeformulier-ontbreekt'])
  await signals.expand('intakeformulier-ontbreekt')
  const intake = signals.row('intakeformulier-ontbreekt', 'ZN-1001 Jan de Boer')
  await expect(intake).toContainText('ernstig')
  await screenshotSettled(shell, 'signals-one-list')
})

test('werklijsten als takenlijst: overzicht met aantallen, springen, in- en uitklappen, filter op partner, rij opent de juiste stap', async ({ page }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const expected = computeSignalLists({ ...data, today: TODAY as CalendarDate })
  const summary = summariseSignalLists(expected)
  const shell = new AppShell(page)
  const signals = new SignalListsPage(page)
  const life = new LifecyclePage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await signals.ready()

  // The summary: one tile per list with work, overdue first, with its counts.
  const tiles = signals.tiles
  await expect(tiles).toHaveCount(summary.length)
  const nl = (n: number) => new Intl.NumberFormat('nl-NL').format(n)
  for (const [i, line] of summary.entries()) {
    const tile = tiles.nth(i)
    await expect(tile).toContainText(signalListsNl.titles[line.key])
    await expect(signals.tileCount(tile)).toHaveText(`${nl(line.count)} ${line.count === 1 ? 'cliënt' : 'cliënten'}`)
    if (line.overdue > 0) await expect(signals.tileOverdue(tile)).toHaveText(`${nl(line.overdue)} te laat`)
    else await expect(signals.tileOverdue(tile)).toHaveCount(0)
    // Open by default exactly when overdue.
    await expect(signals.toggle(line.key)).toHaveAttribute('aria-expanded', line.overdue > 0 ? 'true' : 'false')
  }
  await screenshotSettled(shell, 'signals-todo')

  // Collapse and expand with the button; the table goes and comes back.
  const late = summary.find((l) => l.overdue > 0)!
  await signals.toggle(late.key).click()
  await expect(signals.toggle(late.key)).toHaveAttribute('aria-expanded', 'false')
  await expect(signals.table(late.key)).toHaveCount(0)
  await signals.toggle(late.key).press('Enter')
  await expect(signals.toggle(late.key)).toHaveAttribute('aria-expanded', 'true')
  await expect(signals.table(late.key)).toHaveCount(1)

  // Jump with the keyboard from the summary to a collapsed list: it opens and takes the focus.
  const calm = summary.find((l) => l.overdue === 0)
  const target = calm ?? late
  await signals.summaryTile(target.key).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`lijst=${target.key}`))
  await expect(signals.toggle(target.key)).toHaveAttribute('aria-expanded', 'true')
  await expect(signals.toggle(target.key)).toBeFocused()
  await expect(signals.rows(target.key).first()).toBeInViewport()

  // The state is kept for the session: after visiting another screen the list is still collapsed.
  await signals.toggle(late.key).click()
  await shell.go('Partners')
  await signals.open()
  await expect(signals.toggle(late.key)).toHaveAttribute('aria-expanded', 'false')

  // Filter on a partner: every count drops to that partner's work; the address keeps the choice.
  const partner = data.partners.find((p) => expected.some((l) => l.rows.some((r) => r.partnerId === p.id && r.overdue)))!
  const forPartner = summariseSignalLists(filterSignalLists(expected, { partnerId: partner.id, clerk: null }, new Map()))
  await signals.filter('partner', partner.name)
  await expect(page).toHaveURL(new RegExp(`partner=${partner.id}`))
  await expect(tiles).toHaveCount(forPartner.length)
  for (const [i, line] of forPartner.entries())
    await expect(signals.tileCount(tiles.nth(i))).toHaveText(`${nl(line.count)} ${line.count === 1 ? 'cliënt' : 'cliënten'}`)
  expect(forPartner.reduce((n, l) => n + l.count, 0)).toBeLessThan(summary.reduce((n, l) => n + l.count, 0))
  await screenshotSettled(shell, 'signals-todo-partner')

  // A row opens its client at the dialog that resolves it; back returns to the filtered page.
  const deregistrations = filterSignalLists(expected, { partnerId: partner.id, clerk: null }, new Map()).find(
    (l) => l.key === 'afmeldingen-verwerken' && l.rows.length > 0,
  )
  const list =
    deregistrations ??
    filterSignalLists(expected, { partnerId: partner.id, clerk: null }, new Map()).find((l) => l.key === 'aanmeldingen-verwerken' && l.rows.length > 0)!
  const dialogTitle = list.key === 'afmeldingen-verwerken' ? 'Afmelding verwerken' : 'Cliënt activeren'
  await signals.expand(list.key)
  const row = list.rows[0]!
  await signals.openClient(signals.row(list.key, `${row.clientNumber} ${row.clientName}`))
  await expect(shell.heading(row.clientName)).toBeVisible()
  await expect(life.dialog(dialogTitle)).toBeVisible()
  await screenshotSettled(shell, 'signals-todo-step')
  await page.keyboard.press('Escape')
  await page.goBack()
  await signals.ready()
  await expect(page).toHaveURL(new RegExp(`partner=${partner.id}`))
  await expect(tiles).toHaveCount(forPartner.length)

  // Last handled by: nobody wrote these demo clients in the app, so a clerk's choice shows no work.
  await signals.filter('clerk', 'Anna de Vries')
  await expect(signals.emptyFiltered).toBeVisible()
})
