import { expect, type Page } from '@playwright/test'

/** Settings: the form and the storage status (spec D2). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async setClerkName(name: string): Promise<void> {
    await this.page.locator('#set-clerk').fill(name)
    await this.page.locator('#set-clerk').press('Enter')
    await expect(this.page.locator('.p-toast-message').filter({ hasText: 'Instellingen zijn opgeslagen.' })).toBeVisible()
  }

  async expectStorageShown(): Promise<void> {
    await expect(this.page.getByTestId('storage-persisted')).not.toBeEmpty()
    await expect(this.page.getByTestId('storage-estimate')).toContainText(' van ')
  }
}
