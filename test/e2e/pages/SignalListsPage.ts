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

  /** The key figures above the lists; `aria-busy` while they are worked out. */
  get keyFigures(): Locator {
    return this.page.getByTestId('key-figures')
  }

  /** The key figures once computed (busy while the lists are worked out). */
  get figuresReady(): Locator {
    return this.page.locator('[data-testid="key-figures"][aria-busy="false"]')
  }

  /** "Werklijsten worden berekend…", shown while the lists are worked out. */
  get computing(): Locator {
    return this.page.getByText('Werklijsten worden berekend…')
  }

  /** The partner filter above the lists. */
  get partnerFilter(): Locator {
    return this.page.locator('#signals-partner')
  }

  /** The warning that automatic backups are not set up or not working. */
  get backupWarning(): Locator {
    return this.page.getByTestId('backup-warning')
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

  /** A list's title (where a link from elsewhere, such as the dashboard, scrolls to). */
  listTitle(title: string): Locator {
    return this.page.getByRole('heading', { level: 3, name: title })
  }

  /** The rows of a list holding this text; a long list is paged until they show (or the last page). */
  async findRows(key: string, text: string): Promise<Locator> {
    const rows = this.row(key, text)
    for (let i = 0; i < 100 && (await rows.count()) === 0; i++) {
      const next = this.list(key).getByRole('button', { name: /volgende|next/i })
      if (!(await next.isEnabled())) break
      await next.click()
    }
    return rows
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
    return this.rows(key).filter({ hasText: text })
  }

  /** Every row a list shows (its current page). */
  rows(key: string): Locator {
    return this.table(key).locator('tbody tr')
  }

  /** A list's table: present only while the list is open. */
  table(key: string): Locator {
    return this.list(key).getByTestId('signal-table')
  }

  /** A list's own title, whatever it says. */
  titleOf(key: string): Locator {
    return this.list(key).getByRole('heading', { level: 3 })
  }

  /** The working days left in a row, marked when overdue. */
  daysLeft(row: Locator): Locator {
    return row.locator('.days')
  }

  /** Follows a row's link to its client (which opens at the step that resolves the row). */
  async openClient(row: Locator): Promise<void> {
    await row.getByRole('link').click()
  }

  /** Saves one list as an Excel workbook in the chosen folder. */
  async exportList(key: string): Promise<void> {
    await this.list(key).getByTestId(`signal-export-${key}`).click()
  }

  /** The date the lists count from, above them. */
  get today(): Locator {
    return this.page.getByTestId('signals-today')
  }

  /** A key figure above the lists, e.g. `overdue`. */
  figure(name: string): Locator {
    return this.page.getByTestId(`figure-${name}`)
  }

  /** The note shown when no list has work at all. */
  get empty(): Locator {
    return this.page.getByTestId('signals-empty')
  }

  /** The note shown when the filters leave no work. */
  get emptyFiltered(): Locator {
    return this.page.getByTestId('signals-empty-filtered')
  }

  /** The summary's tiles, one per list with work, in its order. */
  get tiles(): Locator {
    return this.page.getByTestId('signals-summary').getByRole('link')
  }

  /** A summary tile's number of clients. */
  tileCount(tile: Locator): Locator {
    return tile.getByTestId('summary-count')
  }

  /** A summary tile's number of overdue clients (absent when none). */
  tileOverdue(tile: Locator): Locator {
    return tile.getByTestId('summary-overdue')
  }
}
