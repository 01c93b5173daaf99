import { expect, type Locator, type Page } from '@playwright/test'
import { setAppNow } from './LifecycleClock'

/** The lifecycle part of the client screen: actions, deadline, cards, dialogs, timeline and billing. */
export class LifecyclePage {
  readonly panel: Locator
  readonly timeline: Locator
  readonly billing: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('lifecycle')
    this.timeline = page.getByTestId('timeline')
    this.billing = page.getByTestId('billing')
  }

  /** Moves the app to another moment (see LifecycleClock) and reopens the screen so it counts from that day. */
  async setToday(isoMoment: string): Promise<void> {
    await setAppNow(this.page, isoMoment)
    await this.page.reload()
    await expect(this.panel).toBeVisible()
  }

  async status(): Promise<string> {
    return (await this.page.locator('.page-header .p-tag').first().textContent()) ?? ''
  }

  async expectStatus(text: 'Aangemeld' | 'Actief' | 'Afgemeld'): Promise<void> {
    await expect(this.page.locator('.page-header .p-tag').first()).toHaveText(text)
  }

  action(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true })
  }

  /** Every enabled button in the panel, by its visible name (to open each of its dialogs once). */
  async buttonNames(): Promise<string[]> {
    const buttons = this.panel.locator('button:visible:enabled')
    const names: string[] = []
    for (let i = 0; i < (await buttons.count()); i++) names.push(((await buttons.nth(i).textContent()) ?? '').trim())
    return names.filter((name) => name !== '')
  }

  /** Opens a dialog through one of the panel's buttons (or a card's) and returns it. */
  async open(button: Locator, title: string): Promise<Locator> {
    await button.click()
    const dialog = this.dialog(title)
    await expect(dialog).toBeVisible()
    // The dialog moves the focus to its first field when its opening animation ends; typing before that can
    // land in the wrong field.
    await expect(dialog).not.toHaveClass(/-enter-/)
    return dialog
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title })
  }

  /** Types a value into a dialog field, replacing what is there. */
  async type(dialog: Locator, fieldId: string, value: string): Promise<void> {
    await dialog.locator(`#${fieldId}`).fill(value)
  }

  /** Saves with Enter in a field, as a clerk does. */
  async enter(dialog: Locator, fieldId: string): Promise<void> {
    await dialog.locator(`#${fieldId}`).press('Enter')
  }

  error(dialog: Locator, fieldId: string): Locator {
    return dialog.locator(`#${fieldId}-error`)
  }

  async choose(dialog: Locator, inputId: string, option: string): Promise<void> {
    await dialog.locator(`#${inputId}`).click()
    await this.page.locator('.p-select-overlay').getByRole('option', { name: option, exact: true }).click()
  }

  deadline(): Locator {
    return this.panel.getByTestId('deadline').first()
  }

  changeRequestCard(): Locator {
    return this.panel.getByTestId('change-request-card')
  }

  deregistrationCard(): Locator {
    return this.panel.getByTestId('deregistration-card')
  }

  timelineEntries(kind: 'registration' | 'activation' | 'period' | 'changeRequest' | 'deregistration'): Locator {
    return this.timeline.locator(`[data-kind="${kind}"]`)
  }

  /** The amounts of one billing period's lines, as shown (e.g. `€ 35,48`). */
  billingAmounts(period: string): Locator {
    return this.billing.locator(`tbody[data-period="${period}"] [data-testid="line-amount"]`)
  }

  billingLines(period: string): Locator {
    return this.billing.locator(`tbody[data-period="${period}"] tr.line`)
  }

  /** A billing period's total, as shown. */
  billingTotal(period: string): Locator {
    return this.billing.locator(`tbody[data-period="${period}"] [data-testid="period-total"]`)
  }

  /** The billing table's periods, one `tbody` each. */
  billingPeriods(): Locator {
    return this.billing.locator('tbody')
  }

  /** A field of a dialog, by its id. */
  field(dialog: Locator, fieldId: string): Locator {
    return dialog.locator(`#${fieldId}`)
  }

  /** A button in a dialog or on a card (e.g. a card's `Verwerken`, which opens its dialog). */
  button(within: Locator, name: string): Locator {
    return within.getByRole('button', { name })
  }

  /** What a dialog or card shows under a test id: a preview, an explanation, a deadline, an approval. */
  shown(within: Locator, testId: string): Locator {
    return within.getByTestId(testId)
  }

  /** Where the intake stands, in the panel. */
  get intakeState(): Locator {
    return this.panel.getByTestId('intake-state')
  }

  /** The element in the panel that has the focus (none when the focus was lost to the page). */
  get focusedInPanel(): Locator {
    return this.panel.locator(':focus')
  }

  /** Picks a radio option of a dialog through its label (`inputId` is the radio's id). */
  async pick(dialog: Locator, inputId: string): Promise<void> {
    await dialog.locator(`label[for="${inputId}"]`).click()
  }

  /** The intake planner's days, one column each. */
  plannerDays(dialog: Locator): Locator {
    return dialog.locator('.day')
  }

  /** The planner's day titles ("donderdag 12-11-2026"). */
  plannerDayHeads(dialog: Locator): Locator {
    return this.plannerDays(dialog).locator('.day-head')
  }

  /** A time in the planner, e.g. `maandag 16-11-2026 10:00`. */
  slot(dialog: Locator, name: string): Locator {
    return dialog.getByRole('radio', { name })
  }

  /** A full-page picture with transitions finished, so a dialog's message is caught whole rather than fading in. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test/output/screenshots/${name}.png`, fullPage: true, animations: 'disabled' })
  }

  /**
   * Waits for the success toasts to go, so they do not cover buttons at the top right. The mouse moves away
   * first: a toast under the mouse pauses its timer.
   */
  async dismissToasts(): Promise<void> {
    await this.page.mouse.move(5, 450)
    await expect(this.page.locator('.p-toast-message')).toHaveCount(0, { timeout: 10_000 })
  }
}
