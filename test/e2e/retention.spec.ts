import { existsSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { clientsDueForAnonymisation } from '../../src/shared/domain/retention'
import { parseCalendarDate } from '../../src/shared/model'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AuditPage } from './pages/AuditPage'
import { ClientsPage } from './pages/ClientsPage'
import { demoDataFor } from './pages/demoCases'
import { RetentionPage } from './pages/RetentionPage'
import { SettingsPage } from './pages/SettingsPage'
import { screenshotSettled } from './pages/screens'

const TODAY = '2026-11-23'

test('bewaartermijnen: met 1 maand bewaren staan afgemelde cliënten klaar; twee geselecteerd, voorbeeld, in één keer geanonimiseerd, en een inzage-export per cliënt', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const shell = new AppShell(page)
  const retention = new RetentionPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await page.goto('/')
  await shell.start('demo')

  // The demo's deregistrations are recent: a retention of one month makes some due today.
  await page.goto('/#/instellingen')
  await new SettingsPage(page).setRetentionMonths('1')
  await expect(shell.toast('Instellingen zijn opgeslagen.')).toBeVisible()
  const expected = clientsDueForAnonymisation(data.clients, (id) => data.deregistrations.filter((d) => d.clientId === id), 1, parseCalendarDate(TODAY))
  expect(expected.length).toBeGreaterThan(2)

  await retention.open()
  await expect(retention.clientCount).toContainText(`${expected.length} cliënten`)
  const [first, second] = await retention.shownClients()
  await retention.select(first!)
  await retention.select(second!)
  await retention.openPreview()
  await expect(retention.preview).toContainText('Van 2 cliënten wordt verwijderd')
  await expect(retention.preview).toContainText('BSN en geboortedatum')
  await expect(retention.preview).toContainText('audittrail')
  await screenshotSettled(shell, 'retention-preview')
  await retention.confirm()
  await expect(retention.clientCount).toContainText(`${expected.length - 2} cliënten`)
  await screenshotSettled(shell, 'retention-after')

  // The anonymised client keeps its number, loses its name; the trail has the batch entry.
  const firstPartner = data.partners.find((p) => p.name === first!.partner)!
  const done = data.clients.find((c) => c.clientNumber === first!.clientNumber && c.partnerId === firstPartner.id)!
  const clients = new ClientsPage(page)
  await page.goto(`/#/clienten/${done.id}`)
  await expect(clients.text(/Geanonimiseerd op/)).toBeVisible()
  await expect(shell.heading()).not.toContainText(done.lastName)

  // Inspection export of an active client: one workbook in the folder the save dialog answered.
  const active = data.clients.find((c) => c.status === 'actief')!
  await page.goto(`/#/clienten/${active.id}`)
  await clients.exportForInspection()
  await expect(shell.toast('Inzage-export opgeslagen')).toBeVisible()
  const partner = data.partners.find((p) => p.id === active.partnerId)!
  const file = join(dialogs.folder, `Inzage cliënt ${active.clientNumber} ${partner.name} ${TODAY}.xlsx`)
  expect(existsSync(file)).toBe(true)
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  expect(book.getWorksheet('Cliënt')?.getColumn(2).values).toContain(active.lastName)
  expect(book.getWorksheet('Audittrail')?.rowCount).toBeGreaterThan(4)

  // Both are in the audit trail; the export's entry names the client only by its record.
  await page.goto('/#/audittrail')
  const audit = new AuditPage(page)
  await expect(audit.table).toContainText('Bewaartermijn verwerkt: 2 cliënten en 0 facturen geanonimiseerd')
  await expect(audit.table).toContainText('Inzage-export gemaakt')
})
