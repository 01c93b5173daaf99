import { expect, type Locator, type Page } from '@playwright/test'

/** Bewaartermijnen: the clients and invoice copies due for anonymisation, the preview and the confirmed batch. */
export class RetentionPage {
  readonly clients: Locator
  readonly clientCount: Locator
  readonly preview: Locator

  constructor(readonly page: Page) {
    this.clients = page.getByTestId('retention-clients')
    this.clientCount = page.getByTestId('retention-client-count')
    this.preview = page.getByTestId('retention-preview')
  }

  /** The rows of the client list's current page. */
  clientRows(): Locator {
    return this.clients.locator('.p-datatable-tbody tr')
  }

  /** A button of the client list's toolbar, by its name in the UI's language. */
  toolbarButton(name: string | RegExp): Locator {
    return this.page.getByTestId('retention-clients-toolbar').getByRole('button', { name })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/bewaartermijnen')
    await expect(this.page.getByRole('heading', { level: 2, name: 'Bewaartermijnen' })).toBeVisible()
  }

  /** Client number and partner of the rows on the first page of the client list. */
  async shownClients(): Promise<{ clientNumber: string; partner: string }[]> {
    const rows = await this.clients.locator('tbody tr').all()
    return Promise.all(
      rows.map(async (row) => ({ clientNumber: await row.locator('td').nth(1).innerText(), partner: await row.locator('td').nth(2).innerText() })),
    )
  }

  async select(client: { clientNumber: string; partner: string }): Promise<void> {
    await this.clients.getByRole('checkbox', { name: `Selecteren ${client.clientNumber} ${client.partner}`, exact: true }).check()
  }

  async openPreview(): Promise<void> {
    await this.page.getByTestId('retention-clients-toolbar').getByRole('button', { name: 'Geselecteerde cliënten anonimiseren…' }).click()
    await expect(this.preview).toBeVisible()
  }

  async confirm(): Promise<void> {
    await this.page.getByTestId('retention-confirm').click()
    await expect(this.page.locator('.p-toast-message').filter({ hasText: 'geanonimiseerd' })).toBeVisible()
  }
}
