import { expect, type Locator, type Page } from '@playwright/test'

/** The quarterly subscription check screen. */
export class QuarterlyCheckPage {
  readonly table: Locator

  /** The quarter chosen (the last complete one at first). */
  readonly quarter: Locator
  /** The outcome buttons, each with its count. */
  readonly outcomes: Locator
  /** The partner headings above each partner's clients (with the partner's contact person). */
  readonly partnerHeadings: Locator
  readonly columnHeaders: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('check-table')
    this.quarter = page.locator('#check-quarter')
    this.outcomes = page.getByTestId('check-outcome')
    this.partnerHeadings = this.table.locator('.p-datatable-row-group-header')
    this.columnHeaders = this.table.locator('thead th')
  }

  /** The cell of a partner heading, which should span every column. */
  partnerHeadingCells(): Locator {
    return this.partnerHeadings.locator('td')
  }

  /** The outcome shown on a client's row (Boven, Onder, ...). */
  outcome(row: Locator): Locator {
    return row.locator('.outcome')
  }

  /** The row's one-click button that turns the advice into a change request; gone once one runs. */
  requestButton(clientNumber: string): Locator {
    return this.row(clientNumber).getByTestId(`check-request-${clientNumber}`)
  }

  /** The rows of the table's current page. */
  rows(): Locator {
    return this.table.locator('.p-datatable-tbody tr')
  }

  /** Saves the list shown (this partner's, this quarter's) as an Excel file. */
  async exportList(): Promise<void> {
    await this.page.getByTestId('check-export').click()
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
