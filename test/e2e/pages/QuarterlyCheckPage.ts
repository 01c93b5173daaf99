import { expect, type Locator, type Page } from '@playwright/test'

/** The quarterly subscription check screen. */
export class QuarterlyCheckPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('check-table')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Abonnementscheck' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Abonnementscheck' })).toBeVisible()
    await this.loaded()
  }

  async loaded(): Promise<void> {
    await expect(this.table.locator('.p-datatable-mask')).toHaveCount(0, { timeout: 120_000 })
    await expect(this.table.locator('.p-datatable-tbody tr').first()).toBeVisible({ timeout: 120_000 })
  }

  /** Picks an option in a PrimeVue Select by its visible text. */
  async choose(inputId: string, option: string): Promise<void> {
    const combobox = this.page.locator(`#${inputId}`)
    await combobox.click()
    const listId = await combobox.getAttribute('aria-controls')
    const overlay = this.page.locator('.p-select-overlay', { has: this.page.locator(`[id="${listId}"]`) })
    const filter = overlay.locator('.p-select-filter')
    if (await filter.count()) await filter.fill(option)
    await overlay.getByRole('option', { name: option, exact: true }).click()
    await expect(combobox).toContainText(option)
  }

  async show(outcome: 'Afwijkend' | 'Boven' | 'Onder' | 'Te kort actief' | 'Binnen' | 'Alle'): Promise<void> {
    await this.page
      .getByTestId('check-outcome')
      .getByRole('button', { name: new RegExp(`^${outcome} \\(`) })
      .click()
  }

  row(clientNumber: string): Locator {
    return this.table.locator('.p-datatable-tbody tr').filter({ has: this.page.getByRole('link', { name: new RegExp(`^${clientNumber} `) }) })
  }
}
