import { expect, type Page } from '@playwright/test'

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

  async expectDetail(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible()
  }

  row(name: string) {
    return this.page.locator('.p-datatable-tbody tr').filter({ hasText: name })
  }
}
