import { expect, type Page } from '@playwright/test'

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

  row(code: string) {
    return this.page.locator('.p-datatable-tbody tr').filter({ hasText: code })
  }
}
