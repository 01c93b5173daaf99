import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { groupPeriodsByClient, subscriptionOn } from '../../src/shared/domain'
import { usageId } from '../../src/shared/model/usage'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { screenshotSettled } from './pages/screens'
import { UsageImportPage, storedUsage, writeHundredThousandRows } from './pages/UsageImportPage'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'

/** Three clients of one partner billed throughout the first days of November, from the demo data. */
function pickClients() {
  const data = demoDataFor(TODAY)
  const periods = groupPeriodsByClient(data.subscriptionPeriods)
  const billed = (id: string) => ['2026-10-27', '2026-11-02', '2026-11-04'].every((day) => subscriptionOn(periods.get(id) ?? [], day as CalendarDate) !== null)
  for (const partner of data.partners) {
    const clients = data.clients.filter((c) => c.partnerId === partner.id && billed(c.id))
    if (clients.length >= 3) return { partner, clients: clients.slice(0, 3) as [(typeof clients)[0], (typeof clients)[0], (typeof clients)[0]] }
  }
  throw new Error('geen partner met drie actieve cliënten in de demogegevens')
}

test('verbruik inlezen: controle met goede en foute regels, annuleren bewaart niets, bevestigen precies de goede, opnieuw inlezen vervangt', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(300_000)
  const { partner, clients } = pickClients()
  const [a, b, c] = clients
  const code = partner.shortCode
  const file = join(dialogs.folder, 'Telefonie export november.csv')
  writeFileSync(
    file,
    [
      'Partner;Cliëntnummer;Datum;Belminuten;Registratieminuten',
      `${code};${a.clientNumber};02-11-2026;12,5;2`,
      `${code};${a.clientNumber};03-11-2026;3;0,5`,
      `${code};${b.clientNumber};04-11-2026;7;1`,
      `${code};ONBEKEND-1;04-11-2026;7;1`,
      `${code};${b.clientNumber};05-11-2026;-4;0`,
      `${code};${c.clientNumber};05-11-2026;twaalf;0`,
      `${code};${a.clientNumber};02-11-2026;12,5;2`,
      `${code};${c.clientNumber};30-11-2026;5;0`,
      `${code};${c.clientNumber};02-01-2020;5;0`,
    ].join('\r\n'),
    'utf8',
  )

  const shell = new AppShell(page)
  const usage = new UsageImportPage(page, dialogs)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await usage.open()
  await screenshotSettled(shell, 'usage-import-start')

  // The whole file is checked first; each bad row shows with its line and reason.
  await usage.choose(file)
  await expect(usage.counts).toHaveText('9 regels: 3 goedgekeurd, 6 afgekeurd')
  await expect(usage.stores).toHaveText('2 cliënt-periodes in 2026-11')
  expect(await usage.rejectedRows()).toEqual([
    ['5', 'ONBEKEND-1', `Onbekend cliëntnummer ONBEKEND-1 bij ${code}`],
    ['6', b.clientNumber, 'Belminuten zijn negatief (-4)'],
    ['7', c.clientNumber, 'Belminuten "twaalf" is geen getal'],
    ['8', a.clientNumber, 'Dubbele regel: gelijk aan regel 2'],
    ['9', c.clientNumber, 'Datum 30-11-2026 ligt in de toekomst'],
    ['10', c.clientNumber, 'Datum 02-01-2020 valt buiten de abonnementsperiodes van de cliënt'],
  ])
  await screenshotSettled(shell, 'usage-import-preview-rejected')
  const records = await usage.recordRows()
  expect(records.map((r) => r.slice(0, 7))).toEqual(
    [
      [code, a.clientNumber, '2026-11', '15,5 min', '2,5 min', '18 min', '2'],
      [code, b.clientNumber, '2026-11', '7 min', '1 min', '8 min', '1'],
    ].sort((x, y) => (x[1]! < y[1]! ? -1 : 1)),
  )
  // b lost a row to its content: its November is marked incomplete.
  expect(records.find((r) => r[1] === b.clientNumber)?.[7]).toContain('onvolledig')
  await screenshotSettled(shell, 'usage-import-preview-records')

  // Cancel: nothing is stored.
  await usage.cancel()
  await expect(shell.toast('Inlezen geannuleerd: er is niets opgeslagen.')).toBeVisible()
  // A notice, not a success: nothing was saved.
  await expect(shell.toast('Inlezen geannuleerd')).not.toContainText('Opgeslagen')
  await expect(shell.toast('Inlezen geannuleerd')).toHaveClass(/p-toast-message-warn/)
  const ids = [usageId(a.id, '2026-11'), usageId(b.id, '2026-11'), usageId(c.id, '2026-11')]
  expect(await storedUsage(page, ids)).toEqual([null, null, null])

  // Confirm: exactly the good rows, summed per client per billing period.
  await usage.choose(file)
  await usage.confirm()
  await expect(usage.done).toContainText('2 cliënt-periodes ingelezen (0 vervangen), periode(s) 2026-11')
  expect(await storedUsage(page, ids)).toEqual([
    { callMinutes: 15.5, registrationMinutes: 2.5, contacts: 2 },
    { callMinutes: 7, registrationMinutes: 1, contacts: 1 },
    null,
  ])

  // Re-import of the period for one client (one row per client per period): replaces, never adds.
  const correction = join(dialogs.folder, 'Correctie november.csv')
  writeFileSync(
    correction,
    ['Partner,Cliëntnummer,Periode,Belminuten,Registratieminuten,Contacten', `${code},${a.clientNumber},2026-11,20.25,4,3`].join('\n'),
    'utf8',
  )
  await usage.choose(correction)
  await expect(usage.stores).toHaveText('1 cliënt-periodes in 2026-11 — waarvan 1 bestaand verbruik vervangen')
  expect((await usage.recordRows())[0]?.[7]).toContain('vervangt')
  // Before confirming: old → new per client and the change in total minutes (call plus registration).
  await expect(usage.replacementRows).toHaveCount(1)
  await expect(usage.replacementRows).toContainText(`${a.clientNumber}18 min24,3 min`)
  await expect(usage.replacementsTotal).toContainText('+6,3 min')
  await screenshotSettled(shell, 'usage-import-replacements')
  await usage.confirm()
  expect(await storedUsage(page, ids)).toEqual([
    { callMinutes: 20.25, registrationMinutes: 4, contacts: 3 },
    { callMinutes: 7, registrationMinutes: 1, contacts: 1 },
    null,
  ])
  await screenshotSettled(shell, 'usage-import-done')
})

