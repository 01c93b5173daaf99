import { expect, type Page } from '@playwright/test'

/** Settings: the form and the storage status (spec D2). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async setClerkName(name: string): Promise<void> {
    await this.page.locator('#set-clerk').fill(name)
    await this.page.locator('#set-clerk').press('Enter')
    await expect(this.page.locator('.p-toast-message').filter({ hasText: 'Instellingen zijn opgeslagen.' })).toBeVisible()
  }

  /** Chooses the UI language and saves; the confirmation appears in the new language. */
  async setLanguage(label: 'Nederlands' | 'English'): Promise<void> {
    const combobox = this.page.locator('#set-locale')
    await combobox.click()
    const listId = await combobox.getAttribute('aria-controls')
    await this.page.locator(`[id="${listId}"]`).getByRole('option', { name: label, exact: true }).click()
    await this.page.locator('form button[type="submit"]').click()
    await expect(this.page.locator('.p-toast-message').last()).toContainText(label === 'English' ? 'Settings were saved.' : 'Instellingen zijn opgeslagen.')
  }

  async expectStorageShown(): Promise<void> {
    await expect(this.page.getByTestId('storage-persisted')).not.toBeEmpty()
    await expect(this.page.getByTestId('storage-estimate')).toContainText(' van ')
  }
}
