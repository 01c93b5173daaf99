import { expect, type Locator, type Page } from '@playwright/test'

/** The global search (Ctrl/Cmd+K), used with the keyboard alone as a clerk in a hurry does. */
export class GlobalSearch {
  readonly dialog: Locator
  readonly input: Locator
  readonly results: Locator
  /** What the search says about its results, e.g. that nothing was found. */
  readonly status: Locator
  /** The header's search button, for a clerk who does not know the shortcut. */
  readonly openButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Zoeken in de administratie' })
    this.input = page.getByRole('combobox', { name: 'Zoeken in de administratie' })
    this.results = page.getByTestId('search-results').getByRole('option')
    this.status = this.dialog.getByRole('status')
    this.openButton = page.getByTestId('open-search')
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K')
    await expect(this.dialog).toBeVisible()
    await expect(this.input).toBeFocused()
  }

  /** Types `text` and waits until an option whose text contains `expected` is the chosen one. */
  async find(text: string, expected: string): Promise<void> {
    await this.input.fill(text)
    await expect(this.results.filter({ hasText: expected }).first()).toBeVisible({ timeout: 30_000 })
    for (let i = 0; i < 20; i++) {
      if (((await this.page.locator('[role="option"][aria-selected="true"]').textContent()) ?? '').includes(expected)) return
      await this.page.keyboard.press('ArrowDown')
    }
    throw new Error(`"${expected}" never became the chosen result`)
  }
}
