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

  /** The `?` found by its accessible name, which is in the UI's language. */
  screenHelpLink(name: string): Locator {
    return this.page.getByRole('link', { name })
  }

  /** The table of contents found by its accessible name, which is in the UI's language. */
  contentsNamed(name: string): Locator {
    return this.page.getByRole('navigation', { name })
  }

  /** A line the Help screen shows, e.g. the note that the manual is in Dutch. */
  note(text: string): Locator {
    return this.page.getByText(text)
  }

  /** Follows an entry in the table of contents. */
  async followContents(entry: string): Promise<void> {
    await this.contents.getByRole('link', { name: entry }).click()
  }

  /** Follows a link in the manual's own text: the one named `name` in the list right after the heading `anchor`. */
  async followLinkAfter(anchor: string, name: string): Promise<void> {
    await this.manual.locator(`#${anchor} ~ ol`).getByRole('link', { name }).click()
  }

  /** A screenshot in the manual, by its alt text. */
  image(alt: string): Locator {
    return this.manual.locator(`img[alt="${alt}"]`)
  }

  /** The manual is open at `anchor`: the address names it and its heading is in view. */
  async expectAt(anchor: string): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`#/help/${encodeURIComponent(anchor)}$`))
    await expect(this.manual.locator(`[id="${anchor}"]`)).toBeInViewport()
  }
}
