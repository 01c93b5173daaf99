import type { Locator, Page } from '@playwright/test'

/** Audit trail: filters and the entries table. */
export class AuditPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('audit-table')
  }

  rows(): Locator {
    return this.table.locator('.p-datatable-tbody tr')
  }

  async filterRecord(recordId: string): Promise<void> {
    await this.page.locator('#audit-record').fill(recordId)
    await this.page.getByRole('button', { name: 'Zoeken' }).click()
  }
}
