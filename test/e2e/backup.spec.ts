import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from './fixtures'
import { emitWindowEvent } from './fixtures/apiBridge'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { BackupPage } from './pages/BackupPage'
import { SettingsPage } from './pages/SettingsPage'
import { SignalListsPage } from './pages/SignalListsPage'
import { screenshotSettled } from './pages/screens'

test('back-up maken, gegevens wijzigen, terugzetten na een voorbeeld: de oude gegevens terug, een veiligheidsback-up ernaast, alles in de audittrail', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const backups = new BackupPage(page, dialogs)
  await shell.start('demo')

  await backups.open()
  const file = join(dialogs.folder, 'Back-up vóór de wijziging.json')
  expect(await backups.make(file)).toContain(file)
  expect(existsSync(file)).toBe(true)

  // A change after the backup: the clerk's name setting.
  await shell.go('Instellingen')
  const settings = new SettingsPage(page)
  await settings.setClerkName('Iemand Anders')
  await expect(settings.clerkNameField).toHaveValue('Iemand Anders')

  await backups.open()
  await backups.choose(file)
  await expect(backups.fileName).toHaveText('Back-up vóór de wijziging.json')
  await expect(backups.verifyResult).toHaveText('De controle vond geen problemen in dit bestand.')
  const counts = await backups.counts()
  expect(counts.map((row) => row[0])).toEqual([
    'Medewerkers',
    'Partners',
    'Abonnementsvormen',
    'Cliënten',
    'Abonnementsperiodes',
    'Wijzigingsverzoeken',
    'Afmeldingen',
    'Verbruiksregels',
    'Facturen',
    'Audittrailregels',
    'Imports',
  ])
  const clients = counts.find((row) => row[0] === 'Cliënten')!
  expect(clients[1]).toBe(clients[2])
  await screenshotSettled(shell, 'backup-restore-preview')

  const restored = await backups.restore()
  expect(restored).toContain('Teruggezet uit "Back-up vóór de wijziging.json"')
  // The data as it was before the restore is in a safety backup in the app's own data folder (next to the dialogs' folder).
  const safetyFolder = join(dirname(dialogs.folder), 'app-gegevens', 'Veiligheidsback-ups')
  const safety = readdirSync(safetyFolder)
  expect(safety).toHaveLength(1)
  expect(restored).toContain(join(safetyFolder, safety[0]!))

  await expect(shell.clerkName).toContainText('Demo-medewerker')
  await shell.go('Instellingen')
  await expect(settings.clerkNameField).toHaveValue('Demo-medewerker')
  await shell.go('Audittrail')
  await expect(shell.main).toContainText('Back-up teruggezet uit Back-up vóór de wijziging.json')
})

test('automatische back-ups: zonder map een waarschuwing op de startpagina; met map gaan ze vanzelf en blijven er zoveel als ingesteld', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const backups = new BackupPage(page, dialogs)
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') })
  await page.clock.resume()
  await shell.start('demo')
  const start = new SignalListsPage(page)
  await page.goto('/#/werklijsten')
  await expect(start.backupWarning).toContainText('er is nog geen map gekozen')

  const folder = join(dialogs.folder, 'Automatische back-ups')
  mkdirSync(folder)
  await backups.open()
  await backups.chooseFolder(folder)
  await expect(backups.scheduleFolder).toHaveText(folder)
  await backups.saveSchedule('2')
  await expect(shell.toast('Instellingen voor automatische back-ups opgeslagen.')).toBeVisible()

  // The app looks every minute whether one is due: three minutes of the page's clock, three backups, two kept.
  for (let minute = 1; minute <= 3; minute++) {
    await page.clock.runFor(60_000)
    await expect.poll(() => readdirSync(folder).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(Math.min(minute, 2))
    await expect(backups.lastSuccess).not.toHaveText('nog geen', { timeout: 60_000 })
  }
  await expect.poll(() => readdirSync(folder).filter((name) => name.startsWith('Automatische back-up')).length, { timeout: 60_000 }).toBe(2)
  await screenshotSettled(shell, 'backup-scheduled')
  await page.goto('/#/werklijsten')
  await expect(start.backupWarning).toBeHidden()
})

test('versleutelde back-up: gemaakt met een wachtwoord, een verkeerd wachtwoord geweigerd, teruggezet met het juiste; het Bestand-menu opent dezelfde stappen', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  const backups = new BackupPage(page, dialogs)
  const passphrase = 'paard batterij nietje correct'
  await shell.start('demo')

  await backups.open()
  await expect(backups.encryptionWarning).toContainText('raakt u het wachtwoord kwijt')
  await backups.encryptWith(passphrase)
  await expect(backups.encryptionStatus).toContainText('geldt tot de app wordt gesloten')

  // The File menu's "Back-up maken…": main sends the command, the screen runs its own flow (save dialog).
  const file = join(dialogs.folder, 'Versleutelde back-up.json')
  await dialogs.answerNext(file)
  await shell.go('Instellingen')
  await emitWindowEvent(page, 'menu:command', { command: 'make-backup' })
  await expect(shell.result('Back-up opgeslagen')).toBeVisible({ timeout: 120_000 })
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')).toContain('"format":"clientadministratie-24x7-backup-encrypted"')
  expect(bytes.toString('latin1')).not.toContain('Demo-medewerker')

  await shell.go('Instellingen')
  await new SettingsPage(page).setClerkName('Iemand Anders')

  // The File menu's "Terugzetten…": the open dialog, then the passphrase.
  await dialogs.answerNext(file)
  await emitWindowEvent(page, 'menu:command', { command: 'restore-backup' })
  await expect(backups.locked).toBeVisible({ timeout: 120_000 })
  await backups.unlock('een verkeerd wachtwoord')
  await expect(shell.toast('Het wachtwoord past niet bij "Versleutelde back-up.json"')).toBeVisible({ timeout: 60_000 })
  await expect(backups.preview).toBeHidden()
  await screenshotSettled(shell, 'backup-encrypted-locked')
  // The passphrase form only appears for an encrypted file, so the screen-wide scan never sees it.
  const axe = new AxeScan(page)
  await axe.check('encrypted backup: passphrase asked')
  expect(axe.findings, axe.report()).toEqual([])

  await backups.unlock(passphrase)
  await expect(backups.preview).toBeVisible({ timeout: 120_000 })
  await expect(backups.madeBy).toHaveText('Demo-medewerker')
  await expect(backups.verifyResult).toHaveText('De controle vond geen problemen in dit bestand.')
  await screenshotSettled(shell, 'backup-encrypted-preview')
  expect(await backups.restore()).toContain('Teruggezet uit "Versleutelde back-up.json"')
  await shell.go('Instellingen')
  await expect(new SettingsPage(page).clerkNameField).toHaveValue('Demo-medewerker')
})
