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

  /** The button that opens and closes a list. */
  toggle(key: string): Locator {
    return this.list(key).getByTestId('signal-toggle')
  }

  /** Opens a list unless it is open (lists without overdue work start collapsed). */
  async expand(key: string): Promise<void> {
    const toggle = this.toggle(key)
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  }

  /** The summary's tile of a list (a link that opens and shows the list). */
  summaryTile(key: string): Locator {
    return this.page.getByTestId(`summary-${key}`)
  }

  /** Chooses an option in the partner or clerk filter; null clears it. */
  async filter(which: 'partner' | 'clerk', option: string | null): Promise<void> {
    const select = this.page.getByTestId(`signals-filter-${which}`)
    if (option === null) {
      await select.locator('[data-pc-section="clearicon"]').click()
      return
    }
    await select.click()
    // The partner list scrolls virtually (only the options in view exist): narrow it to the one wanted first.
    if (which === 'partner') await this.page.locator('.p-select-overlay .p-select-filter').fill(option)
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  row(key: string, text: string): Locator {
    return this.list(key).locator('.p-datatable-tbody tr').filter({ hasText: text })
  }
}
