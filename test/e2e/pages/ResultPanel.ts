import type { Locator, Page } from '@playwright/test'

/** The result panel above the screen: long results (many numbers or files, a long path), with their list and folder. */
export class ResultPanel {
  readonly panel: Locator
  /** The list of what the result covers (one item per invoice, file, ...), folded away at first. */
  readonly items: Locator
  readonly toggle: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('result-panel')
    this.items = page.getByTestId('result-items')
    this.toggle = page.getByTestId('result-toggle')
  }

  /** The region that makes a screen reader read the panel out. */
  get liveRegion(): Locator {
    return this.page.locator('[role="status"]').filter({ has: this.panel })
  }

  /** The list's entries (see `showItems`). */
  get itemList(): Locator {
    return this.items.locator('li')
  }

  /** Unfolds the list of what the result covers. */
  async showItems(): Promise<void> {
    await this.toggle.click()
  }

  /** "Map openen": asks main to open the folder the files went to. */
  async openFolder(): Promise<void> {
    await this.page.getByTestId('result-open-folder').click()
  }

  async dismiss(): Promise<void> {
    await this.page.getByTestId('result-dismiss').click()
  }
}
