import { expect, type Locator, type Page } from '@playwright/test'

/** The Help screen (the manual) and the ways into it: a screen's `?`, F1 and the Help menu. */
export class HelpPage {
  readonly contents: Locator
  readonly manual: Locator

  constructor(readonly page: Page) {
    this.contents = page.locator('nav.contents')
    this.manual = page.locator('article.manual')
  }

  /** The `?` in the current screen's title row. */
  async pressScreenHelp(): Promise<void> {
    await this.page.getByTestId('screen-help').click()
  }

  /** The manual is open at `anchor`: the address names it and its heading is in view. */
  async expectAt(anchor: string): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`#/help/${encodeURIComponent(anchor)}$`))
    await expect(this.manual.locator(`[id="${anchor}"]`)).toBeInViewport()
  }
}
