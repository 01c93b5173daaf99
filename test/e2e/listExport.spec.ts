import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { CLIENT_FIELDS, PARTNER_FIELDS } from '../../src/shared/onboarding/fields'
import { expect, test, type DialogControl } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AuditPage } from './pages/AuditPage'
import { ClientsPage } from './pages/ClientsPage'
import { OnboardingPage } from './pages/OnboardingPage'
import { PartnersPage } from './pages/PartnersPage'
import { demoDataFor } from './pages/demoCases'
import { screenshotSettled } from './pages/screens'

const TODAY = '2026-11-23'

/** The first sheet as openpyxl reads it (an independent reader): its name and every row as text. */
function readBack(path: string): { sheet: string; rows: string[][] } {
  const script = [
    'import json, sys, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'ws = wb.worksheets[0]',
    "rows = [['' if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]",
    "print(json.dumps({'sheet': ws.title, 'rows': rows}))",
  ].join('\n')
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as { sheet: string; rows: string[][] }
}

async function importFile(dialogs: DialogControl, shell: AppShell, kind: 'partners' | 'clients', file: string): Promise<void> {
  await shell.menuLink('Gegevens importeren').click()
  await shell.noToasts()
  await dialogs.answerNext(file)
  await new OnboardingPage(shell.page).chooseFile(kind)
}

test('lijsten exporteren in de indeling van het importsjabloon en ongewijzigd weer inlezen', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const shell = new AppShell(page)
  const clientList = new ClientsPage(page)
  const partnerList = new PartnersPage(page)
  const onboarding = new OnboardingPage(page)
  const audit = new AuditPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')

  // The client list filtered by an own-ECD partner (birth dates, BSNs), exported without BSNs.
  const partner = [...data.partners].filter((p) => p.ecdMode === 'eigen').sort((a, b) => a.name.localeCompare(b.name))[0]!
  const shown = data.clients.filter((c) => c.partnerId === partner.id)
  await shell.go('Cliënten')
  await clientList.filterByPartner(partner.shortCode)
  await expect(clientList.count).toHaveText(shown.length === 1 ? '1 cliënt' : `${shown.length} cliënten`)
  await shell.noToasts()
  await clientList.openExport()
  const dialog = clientList.exportDialog
  await expect(clientList.exportBsn).not.toBeChecked()
  await screenshotSettled(shell, 'list-export-dialog')
  const clientsFile = join(dialogs.folder, 'clienten-export.xlsx')
  await dialogs.answerNext(clientsFile)
  await clientList.confirmExport()
  await expect(shell.toast(`${shown.length} cliënten opgeslagen in clienten-export.xlsx`)).toBeVisible({ timeout: 60_000 })
  await expect(dialog).toBeHidden()

  const clients = readBack(clientsFile)
  expect(clients.sheet).toBe('Cliënten')
  expect(clients.rows[0]).toEqual(CLIENT_FIELDS.map((f) => f.header))
  const body = clients.rows.slice(1)
  const column = (key: string) => CLIENT_FIELDS.findIndex((f) => f.key === key)
  expect(new Set(body.map((r) => r[column('partner')]))).toEqual(new Set([partner.shortCode]))
  expect(new Set(body.map((r) => r[column('clientNumber')]))).toEqual(new Set(shown.map((c) => c.clientNumber)))
  expect(body.every((r) => r[column('bsn')] === '')).toBe(true)
  const first = body.find((r) => r[column('firstName')] !== '')!
  expect(first[column('birthDate')]).toMatch(/^\d{2}-\d{2}-\d{4}$/)
  expect(first[column('registrationDate')]).toMatch(/^\d{2}-\d{2}-\d{4}$/)

  // The unchanged file imported again changes nothing.
  await importFile(dialogs, shell, 'clients', clientsFile)
  await expect(onboarding.counts).toHaveText(`0 nieuw, 0 gewijzigd, ${shown.length} ongewijzigd, 0 foute regels`, { timeout: 60_000 })
  await screenshotSettled(shell, 'list-export-reimport')
  await onboarding.cancel()

  // The partner list, searched, likewise; never a BSN column with data.
  await shell.go('Partners')
  await shell.noToasts()
  const partnersFile = join(dialogs.folder, 'partners-export.xlsx')
  await dialogs.answerNext(partnersFile)
  await partnerList.exportList()
  await expect(shell.toast(`${data.partners.length} partners opgeslagen in partners-export.xlsx`)).toBeVisible({ timeout: 60_000 })
  await screenshotSettled(shell, 'list-export-partners')
  const partners = readBack(partnersFile)
  expect(partners.sheet).toBe('Partners')
  expect(partners.rows[0]).toEqual(PARTNER_FIELDS.map((f) => f.header))
  expect(partners.rows.slice(1).map((r) => r[PARTNER_FIELDS.findIndex((f) => f.key === 'name')])).toEqual(
    [...data.partners].map((p) => p.name).sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })),
  )
  await importFile(dialogs, shell, 'partners', partnersFile)
  await expect(onboarding.counts).toHaveText(`0 nieuw, 0 gewijzigd, ${data.partners.length} ongewijzigd, 0 foute regels`, {
    timeout: 60_000,
  })
  await onboarding.cancel()

  // Both exports are in the audit trail, the client export as one without BSN.
  await shell.go('Audittrail')
  await expect(audit.entry(`Cliëntenlijst geëxporteerd naar clienten-export.xlsx: ${shown.length} cliënten`)).toBeVisible()
  await expect(audit.entry(`Partnerlijst geëxporteerd naar partners-export.xlsx: ${data.partners.length} partners`)).toBeVisible()
})
