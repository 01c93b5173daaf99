import { expect, type Locator, type Page } from '@playwright/test'
import { fieldError } from './AppShell'

export interface ClientInput {
  partner: string
  plan: string
  clientNumber?: string
  firstName: string
  lastName: string
  birthDate?: string
  bsn?: string
  begeleider?: { name: string; email: string; phone: string }
}

/** Clients: the lazy-paged list with search and filters, the detail and the form. */
export class ClientsPage {
  readonly search: Locator
  readonly table: Locator
  readonly count: Locator

  constructor(readonly page: Page) {
    this.search = page.getByTestId('client-search')
    this.table = page.getByTestId('client-table')
    this.count = page.getByTestId('client-count')
  }

  rows(): Locator {
    return this.table.locator('tbody tr')
  }

  async openNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuwe cliënt' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Nieuwe cliënt' })).toBeVisible()
  }

  /** Picks an option in a PrimeVue Select; scoped to this select's own overlay (another may still be closing). */
  async choose(inputId: string, option: string): Promise<void> {
    const combobox = this.page.locator(`#${inputId}`)
    await combobox.click()
    const listId = await combobox.getAttribute('aria-controls')
    const overlay = this.page.locator('.p-select-overlay', { has: this.page.locator(`[id="${listId}"]`) })
    const filter = overlay.locator('.p-select-filter')
    if (await filter.count()) await filter.fill(option)
    await overlay.getByRole('option', { name: option, exact: false }).first().click()
    await expect(combobox).toContainText(option)
  }

  async fill(c: ClientInput): Promise<void> {
    const page = this.page
    await this.choose('client-partner', c.partner)
    await this.choose('client-plan', c.plan)
    if (c.clientNumber !== undefined) await page.locator('#client-number').fill(c.clientNumber)
    await page.locator('#client-firstName').fill(c.firstName)
    await page.locator('#client-lastName').fill(c.lastName)
    if (c.birthDate !== undefined) await page.locator('#client-birthDate').fill(c.birthDate)
    if (c.bsn !== undefined) await page.locator('#client-bsn').fill(c.bsn)
    if (c.begeleider) {
      await page.locator('#client-begeleider-name').fill(c.begeleider.name)
      await page.locator('#client-begeleider-email').fill(c.begeleider.email)
      await page.locator('#client-begeleider-phone').fill(c.begeleider.phone)
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Opslaan' }).click()
  }

  error(field: 'bsn' | 'birthDate' | 'clientNumber' | 'firstName' | 'lastName'): Locator {
    return fieldError(this.page, `client-${field}`)
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text)
  }

  /** Waits until the list shows the given number of matches (the count above the table). */
  async expectCount(text: string): Promise<void> {
    await expect(this.count).toHaveText(text)
  }
}
