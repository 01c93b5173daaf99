import { expect, type Locator, type Page } from '@playwright/test'

/** Audit trail: filters and the entries table. */
export class AuditPage {
  readonly table: Locator
  readonly count: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('audit-table')
    this.count = page.getByTestId('audit-count')
  }

  rows(): Locator {
    return this.table.locator('.p-datatable-tbody tr')
  }

  /** An entry's description, matched by its text. */
  entry(text: string): Locator {
    return this.page.getByText(text)
  }

  /** The rows' open/close buttons, which show an entry's details. */
  rowToggles(): Locator {
    return this.table.locator('.p-datatable-row-toggle-button')
  }

  /** "Filters wissen": back to the whole trail. */
  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Filters wissen' }).click()
  }

  /** What the last check of the hash chain found. */
  get chainState(): Locator {
    return this.page.getByTestId('audit-chain-state')
  }

  /** "Volledig controleren": recomputes the whole chain; `chainState` says the outcome. */
  async checkChain(): Promise<void> {
    await this.page.getByTestId('audit-chain-check').click()
  }

  async filterEntity(label: string): Promise<void> {
    const combobox = this.page.locator('#audit-entity')
    // This select's own list (another may still be closing), by the id it has now: the page may draw the
    // filter again after the click, with a new id.
    await expect(async () => {
      if ((await combobox.getAttribute('aria-expanded')) !== 'true') await combobox.click()
      const listId = await combobox.getAttribute('aria-controls')
      await this.page.locator(`[id="${listId}"]`).getByRole('option', { name: label, exact: true }).click({ timeout: 2000 })
    }).toPass({ timeout: 30_000 })
    await expect(combobox).toContainText(label)
  }

  async filterRecord(recordId: string): Promise<void> {
    await this.page.locator('#audit-record').fill(recordId)
    await this.page.getByRole('button', { name: 'Zoeken' }).click()
  }

  /** Picks a clerk in the clerk filter (the list has a filter field: the trail may name many). */
  async filterClerk(name: string): Promise<void> {
    const combobox = this.page.locator('#audit-clerk')
    await combobox.click()
    const listId = await combobox.getAttribute('aria-controls')
    const overlay = this.page.locator('.p-select-overlay', { has: this.page.locator(`[id="${listId}"]`) })
    await overlay.locator('.p-select-filter').fill(name)
    await overlay.getByRole('option', { name, exact: true }).click()
    await expect(combobox).toContainText(name)
  }

  async clearClerk(): Promise<void> {
    await this.page.locator('#audit-clerk').locator('..').locator('.p-select-clear-icon').click()
  }

  /** The client filter's input (a suggestion box). */
  get clientFilter(): Locator {
    return this.page.locator('#audit-client')
  }

  /** The client filter's suggestions while it is open. */
  get clientSuggestions(): Locator {
    return this.page.locator('.p-autocomplete-overlay').getByRole('option')
  }

  /** Types a client number or name in the client filter and picks the suggestion that contains `option`. */
  async filterClient(text: string, option: string): Promise<void> {
    const input = this.page.locator('#audit-client')
    await input.fill(text)
    await this.page.locator('.p-autocomplete-overlay').getByRole('option').filter({ hasText: option }).first().click({ timeout: 15_000 })
    await expect(input).toHaveValue(new RegExp(option))
  }

  /** "Exporteren naar Excel"; the save dialog answers `path`. Returns the sentence saying what was saved. */
  async exportToExcel(answer: (path: string) => Promise<void>, path: string): Promise<string> {
    await answer(path)
    await this.page.getByTestId('audit-export').click()
    const result = this.page.getByTestId('audit-export-result')
    await expect(result).toBeVisible({ timeout: 60_000 })
    return (await result.textContent()) ?? ''
  }
}
