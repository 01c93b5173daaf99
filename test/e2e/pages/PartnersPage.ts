import { expect, type Locator, type Page } from '@playwright/test'
import { fieldError } from './AppShell'

export interface PartnerInput {
  name: string
  shortCode: string
  ecdMode: 'partner' | 'eigen'
  street: string
  postcode: string
  city: string
  invoiceEmail: string
  contact?: { name: string; role: string; email: string; phone: string }
}

/** Partners: list, detail and the create/edit form. */
export class PartnersPage {
  constructor(readonly page: Page) {}

  async openNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuwe partner' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Nieuwe partner' })).toBeVisible()
  }

  async fill(p: PartnerInput): Promise<void> {
    const page = this.page
    await page.locator('#partner-name').fill(p.name)
    await page.locator('#partner-shortCode').fill(p.shortCode)
    await page.locator(`label[for="partner-ecd-${p.ecdMode}"]`).click()
    await page.locator('#partner-street').fill(p.street)
    await page.locator('#partner-postcode').fill(p.postcode)
    await page.locator('#partner-city').fill(p.city)
    await page.locator('#partner-invoiceEmail').fill(p.invoiceEmail)
    if (p.contact) {
      await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click()
      await page.locator('#contact-0-name').fill(p.contact.name)
      await page.locator('#contact-0-role').fill(p.contact.role)
      await page.locator('#contact-0-email').fill(p.contact.email)
      await page.locator('#contact-0-phone').fill(p.contact.phone)
    }
  }

  /** Saves with Enter in the last field, as a clerk would. */
  async submitWithEnter(): Promise<void> {
    await this.page.locator('#partner-invoiceEmail').press('Enter')
  }

  /** Opens the partner on the list's first row; returns its name (to expect its detail). */
  async openFirst(): Promise<string> {
    const cell = this.page.locator('.p-datatable-tbody tr').first().locator('td').first()
    const name = (await cell.innerText()).trim()
    await cell.click()
    return name
  }

  /** From the detail: "Bewerken" opens the form. */
  async edit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bewerken' }).click()
  }

  /** A field of the partner form (`kvkNumber` is `#partner-kvkNumber`). */
  field(name: 'name' | 'shortCode' | 'kvkNumber' | 'oin' | 'purchaseOrderReference' | 'invoiceEmail'): Locator {
    return this.page.locator(`#partner-${name}`)
  }

  error(field: 'kvkNumber' | 'oin'): Locator {
    return fieldError(this.page, `partner-${field}`)
  }

  /** A value shown on the detail, matched whole. */
  shown(text: string): Locator {
    return this.page.getByText(text, { exact: true })
  }

  /** A contact person's cell on the detail. */
  contact(name: string): Locator {
    return this.page.getByRole('cell', { name })
  }

  /** The contact persons' section title on the detail. */
  get contactsHeading(): Locator {
    return this.page.getByRole('heading', { level: 3, name: 'Contactpersonen' })
  }

  /** The number of partners above the list ("60 records"). */
  get count(): Locator {
    return this.page.getByTestId('partner-count')
  }

  rows(): Locator {
    return this.page.locator('.p-datatable-tbody tr')
  }

  /** Opens a partner through the link in its list row. */
  async openRow(row: Locator): Promise<void> {
    await row.getByRole('link').click()
  }

  /** Exports the list as shown, in the import template's layout, to where the save dialog answers. */
  async exportList(): Promise<void> {
    await this.page.getByTestId('partner-export').click()
  }

  async expectDetail(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible()
  }

  row(name: string) {
    return this.page.locator('.p-datatable-tbody tr').filter({ hasText: name })
  }
}
