import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { CLIENT_FIELDS, PARTNER_FIELDS, type ClientFieldKey, type PartnerFieldKey } from '../../src/shared/onboarding/fields'
import { expect, test, type DialogControl } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { ClientsPage } from './pages/ClientsPage'
import { OnboardingPage } from './pages/OnboardingPage'
import { screenshotSettled } from './pages/screens'

const TODAY = '2026-11-23'

/** Fills the first sheet of a downloaded template below its header (the example row is overwritten), as a clerk does in Excel. */
async function fillTemplate<K extends string>(
  template: string,
  target: string,
  fields: readonly { key: K }[],
  rows: readonly Partial<Record<K, string>>[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(template)
  const sheet = workbook.worksheets[0]!
  sheet.spliceRows(2, 1)
  rows.forEach((row, i) => {
    const excelRow = sheet.getRow(i + 2)
    fields.forEach((field, c) => {
      excelRow.getCell(c + 1).value = row[field.key] ?? null
    })
    excelRow.commit()
  })
  await workbook.xlsx.writeFile(target)
  return target
}

/** Toasts show at the top right, over the header's buttons: a click waits until they are gone. */
async function choose(shell: AppShell, dialogs: DialogControl, kind: 'partners' | 'clients', file: string): Promise<void> {
  const onboarding = new OnboardingPage(shell.page)
  await shell.noToasts()
  await dialogs.answerNext(file)
  await onboarding.chooseFile(kind)
  // The import worker reads and checks the file; its first start can take a while on a loaded machine.
  await expect(onboarding.counts.or(onboarding.message)).toBeVisible({ timeout: 120_000 })
}

const PARTNERS: Partial<Record<PartnerFieldKey, string>>[] = [
  {
    name: 'Zorggroep Noord',
    shortCode: 'ZGN',
    ecdMode: 'partner',
    street: 'Hoofdstraat 12',
    postcode: '9711 AB',
    city: 'Groningen',
    invoiceEmail: 'facturen@zgn.nl',
    kvkNumber: '12345678',
    purchaseOrderReference: 'PO-17',
  },
  {
    name: 'Eigen Huis',
    shortCode: 'EH',
    ecdMode: 'eigen',
    street: 'Markt 1',
    postcode: '5611 AA',
    city: 'Eindhoven',
    invoiceEmail: 'f@eh.nl',
    oin: '00000001234567890000',
  },
]

type ClientRow = Partial<Record<ClientFieldKey, string>>
const client = (n: number, extra: ClientRow = {}): ClientRow => ({
  partner: 'ZGN',
  clientNumber: `Z-${100 + n}`,
  firstName: `Voornaam${n}`,
  lastName: `Achternaam${n}`,
  status: 'actief',
  registrationDate: '01-03-2026',
  activationDate: '09-03-2026',
  plan: 'BASIS',
  intakeCompletedBeforeTransfer: 'ja',
  ...extra,
})
const GOOD: ClientRow[] = [
  client(1, { planFrom: '09-03-2026', planUntil: '01-07-2026' }),
  { partner: 'ZGN', clientNumber: 'Z-101', plan: 'PLUS', planFrom: '01-07-2026' },
  client(2),
  client(3, { partner: 'Eigen Huis', clientNumber: '', birthDate: '14-03-1958', bsn: '012345672' }),
  client(4, {
    status: 'afgemeld',
    deregistrationReceivedDate: '10-11-2026',
    deregistrationRequestedDate: '20-10-2026',
    deregistrationEffectiveDate: '20-10-2026',
  }),
  client(5, { status: 'aangemeld', activationDate: '', intakeCompletedBeforeTransfer: '' }),
]

test('overstap: sjablonen downloaden, partners en dan cliënten importeren, foute regels zien, verbeteren, bijwerken met oud → nieuw', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('leeg')
  const onboarding = new OnboardingPage(page)
  const clients = new ClientsPage(page)
  await shell.menuLink('Gegevens importeren').click()
  await expect(shell.heading('Gegevens importeren')).toBeVisible()

  // Templates: main writes them where the save dialog says.
  await onboarding.downloadTemplate('partners')
  await expect(shell.toast('Sjabloon opgeslagen: Importsjabloon partners.xlsx')).toBeVisible()
  await onboarding.downloadTemplate('clients')
  await expect(shell.toast('Sjabloon opgeslagen: Importsjabloon cliënten.xlsx')).toBeVisible()
  const partnersTemplate = join(dialogs.folder, 'Importsjabloon partners.xlsx')
  const clientsTemplate = join(dialogs.folder, 'Importsjabloon cliënten.xlsx')
  expect(existsSync(partnersTemplate) && existsSync(clientsTemplate)).toBe(true)
  await screenshotSettled(shell, 'onboarding-start')

  // Partners first.
  await choose(shell, dialogs, 'partners', await fillTemplate(partnersTemplate, join(dialogs.folder, 'partners.xlsx'), PARTNER_FIELDS, PARTNERS))
  await expect(onboarding.counts).toHaveText('2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 foute regels')
  await onboarding.confirm()
  await expect(onboarding.done).toHaveText('partners.xlsx: 2 nieuw, 0 bijgewerkt.')

  // Clients with bad rows: each with its row, column and reason; nothing can be stored.
  const bad = [...GOOD, client(6, { plan: 'GOUD' }), client(7, { registrationDate: '31-02-2026' }), client(8, { partner: 'ONBEKEND' })]
  await choose(shell, dialogs, 'clients', await fillTemplate(clientsTemplate, join(dialogs.folder, 'clienten-fout.xlsx'), CLIENT_FIELDS, bad))
  await expect(onboarding.counts).toHaveText('5 nieuw, 0 gewijzigd, 0 ongewijzigd, 3 foute regels')
  const problems = onboarding.problemRows()
  await expect(problems).toHaveCount(4)
  await expect(problems.nth(1)).toContainText('8Abonnement')
  await expect(problems.nth(1)).toContainText('Onbekende abonnementsvorm "GOUD"')
  await expect(problems.nth(2)).toContainText('Aanmelddatum "31-02-2026" is geen datum')
  await expect(problems.nth(3)).toContainText('Onbekende partner "ONBEKEND"')
  await expect(onboarding.confirmButton).toBeDisabled()
  await screenshotSettled(shell, 'onboarding-bad-rows')
  await onboarding.cancel()

  // The corrected file goes in whole.
  await choose(shell, dialogs, 'clients', await fillTemplate(clientsTemplate, join(dialogs.folder, 'clienten.xlsx'), CLIENT_FIELDS, GOOD))
  await expect(onboarding.counts).toHaveText('5 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 foute regels')
  await onboarding.confirm()
  await expect(onboarding.done).toHaveText('clienten.xlsx: 5 nieuw, 0 bijgewerkt.')
  await shell.go('Cliënten')
  await expect(clients.text('Achternaam1').first()).toBeVisible()
  await expect(clients.text('Achternaam3').first()).toBeVisible()

  // A re-import that changes two clients shows old → new and updates them only when asked.
  await shell.menuLink('Gegevens importeren').click()
  const changed = GOOD.map((row) =>
    row.clientNumber === 'Z-101' && row.lastName
      ? { ...row, lastName: 'Bakker' }
      : row.clientNumber === 'Z-102'
        ? { ...row, begeleiderName: 'Petra Smit' }
        : row,
  )
  await choose(shell, dialogs, 'clients', await fillTemplate(clientsTemplate, join(dialogs.folder, 'clienten-2.xlsx'), CLIENT_FIELDS, changed))
  // The eigen partner's client has no number in the file: its BSN finds it.
  await expect(onboarding.counts).toHaveText('0 nieuw, 2 gewijzigd, 3 ongewijzigd, 0 foute regels')
  const changes = onboarding.changes
  await expect(changes).toContainText('Z-101 Voornaam1 Achternaam1')
  await expect(onboarding.changeRow('Achternaam')).toContainText(['AchternaamAchternaam1Bakker'])
  await expect(changes).toContainText('Petra Smit')
  await screenshotSettled(shell, 'onboarding-changes')
  await onboarding.chooseUpdate()
  await onboarding.confirm()
  await expect(onboarding.done).toHaveText('clienten-2.xlsx: 0 nieuw, 2 bijgewerkt.')
  await shell.go('Cliënten')
  await expect(clients.text('Bakker').first()).toBeVisible()

  // A file from another system names the partner column otherwise: the clerk maps it once, the next file like it is read at once.
  await shell.menuLink('Gegevens importeren').click()
  const other = join(dialogs.folder, 'ander systeem.csv')
  writeFileSync(
    other,
    ['Zorgaanbieder;Cliëntnummer;Voornaam;Achternaam;Status;Aanmelddatum;Abonnement', 'ZGN;Z-200;Kees;Koster;aangemeld;02-11-2026;BASIS'].join('\r\n'),
    'utf8',
  )
  await choose(shell, dialogs, 'clients', other)
  await expect(onboarding.message).toContainText('Partner')
  await onboarding.mapColumn('partner', 'Zorgaanbieder')
  await screenshotSettled(shell, 'onboarding-mapping')
  await onboarding.applyMapping()
  await expect(onboarding.counts).toHaveText('1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 foute regels')
  await onboarding.cancel()
  await choose(shell, dialogs, 'clients', other)
  await expect(onboarding.counts).toHaveText('1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 foute regels')
})

