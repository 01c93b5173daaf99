import { expect, type Page } from '@playwright/test'

/** Where the manual (docs/handleiding.md) finds its screenshots. */
export const MANUAL_SHOTS = 'docs/handleiding'

/**
 * Takes the manual's screenshots: the window at a fixed size, without toasts, hover, focus ring, caret or
 * animation, so a picture changes only when the screen does.
 */
export class ManualShots {
  constructor(readonly page: Page) {}

  /** Hides the toasts for good (they come and go with timers); call after the last toast a test waits for. */
  async hideToasts(): Promise<void> {
    await this.page.addStyleTag({ content: '.p-toast { display: none !important; }' })
  }

  /** Opens a screen by its hash and waits for its title, its tables' loading masks to go, and `ready` when given. */
  async go(hash: string, title: string, ready?: string): Promise<void> {
    await this.page.evaluate((target) => (window.location.hash = target), hash)
    await expect(this.page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible({ timeout: 120_000 })
    if (ready !== undefined) await expect(this.page.locator(ready).first()).toBeVisible({ timeout: 120_000 })
    await expect(this.page.locator('.p-datatable-mask')).toHaveCount(0, { timeout: 120_000 })
  }

  async take(name: string, options: { keepFocus?: boolean } = {}): Promise<void> {
    await this.page.mouse.move(0, 859)
    if (options.keepFocus !== true) await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await this.page.evaluate(() => window.scrollTo(0, 0))
    await this.page.screenshot({ path: `${MANUAL_SHOTS}/${name}.png`, animations: 'disabled', caret: 'hide' })
  }
}
