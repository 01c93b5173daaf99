import { expect, type Locator, type Page } from '@playwright/test'

export type GuideStep = 'operator' | 'clerks' | 'plans' | 'partners' | 'clients'

/** The first-start guide: its steps, progress, the example-data block, and the ways in and back. */
export class FirstStartGuidePage {
  readonly heading: Locator
  readonly progress: Locator
  readonly exampleData: Locator
  readonly returnBar: Locator
  readonly startCard: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Inrichten' })
    this.progress = page.getByTestId('first-start-progress')
    this.exampleData = page.getByTestId('first-start-example-data')
    this.returnBar = page.getByTestId('first-start-return')
    this.startCard = page.getByTestId('first-start-card')
  }

  step(key: GuideStep): Locator {
    return this.page.getByTestId(`first-start-step-${key}`)
  }

  /** A button in a step, e.g. one that should not be offered. */
  stepButton(key: GuideStep, name: string): Locator {
    return this.step(key).getByRole('button', { name })
  }

  /** One line of the example-data block, saying what is still example data. */
  exampleNote(kind: 'plans' | 'operator' | 'demo' | 'documents'): Locator {
    return this.exampleData.getByTestId(`example-data-${kind}`)
  }

  /** The guide's entry in the main menu, with the progress as "n/5". */
  get menuEntry(): Locator {
    return this.page.getByTestId('nav-first-start')
  }

  /** "Verder met inrichten" on the start page's card: back into the guide. */
  async resume(): Promise<void> {
    await this.startCard.getByRole('button', { name: 'Verder met inrichten' }).click()
  }

  async expectShown(progress: string): Promise<void> {
    await expect(this.heading).toBeVisible()
    await expect(this.progress).toHaveText(progress)
  }

  async expectDone(key: GuideStep, done: boolean): Promise<void> {
    await expect(this.step(key).getByTestId('step-status')).toHaveText(done ? 'Klaar' : 'Nog te doen')
  }

  /** Follows a step's button to the screen that does it. */
  async follow(key: GuideStep, button: string): Promise<void> {
    await this.step(key).getByRole('button', { name: button }).click()
    await expect(this.returnBar).toBeVisible()
  }

  async back(): Promise<void> {
    await this.returnBar.getByRole('link', { name: 'Terug naar de gids' }).click()
    await expect(this.heading).toBeVisible()
  }

  /** "Later verder": to the start page. */
  async later(): Promise<void> {
    await this.page.getByTestId('first-start-later').click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Werklijsten' })).toBeVisible()
  }
}
