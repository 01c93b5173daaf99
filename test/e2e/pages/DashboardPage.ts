import { expect, type Locator, type Page } from '@playwright/test'

/** The dashboard: key figures, usage chart, clients per plan and partner, flow and open work. */
export class DashboardPage {
  /** The number of active clients, the first key figure. */
  readonly activeClients: Locator
  /** Active clients per plan: one row per plan, the count in its number cell. */
  readonly activeByPlan: Locator
  /** Active clients per partner, the largest first; the rest folded into one last row. */
  readonly activeByPartner: Locator
  /** Open work per signal list, each a link to the list on the start page. */
  readonly workPerList: Locator
  readonly flowChart: Locator

  constructor(readonly page: Page) {
    this.activeClients = page.getByTestId('figure-active')
    this.activeByPlan = page.getByTestId('active-by-plan').locator('tr')
    this.activeByPartner = page.getByTestId('active-by-partner').locator('tr')
    this.workPerList = page.getByTestId('work-per-list').locator('tbody tr')
    this.flowChart = page.getByTestId('flow-chart').locator('canvas')
  }

  /** The count on a row of `activeByPlan`. */
  planCount(row: Locator): Locator {
    return row.locator('td.num')
  }

  /** Follows the first list with open work to the start page; returns the list's title to look for there. */
  async openFirstListWithWork(): Promise<string> {
    const link = this.page.getByTestId('work-per-list').getByRole('link').first()
    const title = ((await link.textContent()) ?? '').trim()
    await link.click()
    return title
  }

  /** The usage chart, drawn once the figures are in. */
  get usageChart(): Locator {
    return this.page.getByTestId('usage-chart').locator('canvas')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible()
    await expect(this.page.getByTestId('key-figures')).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 })
    await expect(this.page.getByTestId('usage-chart').locator('canvas')).toBeVisible({ timeout: 120_000 })
  }
}
