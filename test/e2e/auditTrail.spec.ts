import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AuditPage } from './pages/AuditPage'
import { ClientsPage } from './pages/ClientsPage'
import { SettingsPage } from './pages/SettingsPage'
import { screenshotSettled } from './pages/screens'

/** The data rows of the export (below the header row, above the count), as text per column. */
async function exportedRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const sheet = workbook.worksheets[0]!
  const rows: string[][] = []
  let header = 0
  sheet.eachRow((row, n) => {
    const cells = Array.from({ length: 8 }, (_, i) => {
      const value = row.getCell(i + 1).value
      return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
    })
    if (cells[0] === 'Datum en tijd') header = n
    else if (header > 0 && cells[0] !== 'Aantal') rows.push(cells)
  })
  expect(header).toBeGreaterThan(0)
  return rows
}

test('audittrail: filteren op medewerker en op cliënt, en precies dat exporteren naar Excel', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const audit = new AuditPage(page)
  await shell.start('demo')

  // A change to a client by the demo clerk.
  const clients = new ClientsPage(page)
  await shell.go('Cliënten')
  await clients.openFirst()
  const clientNumber = (await clients.detailNumber.textContent())?.trim() ?? ''
  expect(clientNumber).not.toBe('')
  await clients.edit()
  await clients.field('lastName').fill('Auditproef')
  await clients.submitWithEnter()
  await expect(shell.heading(/Auditproef/)).toBeVisible()

  // Anna de Vries takes over, changes the same client and a setting.
  await shell.switchClerk()
  await shell.pickClerk('Anna de Vries (ADV)')
  await clients.edit()
  await clients.field('lastName').fill('Auditproef Twee')
  await clients.submitWithEnter()
  await expect(shell.heading(/Auditproef Twee/)).toBeVisible()
  await shell.go('Instellingen')
  await new SettingsPage(page).setClerkName('Balie')

  // By clerk: Anna's sign-in, her client change and her settings change.
  await shell.go('Audittrail')
  await audit.filterClerk('Anna de Vries')
  await expect(audit.count).toHaveText('3 records')
  await expect(audit.rows().first()).toContainText('Instellingen gewijzigd')
  const byClerk = join(dialogs.folder, 'Audittrail Anna.xlsx')
  expect(await audit.exportToExcel((p) => dialogs.answerNext(p), byClerk)).toBe('3 regels opgeslagen in Audittrail Anna.xlsx')
  const clerkRows = await exportedRows(byClerk)
  expect(clerkRows.map((r) => r[1])).toEqual(['Anna de Vries', 'Anna de Vries', 'Anna de Vries'])
  expect(clerkRows.map((r) => r[2])).toEqual(['Gewijzigd', 'Gewijzigd', 'Gewisseld'])
  expect(clerkRows[1]![6]).toContain('Achternaam: Auditproef → Auditproef Twee')

  // By client (typed name, picked): both changes; with the clerk too, only Anna's. Not by number: a number is
  // unique within a partner only, and on some days of the demo data ten other partners' clients share it.
  await audit.filterClient('Auditproef', `${clientNumber} `)
  await expect(audit.count).toHaveText('1 record')
  await audit.clearClerk()
  await expect(audit.count).toHaveText('2 records')
  await screenshotSettled(shell, 'audit-filter-client')
  const byClient = join(dialogs.folder, 'Audittrail cliënt.xlsx')
  expect(await audit.exportToExcel((p) => dialogs.answerNext(p), byClient)).toBe('2 regels opgeslagen in Audittrail cliënt.xlsx')
  const clientRows = await exportedRows(byClient)
  expect(clientRows.map((r) => [r[1], r[3], r[2]])).toEqual([
    ['Anna de Vries', 'Cliënt', 'Gewijzigd'],
    ['Demo-medewerker', 'Cliënt', 'Gewijzigd'],
  ])
  expect(clientRows.every((r) => r[5]!.includes(clientNumber))).toBe(true)

  // Each export is in the trail itself, with its filters as ids and codes.
  await audit.clearFilters()
  await expect(audit.rows().first()).toContainText('Audittrail geëxporteerd naar Audittrail cliënt.xlsx: 2 regels')
  await expect(audit.rows().first()).toContainText('clientId=')
  await expect(audit.rows().first()).not.toContainText('Auditproef')
})
