import { expect, type Page } from '@playwright/test'

/** The dashboard: key figures, usage chart, clients per plan and partner, flow and open work. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible()
    await expect(this.page.getByTestId('key-figures')).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 })
    await expect(this.page.getByTestId('usage-chart').locator('canvas')).toBeVisible({ timeout: 120_000 })
  }
}
