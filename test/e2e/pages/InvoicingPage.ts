import { expect, type Locator, type Page } from '@playwright/test'

/** The invoicing screen: period, concepts, the run's files, finalising and corrections. */
export class InvoicingPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('invoice-table')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Facturatie' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Facturatie' })).toBeVisible()
    await expect(this.table.locator('.p-datatable-mask')).toHaveCount(0, { timeout: 60_000 })
  }

  async choosePeriod(period: string): Promise<void> {
    const combobox = this.page.locator('#invoicing-period')
    await combobox.click()
    await this.page.getByRole('option', { name: period, exact: true }).click()
    await expect(combobox).toContainText(period)
  }

  /** Makes (or remakes) the concept invoices for the chosen period; the summary's concept count says when it is done. */
  async prepare(): Promise<void> {
    await this.page.getByTestId('invoicing-prepare').click()
  }

  /** The number of concept invoices in the summary. */
  get conceptCount(): Locator {
    return this.page.getByTestId('summary-concepts')
  }

  /** The number of final invoices in the summary. */
  get finalCount(): Locator {
    return this.page.getByTestId('summary-finals')
  }

  /** The amount of all the period's invoices in the summary. */
  get summaryTotal(): Locator {
    return this.page.getByTestId('summary-total')
  }

  /** The period select, showing the period chosen. */
  get periodSelect(): Locator {
    return this.page.locator('#invoicing-period')
  }

  /** The chosen period's first and last day. */
  get periodSpan(): Locator {
    return this.page.getByTestId('invoicing-period-span')
  }

  /** The warning that the chosen period has not ended yet. */
  get periodRunning(): Locator {
    return this.page.getByTestId('invoicing-period-running')
  }

  get writeButton(): Locator {
    return this.page.getByTestId('invoicing-write')
  }

  /** Writes the run's files (workbooks, PDFs, e-invoices) into the chosen folder. */
  async writeFiles(): Promise<void> {
    await this.writeButton.click()
  }

  /** How far writing the files has come (partner x of y). */
  get runProgress(): Locator {
    return this.page.getByTestId('run-progress')
  }

  /** Stops writing the files halfway. */
  async cancelRun(): Promise<void> {
    await this.page.getByTestId('run-cancel').click()
  }

  /** The folder the files went to. */
  get folder(): Locator {
    return this.page.getByTestId('invoicing-folder')
  }

  async openFolder(): Promise<void> {
    await this.page.getByTestId('invoicing-open-folder').click()
  }

  /** Opens a row to show what its invoice bills per plan (see `planSummary`). */
  async expandRow(row: Locator): Promise<void> {
    await row.locator('.p-datatable-row-toggle-button').click()
  }

  /** An opened row's amounts per plan. */
  get planSummary(): Locator {
    return this.page.getByTestId('invoice-plan-summary')
  }

  planLine(planName: string): Locator {
    return this.planSummary.locator('tr').filter({ hasText: planName })
  }

  /** A button in an invoice's row, e.g. `Definitief maken`, `Crediteren`, `Opnieuw schrijven`. */
  rowAction(row: Locator, name: string): Locator {
    return row.getByRole('button', { name })
  }

  get finaliseAllButton(): Locator {
    return this.page.getByTestId('invoicing-finalise-all')
  }

  /** Starts finalising every concept; `confirm` answers the question that follows. */
  async finaliseAll(): Promise<void> {
    await this.finaliseAllButton.click()
  }

  /** Why finalising cannot start yet, with the way to fix each point. */
  get finaliseBlocked(): Locator {
    return this.page.getByTestId('invoicing-finalise-blocked')
  }

  /** The points that keep finalising back, one element each. */
  get finaliseProblems(): Locator {
    return this.page.getByTestId('invoicing-finalise-problem')
  }

  /** Follows the first of the blocking points' links with this text to the screen where it is fixed. */
  async followFix(link: string): Promise<void> {
    await this.finaliseBlocked.getByRole('link', { name: link }).first().click()
  }

  /** Makes the concepts again from the blocking notice, after prices or details changed. */
  async remakeConceptsFromNotice(): Promise<void> {
    await this.finaliseBlocked.getByRole('button', { name: 'Concepten opnieuw maken' }).click()
  }

  /** The notice that the period's invoices come from demo data. */
  get demoDataNotice(): Locator {
    return this.page.getByTestId('invoicing-demo-data')
  }

  /** The button behind `prepare` (to reach with the keyboard). */
  get prepareButton(): Locator {
    return this.page.getByTestId('invoicing-prepare')
  }

  /** Every row of the table's current page. */
  allRows(): Locator {
    return this.table.locator('.p-datatable-tbody tr')
  }

  /** The element in the table that has the focus (none when the focus was lost to the page). */
  get focusedInTable(): Locator {
    return this.table.locator(':focus')
  }

  /** The question before a step which cannot be undone (`confirm` answers it). */
  get confirmation(): Locator {
    return this.page.getByRole('alertdialog')
  }

  confirmationButton(name: string): Locator {
    return this.confirmation.getByRole('button', { name })
  }

  /** Which partners get no e-invoice (no KvK number or OIN), each a link to the partner. */
  get noEInvoiceNotice(): Locator {
    return this.page.getByTestId('invoicing-no-einvoice')
  }

  noEInvoicePartner(name: string): Locator {
    return this.noEInvoiceNotice.getByRole('link', { name })
  }

  /** "Open conceptmap": present once the period has a final invoice. */
  get openDraftsButton(): Locator {
    return this.page.getByTestId('invoicing-open-drafts')
  }

  async openDraftsFolder(): Promise<void> {
    await this.openDraftsButton.click()
  }

  /** The rows' open/close buttons, one per invoice (see `expandRow`). */
  get rowToggles(): Locator {
    return this.table.locator('.p-datatable-row-toggle-button')
  }

  /** The rows' buttons that open an invoice on screen (see `openInvoice`). */
  get openButtons(): Locator {
    return this.table.getByTestId('invoice-open')
  }

  /** The opened row's details (see `expandRow`). */
  get expandedRow(): Locator {
    return this.page.locator('.p-datatable-row-expansion')
  }

  /** The opened invoice's "uw kenmerk". */
  get reference(): Locator {
    return this.expandedRow.getByTestId('invoice-reference')
  }

  /** Edits the opened concept's "uw kenmerk"; gone once the invoice is final. */
  get referenceEdit(): Locator {
    return this.expandedRow.getByTestId('invoice-reference-edit')
  }

  /** The dialog `referenceEdit` opens. */
  get referenceDialog(): Locator {
    return this.page.getByRole('dialog')
  }

  get referenceInput(): Locator {
    return this.page.getByTestId('invoice-reference-input')
  }

  async saveReference(): Promise<void> {
    await this.page.getByTestId('invoice-reference-save').click()
  }

  rows(partnerName: string): Locator {
    return this.table.locator('.p-datatable-tbody tr').filter({ has: this.page.getByRole('cell', { name: partnerName, exact: true }) })
  }

  /** Confirms the dialog that guards a step which cannot be undone. */
  async confirm(button: string): Promise<void> {
    const dialog = this.page.getByRole('alertdialog')
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: button }).click()
    await expect(dialog).toBeHidden()
  }

  /** Shows every row on one page (the table pages by 25). */
  async showAllRows(): Promise<void> {
    const dropdown = this.table.locator('.p-paginator .p-select')
    if ((await dropdown.count()) === 0) return
    await dropdown.click()
    await this.page.getByRole('option', { name: '100', exact: true }).click()
  }

  /** Opens an invoice on screen from its row; the dialog shows the `Factuur` part and the client overview. */
  async openInvoice(row: Locator): Promise<Locator> {
    await row.getByTestId('invoice-open').click()
    const dialog = this.page.getByTestId('invoice-detail')
    await expect(dialog).toBeVisible()
    return dialog
  }

  /** The invoice opened on screen (see `openInvoice`). */
  get invoiceDetail(): Locator {
    return this.page.getByTestId('invoice-detail')
  }

  /** The opened invoice's first part, as the documents have it. */
  get detailInvoicePart(): Locator {
    return this.invoiceDetail.getByRole('heading', { name: 'Factuur', exact: true })
  }

  /** The opened invoice's second part: the overview per client. */
  get detailClientOverview(): Locator {
    return this.invoiceDetail.getByRole('heading', { name: 'Cliëntenoverzicht' })
  }

  /** A part of the opened invoice: its header, total, payment reference, plans, or what it corrects. */
  detailField(name: 'header' | 'total' | 'payment-reference' | 'plans' | 'corrects'): Locator {
    return this.invoiceDetail.getByTestId(`invoice-detail-${name}`)
  }

  /** The opened invoice's client lines. */
  get detailLines(): Locator {
    return this.invoiceDetail.getByTestId('invoice-detail-lines').locator('tbody tr')
  }

  /** The dialog for crediting client lines of a final invoice. */
  get creditDialog(): Locator {
    return this.page.getByTestId('invoice-credit-dialog')
  }

  /** From an opened final invoice: "Crediteren…" opens `creditDialog`. */
  async openCredit(): Promise<void> {
    await this.invoiceDetail.getByRole('button', { name: 'Crediteren…' }).click()
  }

  /** The credit dialog's choice of a client's lines; disabled once they are credited. */
  creditChoice(clientNumber: string): Locator {
    return this.creditDialog.getByTestId(`credit-line-${clientNumber}`).getByRole('checkbox')
  }

  async submitCredit(): Promise<void> {
    await this.creditDialog.getByTestId('credit-submit').click()
  }

  /** The credit dialog's reason, which the credit note and the audit trail carry. */
  get creditReason(): Locator {
    return this.creditDialog.getByLabel('Reden')
  }

  /** Sorts the table by a column, by clicking its header. */
  async sortBy(column: string | RegExp): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).click()
  }

  /** From an opened final invoice: credits the clients with these numbers, for this reason. */
  async creditClients(clientNumbers: readonly string[], reason: string): Promise<void> {
    await this.page.getByTestId('invoice-detail').getByRole('button', { name: 'Crediteren…' }).click()
    const dialog = this.page.getByTestId('invoice-credit-dialog')
    await expect(dialog).toBeVisible()
    for (const number of clientNumbers) await dialog.getByTestId(`credit-line-${number}`).getByRole('checkbox').check()
    await dialog.getByLabel('Reden').fill(reason)
    await dialog.getByTestId('credit-submit').click()
    await expect(dialog).toBeHidden()
  }
}
