import { expect, type Locator, type Page } from '@playwright/test'

/** Settings: the form and the storage status (spec D2). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  /** The clerk name field (the name an administration without clerks records). */
  get clerkNameField(): Locator {
    return this.page.locator('#set-clerk')
  }

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

  /** Replaces the organisation's own details that invoices show (the example values block finalising); saves with Enter. */
  async setOrganisation(details: { street: string; kvk: string; vat: string; iban: string }): Promise<void> {
    await this.page.locator('#set-op-street').fill(details.street)
    await this.page.locator('#set-op-kvk').fill(details.kvk)
    await this.page.locator('#set-op-vat').fill(details.vat)
    await this.page.locator('#set-op-iban').fill(details.iban)
    await this.page.locator('#set-op-iban').press('Enter')
  }

  /** Sets how many months deregistered clients are kept, and saves with the form's first save button. */
  async setRetentionMonths(months: string): Promise<void> {
    await this.page.locator('#set-retention').fill(months)
    await this.page.locator('form button[type="submit"]').first().click()
  }

  /** The clerks table's rows, one per clerk. */
  clerkRows(): Locator {
    return this.page.getByTestId('clerks-table').locator('tbody tr')
  }

  clerkRow(name: string): Locator {
    return this.clerkRows().filter({ hasText: name })
  }

  /** "Medewerker toevoegen": opens the dialog; `clerkDialog` is it. */
  async openAddClerk(): Promise<void> {
    await this.page.getByRole('button', { name: 'Medewerker toevoegen' }).click()
  }

  get clerkDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Medewerker toevoegen' })
  }

  /** A field of the clerk dialog (`new-pin` is `#clerk-new-pin`). */
  clerkField(name: 'name' | 'initials' | 'new-pin'): Locator {
    return this.clerkDialog.locator(`#clerk-${name}`)
  }

  async saveClerk(): Promise<void> {
    await this.clerkDialog.getByRole('button', { name: 'Opslaan' }).click()
  }

  /** The organisation's logo for invoices: "Geen logo", or its size once chosen. */
  get logo(): Locator {
    return this.page.getByTestId('settings-logo')
  }

  get logoPreview(): Locator {
    return this.page.getByTestId('settings-logo-preview')
  }

  /** Opens the file dialog for the logo (the test answers it beforehand). */
  async chooseLogo(): Promise<void> {
    await this.page.getByTestId('settings-logo-choose').click()
  }

  async expectStorageShown(): Promise<void> {
    await expect(this.page.getByTestId('storage-persisted')).not.toBeEmpty()
    await expect(this.page.getByTestId('storage-estimate')).toContainText(' van ')
  }
}
