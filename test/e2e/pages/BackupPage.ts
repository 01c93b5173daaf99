import { expect, type Locator, type Page } from '@playwright/test'
import type { DialogControl } from '../fixtures'

/** Backup and restore: make a backup through the save dialog, choose a file, read the preview, confirm. */
export class BackupPage {
  readonly preview: Locator

  constructor(
    readonly page: Page,
    readonly dialogs: DialogControl,
  ) {
    this.preview = page.getByTestId('backup-preview')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Back-up' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Back-up en terugzetten' })).toBeVisible()
  }

  /** Makes a backup at `path` (the save dialog's answer); resolves with the confirmation's text. */
  async make(path: string): Promise<string> {
    await this.dialogs.answerNext(path)
    await this.page.getByTestId('backup-make').click()
    // A toast, or the result panel when the path makes it long.
    const toast = this.page.locator('.p-toast-message').or(this.page.getByTestId('result-panel')).filter({ hasText: 'Back-up opgeslagen' })
    await expect(toast).toBeVisible({ timeout: 120_000 })
    return (await toast.textContent()) ?? ''
  }

  get makeButton(): Locator {
    return this.page.getByTestId('backup-make')
  }

  /** Starts a backup and cancels its save dialog (nothing is saved). */
  async makeCancelled(): Promise<void> {
    await this.dialogs.answerNext(null)
    await this.makeButton.click()
  }

  async choose(path: string): Promise<void> {
    await this.dialogs.answerNext(path)
    await this.page.getByTestId('backup-choose').click()
    await expect(this.preview).toBeVisible({ timeout: 120_000 })
  }

  /** The preview's table: [data, in the file, now in the app] per row. */
  async counts(): Promise<string[][]> {
    const rows = this.page.getByTestId('backup-counts').locator('tbody tr')
    const out: string[][] = []
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((s) => s.trim()))
    return out
  }

  /** Confirms the restore; resolves with the confirmation's text. */
  async restore(): Promise<string> {
    await this.page.getByTestId('backup-restore').click()
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Terugzetten' }).click()
    const toast = this.page.locator('.p-toast-message').or(this.page.getByTestId('result-panel')).filter({ hasText: 'Teruggezet uit' })
    await expect(toast).toBeVisible({ timeout: 120_000 })
    return (await toast.textContent()) ?? ''
  }

  /** Turns encryption on with `passphrase` (typed twice); resolves when the screen says it is on. */
  async encryptWith(passphrase: string): Promise<void> {
    await this.page.locator('#backup-passphrase').fill(passphrase)
    await this.page.locator('#backup-passphrase-repeat').fill(passphrase)
    await this.page.getByTestId('backup-encryption-on').click()
    await expect(this.page.locator('.p-toast-message').filter({ hasText: 'voortaan versleuteld' })).toBeVisible()
  }

  /** Chooses an encrypted file: the screen asks for its passphrase before it shows anything. */
  async chooseLocked(path: string): Promise<void> {
    await this.dialogs.answerNext(path)
    await this.page.getByTestId('backup-choose').click()
    await expect(this.page.getByTestId('backup-locked')).toBeVisible({ timeout: 120_000 })
  }

  /** The preview's file name. */
  get fileName(): Locator {
    return this.page.getByTestId('backup-file')
  }

  /** What the check of the chosen file found. */
  get verifyResult(): Locator {
    return this.page.getByTestId('backup-verify')
  }

  /** The preview's "made by": the clerk who made the backup. */
  get madeBy(): Locator {
    return this.page.getByTestId('backup-made-by')
  }

  /** The passphrase form shown for an encrypted file before anything else. */
  get locked(): Locator {
    return this.page.getByTestId('backup-locked')
  }

  /** The warning that a lost passphrase makes encrypted backups unreadable. */
  get encryptionWarning(): Locator {
    return this.page.getByTestId('backup-encryption-warning')
  }

  get encryptionStatus(): Locator {
    return this.page.getByTestId('backup-encryption-status')
  }

  /** The folder automatic backups go to. */
  get scheduleFolder(): Locator {
    return this.page.getByTestId('backup-folder')
  }

  /** When the last automatic backup succeeded ("nog geen" before the first). */
  get lastSuccess(): Locator {
    return this.page.getByTestId('backup-last-success')
  }

  /** Chooses the folder for automatic backups; the folder dialog answers `path`. */
  async chooseFolder(path: string): Promise<void> {
    await this.dialogs.answerNext(path)
    await this.page.getByTestId('backup-choose-folder').click()
  }

  /** Sets how many automatic backups are kept and saves the schedule. */
  async saveSchedule(keep: string): Promise<void> {
    await this.page.locator('#backup-keep').fill(keep)
    await this.page.getByTestId('backup-save-schedule').click()
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.locator('#backup-unlock-passphrase').fill(passphrase)
    await this.page.getByTestId('backup-unlock').click()
  }
}
