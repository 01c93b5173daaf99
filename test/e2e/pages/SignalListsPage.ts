import { expect, type Locator, type Page } from '@playwright/test'

/** The start page: key figures and the signal lists (werklijsten). */
export class SignalListsPage {
  readonly heading: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Werklijsten' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werklijsten' }).click()
    await this.ready()
  }

  /** Waits until the lists are computed (the key figures or the empty note show). */
  async ready(): Promise<void> {
    await expect(this.heading).toBeVisible()
    await expect(this.page.getByTestId('key-figures')).toBeVisible({ timeout: 120_000 })
    await expect(this.page.getByTestId('key-figures')).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 })
  }

  list(key: string): Locator {
    return this.page.getByTestId(`signal-list-${key}`)
  }

  /** Every list shown, by key, in page order. */
  async shownKeys(): Promise<string[]> {
    const ids = await this.page.locator('[data-testid^="signal-list-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid') ?? ''))
    return ids.map((id) => id.replace('signal-list-', ''))
  }

  row(key: string, text: string): Locator {
    return this.list(key).locator('.p-datatable-tbody tr').filter({ hasText: text })
  }
}
