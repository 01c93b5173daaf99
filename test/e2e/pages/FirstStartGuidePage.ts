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
