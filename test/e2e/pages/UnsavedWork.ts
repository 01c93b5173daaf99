import { expect, type Locator, type Page } from '@playwright/test'

/** "Wijzigingen opslaan?" and the offer of a draft kept from an earlier visit. */
export class UnsavedWork {
  readonly dialog: Locator
  readonly draftNotice: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Wijzigingen opslaan?' })
    this.draftNotice = page.getByTestId('draft-notice')
  }

  async answer(choice: 'Opslaan' | 'Niet opslaan' | 'Blijven'): Promise<void> {
    await expect(this.dialog).toBeVisible()
    await this.dialog.getByRole('button', { name: choice, exact: true }).click()
    await expect(this.dialog).toBeHidden()
  }

  async restoreDraft(): Promise<void> {
    await this.draftNotice.getByRole('button', { name: 'Herstellen' }).click()
    await expect(this.draftNotice).toBeHidden()
  }

  /** The draft is kept after a pause in typing (500 ms); a reload before then would find none. */
  async waitForDraftKept(): Promise<void> {
    await this.page.waitForTimeout(900)
  }
}
