import { expect, type Locator, type Page } from '@playwright/test'

export interface PlanInput {
  code: string
  name: string
  fee: string
  minutes: string
}

/** Plans: the catalogue table and the create/edit dialog. */
export class PlansPage {
  constructor(readonly page: Page) {}

  banner() {
    return this.page.getByTestId('plans-example-banner')
  }

  async create(p: PlanInput): Promise<void> {
    const page = this.page
    await page.getByRole('button', { name: 'Nieuwe abonnementsvorm' }).click()
    const dialog = page.getByRole('dialog', { name: 'Nieuwe abonnementsvorm' })
    await expect(dialog).toBeVisible()
    // The dialog moves the focus to its first field when its opening animation ends; typing before that can
    // land in the wrong field.
    await expect(dialog).not.toHaveClass(/-enter-/)
    await dialog.locator('#plan-code').fill(p.code)
    await dialog.locator('#plan-name').fill(p.name)
    await dialog.locator('#plan-fee').fill(p.fee)
    await dialog.locator('#plan-minutes').fill(p.minutes)
    await dialog.locator('#plan-fee').press('Enter')
    await expect(dialog).toBeHidden()
  }

  /** "Nieuwe abonnementsvorm" (or its `label` in another UI language): opens the empty dialog. */
  async openNew(label = 'Nieuwe abonnementsvorm'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click()
  }

  /** Sends the open plan dialog's form, as its save button does. */
  async submitDialog(): Promise<void> {
    await this.page.locator('button[type="submit"][form="plan-form"]').click()
  }

  /** A row's edit button; its name is the action followed by the plan's name. */
  editButton(row: Locator, action: RegExp): Locator {
    return row.getByRole('button', { name: action })
  }

  /** The catalogue's rows. */
  rows(): Locator {
    return this.page.locator('.p-datatable-tbody tr')
  }

  row(code: string) {
    return this.page.locator('.p-datatable-tbody tr').filter({ hasText: code })
  }

  /** Gives a plan another monthly fee through its edit dialog, saved with Enter. */
  async changeFee(name: string, fee: string): Promise<void> {
    await this.page.getByRole('button', { name: `Bewerken ${name}` }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Abonnementsvorm bewerken' })
    // Typing before the opening animation ends can land in the wrong field (see `create`).
    await expect(dialog).not.toHaveClass(/-enter-/)
    await dialog.locator('#plan-fee').fill(fee)
    await dialog.locator('#plan-fee').press('Enter')
    await expect(dialog).toBeHidden()
  }
}
