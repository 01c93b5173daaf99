import { expect, type Locator, type Page } from '@playwright/test'

/** The invoicing screen: period, concepts, the run's files, finalising and corrections. */
export class InvoicingPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('invoice-table')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Facturatie' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Facturatie' })).toBeVisible()
    await expect(this.table.locator('.p-datatable-mask')).toHaveCount(0, { timeout: 60_000 })
  }

  async choosePeriod(period: string): Promise<void> {
    const combobox = this.page.locator('#invoicing-period')
    await combobox.click()
    await this.page.getByRole('option', { name: period, exact: true }).click()
    await expect(combobox).toContainText(period)
  }

  rows(partnerName: string): Locator {
    return this.table.locator('.p-datatable-tbody tr').filter({ has: this.page.getByRole('cell', { name: partnerName, exact: true }) })
  }

  /** Confirms the dialog that guards a step which cannot be undone. */
  async confirm(button: string): Promise<void> {
    const dialog = this.page.getByRole('alertdialog')
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: button }).click()
    await expect(dialog).toBeHidden()
  }

  /** Shows every row on one page (the table pages by 25). */
  async showAllRows(): Promise<void> {
    const dropdown = this.table.locator('.p-paginator .p-select')
    if ((await dropdown.count()) === 0) return
    await dropdown.click()
    await this.page.getByRole('option', { name: '100', exact: true }).click()
  }

  /** Opens an invoice on screen from its row; the dialog shows the `Factuur` part and the client overview. */
  async openInvoice(row: Locator): Promise<Locator> {
    await row.getByTestId('invoice-open').click()
    const dialog = this.page.getByTestId('invoice-detail')
    await expect(dialog).toBeVisible()
    return dialog
  }

  /** From an opened final invoice: credits the clients with these numbers, for this reason. */
  async creditClients(clientNumbers: readonly string[], reason: string): Promise<void> {
    await this.page.getByTestId('invoice-detail').getByRole('button', { name: 'Crediteren…' }).click()
    const dialog = this.page.getByTestId('invoice-credit-dialog')
    await expect(dialog).toBeVisible()
    for (const number of clientNumbers) await dialog.getByTestId(`credit-line-${number}`).getByRole('checkbox').check()
    await dialog.getByLabel('Reden').fill(reason)
    await dialog.getByTestId('credit-submit').click()
    await expect(dialog).toBeHidden()
  }
}
