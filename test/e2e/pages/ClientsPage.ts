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

  /** Saves with Enter in the last name field, as a clerk would. */
  async submitWithEnter(): Promise<void> {
    await this.page.locator('#client-lastName').press('Enter')
  }

  /** The list's "Nieuwe cliënt" button (to reach with the keyboard; `openNew` clicks it). */
  get newButton(): Locator {
    return this.page.getByRole('button', { name: 'Nieuwe cliënt' })
  }

  /** A select of the client form (`partner` is `#client-partner`). */
  select(name: 'partner' | 'plan'): Locator {
    return this.page.locator(`#client-${name}`)
  }

  /** The registration's date of receipt on the form, today unless changed. */
  get receivedDate(): Locator {
    return this.page.locator('#client-received')
  }

  /** Opens a client from its row in the list, through its link (the one named `name` where given). */
  async openRow(row: Locator, name?: string): Promise<void> {
    await this.rowLink(row, name).click()
  }

  /** The link in a list row that opens the client ("Achternaam, Voornaam"). */
  rowLink(row: Locator, name?: string): Locator {
    return name === undefined ? row.getByRole('link') : row.getByRole('link', { name })
  }

  /** A list row's cells, in column order (number first, the masked BSN sixth). */
  cells(row: Locator): Locator {
    return row.locator('td')
  }

  /** The paginator under the list ("1–25 van 5.000"). */
  get paginator(): Locator {
    return this.page.getByTestId('client-paginator')
  }

  /** The BSN on the detail screen, shown in full there only. */
  get detailBsn(): Locator {
    return this.page.getByTestId('client-bsn')
  }

  /** The form's summary of what is wrong and that nothing was saved. */
  get formErrors(): Locator {
    return this.page.getByTestId('form-errors')
  }

  /** "Wijzigingen" on the detail screen: the client's audit trail. */
  async showChanges(): Promise<void> {
    await this.page.getByRole('button', { name: 'Wijzigingen' }).click()
  }

  /** A field of the client form, by its name in the form (`firstName` is `#client-firstName`). */
  field(name: 'bsn' | 'birthDate' | 'number' | 'firstName' | 'lastName'): Locator {
    return this.page.locator(`#client-${name}`)
  }

  error(field: 'bsn' | 'birthDate' | 'clientNumber' | 'firstName' | 'lastName'): Locator {
    return fieldError(this.page, `client-${field}`)
  }

  /** Opens the detail of the first client in the list, through the link in its row. */
  async openFirst(): Promise<void> {
    await this.rows().first().getByRole('link').first().click()
  }

  /** The client number on the detail screen. */
  get detailNumber(): Locator {
    return this.page.getByTestId('client-number')
  }

  /** "Bewerken" on the detail screen: opens the form. */
  async edit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bewerken' }).click()
  }

  /** Text on the client's screen, e.g. the banner of an anonymised client. */
  text(text: string | RegExp): Locator {
    return this.page.getByText(text)
  }

  /** "Inzage-export" on the detail screen: the client's data and trail in one workbook, saved where the dialog answers. */
  async exportForInspection(): Promise<void> {
    await this.page.getByTestId('inspection-export').click()
  }

  /** Filters the list by partner, found by its short code (the partner list is long: typed into its filter). */
  async filterByPartner(shortCode: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Partner' }).click()
    await this.page.locator('.p-select-overlay .p-select-filter').fill(shortCode)
    await this.page
      .locator('.p-select-overlay')
      .getByRole('option', { name: `(${shortCode})` })
      .click()
  }

  /** The export dialog, opened by `openExport`. */
  get exportDialog(): Locator {
    return this.page.getByTestId('client-export-dialog')
  }

  /** The export's choice to include BSNs (off unless the clerk turns it on). */
  get exportBsn(): Locator {
    return this.exportDialog.getByRole('checkbox', { name: 'BSN opnemen' })
  }

  /** "Exporteren": opens the dialog for the list as filtered. */
  async openExport(): Promise<void> {
    await this.page.getByTestId('client-export').click()
  }

  /** Exports from the dialog, to where the save dialog answers. */
  async confirmExport(): Promise<void> {
    await this.page.getByTestId('client-export-confirm').click()
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text)
  }

  /** Waits until the list shows the given number of matches (the count above the table). */
  async expectCount(text: string): Promise<void> {
    await expect(this.count).toHaveText(text)
  }
}