test('verbruik inlezen: een bestand zonder herkenbare kopregel geeft één melding en niets te bevestigen', async ({ page, dialogs }) => {
  const file = join(dialogs.folder, 'lijst.csv')
  writeFileSync(file, 'Naam;Minuten\nJan;4\n', 'utf8')
  const shell = new AppShell(page)
  const usage = new UsageImportPage(page, dialogs)
  await shell.start('leeg')
  await usage.open()
  await usage.choose(file)
  await expect(usage.message).toContainText('Geen kopregel gevonden')
  await expect(usage.preview).toBeHidden()
  // Cancelling the dialog changes nothing.
  await usage.chooseNothing()
  await expect(usage.help).toBeVisible()
})

test('verbruik inlezen: 100.000 regels worden buiten het venster gecontroleerd en allemaal goedgekeurd', async ({ page, dialogs }) => {
  // A watchdog, not a measure: how long this takes and how smooth the window stays is in the benchmark
  // (bench/renderer/usageImport.spec.ts).
  test.setTimeout(600_000)
  const file = writeHundredThousandRows(dialogs.folder)
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))

  const shell = new AppShell(page)
  const usage = new UsageImportPage(page, dialogs)
  await shell.start('demo')
  await usage.open()
  await usage.choose(file)
  await expect(usage.counts).toHaveText('100.000 regels: 100.000 goedgekeurd, 0 afgekeurd')
  // The file was read and checked in a Web Worker, so the window's own thread stayed free.
  expect(
    workers.some((url) => /work\.worker/.test(url)),
    `workers: ${workers.join(', ')}`,
  ).toBe(true)
  await screenshotSettled(shell, 'usage-import-100k')
})

test('verbruik inlezen: een getal dat twee kanten op kan wordt pas opgeslagen als de medewerker het decimaalteken kiest', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const { partner, clients } = pickClients()
  const [a, b] = clients
  const file = join(dialogs.folder, 'Telefonie export zonder decimalen.csv')
  // Nothing in this file tells its decimal style: 12.345 may be twelve thousand or twelve.
  writeFileSync(
    file,
    [
      'Partner;Cliëntnummer;Datum;Belminuten;Registratieminuten',
      `${partner.shortCode};${a.clientNumber};02-11-2026;12.345;2`,
      `${partner.shortCode};${b.clientNumber};04-11-2026;7;1`,
    ].join('\r\n'),
    'utf8',
  )
  const shell = new AppShell(page)
  const usage = new UsageImportPage(page, dialogs)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await usage.open()
  await usage.choose(file)

  await expect(usage.decimalWhy).toHaveText('het bestand laat het niet zien, dus de Nederlandse komma')
  await expect(usage.decimalChoice).toContainText('1 regel(s) hebben een getal dat twee kanten op kan')
  await expect(usage.decimalChoice).toContainText('Regels: 2')
  await expect(usage.confirmButton).toBeDisabled()
  await screenshotSettled(shell, 'usage-import-decimal-choice')

  // The clerk says the file writes a decimal point: 12.345 minutes, and now it may be stored.
  await usage.chooseDecimal('Punt (12.5)')
  await expect(usage.decimalWhy).toHaveText('zoals u koos')
  await expect(usage.decimalChoice).toBeHidden()
  expect((await usage.recordRows()).find((r) => r[1] === a.clientNumber)?.[3]).toBe('12,4 min')
  await expect(usage.confirmButton).toBeEnabled()
  await usage.confirm()
})