test('importgeschiedenis: een cliëntenimport staat in de lijst en wordt ongedaan gemaakt; de cliënten zijn weg', async ({ page, dialogs }) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('leeg')
  const onboarding = new OnboardingPage(page)
  const clients = new ClientsPage(page)
  await shell.menuLink('Gegevens importeren').click()
  await expect(onboarding.historyEmpty).toBeVisible()
  await onboarding.downloadTemplate('partners')
  await onboarding.downloadTemplate('clients')
  await expect(shell.toast('Sjabloon opgeslagen: Importsjabloon cliënten.xlsx')).toBeVisible()
  const partnersTemplate = join(dialogs.folder, 'Importsjabloon partners.xlsx')
  const clientsTemplate = join(dialogs.folder, 'Importsjabloon cliënten.xlsx')

  await choose(shell, dialogs, 'partners', await fillTemplate(partnersTemplate, join(dialogs.folder, 'partners.xlsx'), PARTNER_FIELDS, PARTNERS))
  await onboarding.confirm()
  await expect(onboarding.done).toHaveText('partners.xlsx: 2 nieuw, 0 bijgewerkt.')
  await choose(shell, dialogs, 'clients', await fillTemplate(clientsTemplate, join(dialogs.folder, 'clienten.xlsx'), CLIENT_FIELDS, [client(1), client(2)]))
  await onboarding.confirm()
  await expect(onboarding.done).toHaveText('clienten.xlsx: 2 nieuw, 0 bijgewerkt.')

  // Newest first: the clients import can be undone; the partners import not while clients belong to its partners.
  const rows = onboarding.historyRows()
  await expect(rows).toHaveCount(2)
  await expect(onboarding.historyFile(rows.nth(0))).toHaveText('clienten.xlsx')
  await expect(rows.nth(0)).toContainText('Cliënten')
  await expect(onboarding.historyState(rows.nth(0))).toHaveText('Kan ongedaan worden gemaakt')
  await expect(onboarding.historyState(rows.nth(1))).toHaveText('Sindsdien cliënten toegevoegd')
  await expect(onboarding.undoButton(rows.nth(1))).toBeDisabled()
  await screenshotSettled(shell, 'import-history')
  await new AxeScan(page).check('import history')

  await shell.go('Cliënten')
  await expect(clients.text('Achternaam1').first()).toBeVisible()
  await shell.menuLink('Gegevens importeren').click()
  await shell.noToasts()
  await onboarding.undoButton(rows.nth(0)).click()
  await expect(shell.alertDialog).toBeVisible()
  await new AxeScan(page).check('undo import dialog')
  await shell.buttonIn(shell.alertDialog, 'Ongedaan maken').click()
  await expect(shell.toast('Import van clienten.xlsx ongedaan gemaakt:')).toBeVisible()
  await expect(onboarding.historyState(rows.nth(0))).toContainText('Ongedaan gemaakt op')
  await expect(onboarding.undoButton(rows.nth(0))).toBeDisabled()
  await expect(onboarding.historyState(rows.nth(1))).toHaveText('Kan ongedaan worden gemaakt')

  await shell.go('Cliënten')
  await expect(clients.text('Achternaam1')).toHaveCount(0)
})
