import type { Locator, Page } from '@playwright/test'

/** Importing partners and clients from a workbook ("Gegevens importeren"): the file, what it would change, confirm or cancel. */
export class OnboardingPage {
  constructor(readonly page: Page) {}

  /** Chooses the partners' or clients' workbook; the test answers the open dialog beforehand. */
  async chooseFile(kind: 'partners' | 'clients'): Promise<void> {
    await this.page.getByTestId(`onboarding-choose-${kind}`).click()
  }

  /** What the file would do: "x nieuw, y gewijzigd, z ongewijzigd, n foute regels". */
  get counts(): Locator {
    return this.page.getByTestId('onboarding-counts')
  }

  /** Leaves the file unimported. */
  async cancel(): Promise<void> {
    await this.page.getByTestId('onboarding-cancel').click()
  }
}
