import type { Locator, Page } from '@playwright/test'

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

  async filterEntity(label: string): Promise<void> {
    const combobox = this.page.locator('#audit-entity')
    await combobox.click()
    const listId = await combobox.getAttribute('aria-controls')
    await this.page.locator(`[id="${listId}"]`).getByRole('option', { name: label, exact: true }).click()
  }

  async filterRecord(recordId: string): Promise<void> {
    await this.page.locator('#audit-record').fill(recordId)
    await this.page.getByRole('button', { name: 'Zoeken' }).click()
  }
}
