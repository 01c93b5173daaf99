import { expect, type Locator, type Page } from '@playwright/test'

/** "Wijzigingen opslaan?" and the offer of a draft kept from an earlier visit. */
export class UnsavedWork {
  readonly dialog: Locator
  readonly draftNotice: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Wijzigingen opslaan?' })
    this.draftNotice = page.getByTestId('draft-notice')
  }

  /** One of the question's answers (the focus starts on Blijven). */
  button(choice: 'Opslaan' | 'Niet opslaan' | 'Blijven'): Locator {
    return this.dialog.getByRole('button', { name: choice, exact: true })
  }

  /** The question by its title in the UI's language (`dialog` is the Dutch one). */
  dialogNamed(title: string): Locator {
    return this.page.getByRole('dialog', { name: title })
  }

  /** An answer by its label in the UI's language. */
  choice(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true })
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

  /** Throws the offered draft away. */
  async discardDraft(): Promise<void> {
    await this.page.getByTestId('draft-discard').click()
  }

  /** The draft is kept after a pause in typing (500 ms); a reload before then would find none. */
  async waitForDraftKept(): Promise<void> {
    await this.page.waitForTimeout(900)
  }
}
