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

  /** Saves an empty import template (partners or clients) where the save dialog answers. */
  async downloadTemplate(kind: 'partners' | 'clients'): Promise<void> {
    await this.page.getByTestId(`template-${kind}`).click()
  }

  /** Why a file cannot be read as it is (e.g. a column it does not recognise). */
  get message(): Locator {
    return this.page.getByTestId('onboarding-message')
  }

  /** Imports the file read; disabled while it has bad rows. */
  get confirmButton(): Locator {
    return this.page.getByTestId('onboarding-confirm')
  }

  async confirm(): Promise<void> {
    await this.confirmButton.click()
  }

  /** What the confirmed import stored: "file: x nieuw, y bijgewerkt." */
  get done(): Locator {
    return this.page.getByTestId('onboarding-done')
  }

  /** The bad rows' table, a header row first, then one row per problem (row, column, reason). */
  problemRows(): Locator {
    return this.page.getByTestId('onboarding-problems').getByRole('row')
  }

  /** Old → new for the clients the file changes. */
  get changes(): Locator {
    return this.page.getByTestId('onboarding-changes')
  }

  /** A row of `changes`, by text it contains (e.g. the field's name). */
  changeRow(text: string): Locator {
    return this.changes.getByRole('row').filter({ hasText: text })
  }

  /** Chooses to update the clients the file changes (without it only new ones are added). */
  async chooseUpdate(): Promise<void> {
    await this.page.getByTestId('onboarding-update').click()
  }

  /** Maps one of the app's fields to a column of the file, by the column's name. */
  async mapColumn(field: 'partner', column: string): Promise<void> {
    await this.page.getByTestId(`map-${field}`).selectOption(column)
  }

  /** Reads the file again with the columns as mapped. */
  async applyMapping(): Promise<void> {
    await this.page.getByTestId('map-apply').click()
  }

  /** "Nog geen imports": the import history before the first. */
  get historyEmpty(): Locator {
    return this.page.getByTestId('import-history-empty')
  }

  /** The import history, newest first. */
  historyRows(): Locator {
    return this.page.getByTestId('import-history-row')
  }

  historyFile(row: Locator): Locator {
    return row.getByTestId('import-history-file')
  }

  /** Whether an import can still be undone, and if not why. */
  historyState(row: Locator): Locator {
    return row.getByTestId('import-history-state')
  }

  /** "Ongedaan maken" on a history row; a confirmation follows. */
  undoButton(row: Locator): Locator {
    return row.getByTestId('import-history-undo')
  }

  /** Leaves the file unimported. */
  async cancel(): Promise<void> {
    await this.page.getByTestId('onboarding-cancel').click()
  }
}
