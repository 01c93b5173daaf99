import { expect, type Locator, type Page } from '@playwright/test'

/** The frame around every screen: navigation, header, toasts, the first-start dialog. */
export class AppShell {
  readonly nav: Locator
  readonly firstStart: Locator

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    this.firstStart = page.getByRole('dialog', { name: 'Welkom' })
  }

  /**
   * Opens the app on an empty database and answers the first-start question. An empty start opens the set-up
   * guide, which `leeg` leaves with "Later verder" (on the start page) and `gids` leaves open.
   */
  async start(choice: 'leeg' | 'gids' | 'demo'): Promise<void> {
    await this.page.goto('/')
    await expect(this.firstStart).toBeVisible()
    if (choice !== 'demo') {
      await this.firstStart.getByRole('button', { name: 'Leeg beginnen' }).click()
      await expect(this.firstStart).toBeHidden()
      await expect(this.page.getByRole('heading', { level: 2, name: 'Inrichten' })).toBeVisible()
      if (choice === 'leeg') {
        await this.page.getByTestId('first-start-later').click()
        await expect(this.page.getByRole('heading', { level: 2, name: 'Werklijsten' })).toBeVisible()
      }
    } else {
      await this.firstStart.getByRole('button', { name: 'Demogegevens laden' }).click()
      await expect(this.firstStart).toBeHidden({ timeout: 180_000 })
      await expect(this.toast('Demogegevens zijn geladen.')).toBeVisible()
      // The demo has several clerks, so the app asks who is working.
      await this.pickClerk('Demo-medewerker (DM)')
    }
  }

  /** Answers "who is working?" (at start, or after the header's switch button). */
  async pickClerk(name: string, pin?: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Wie is er aan het werk?' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name }).click()
    if (pin !== undefined) {
      await dialog.getByLabel(/^Pincode van/).fill(pin)
      await dialog.getByRole('button', { name: 'Aan het werk' }).click()
    }
    await expect(dialog).toBeHidden()
  }

  async go(item: 'Cliënten' | 'Partners' | 'Abonnementsvormen' | 'Audittrail' | 'Instellingen'): Promise<void> {
    await this.nav.getByRole('link', { name: item }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: item })).toBeVisible()
  }

  toast(text: string): Locator {
    return this.page.locator('.p-toast-message').filter({ hasText: text })
  }

  /** The result panel at the top of the screen (long results: many numbers or files, a long path). */
  get resultPanel(): Locator {
    return this.page.getByTestId('result-panel')
  }

  /** A result, wherever its length put it: a toast when short, the result panel when long. */
  result(text: string): Locator {
    return this.toast(text).or(this.resultPanel.filter({ hasText: text }))
  }

  async screenshot(name: string): Promise<void> {
    // Let toasts and loading masks settle so the picture shows the screen, not a transition.
    await this.page
      .locator('.p-datatable-mask')
      .waitFor({ state: 'detached' })
      .catch(() => undefined)
    // The header is sticky: capture from the top so it sits where the clerk sees it.
    await this.page.evaluate(() => window.scrollTo(0, 0))
    await this.page.screenshot({ path: `test/output/screenshots/${name}.png`, fullPage: true })
    const { beyond, what } = await this.overflowRight()
    expect(beyond, `${name}: ${what} steekt buiten het venster uit`).toBeLessThanOrEqual(0)
  }

  /**
   * How far the screen's widest part reaches past the right edge of its content area, in px, or past the
   * edge of a box that scrolls sideways (PrimeVue's table container does): either way a column would be
   * out of sight.
   */
  async overflowRight(): Promise<{ beyond: number; what: string }> {
    return this.page.evaluate(() => {
      const main = document.querySelector('main')!
      const edge = main.getBoundingClientRect().right
      let worst = { beyond: -Infinity, what: '' }
      const note = (beyond: number, element: Element) => {
        if (beyond <= worst.beyond) return
        const section = element.closest('section, .card')?.querySelector('h2, h3')?.textContent?.trim()
        worst = { beyond: Math.round(beyond), what: `${element.tagName.toLowerCase()}.${element.className}${section ? ` in "${section}"` : ''}` }
      }
      const visit = (element: Element) => {
        for (const child of element.children) {
          const box = child.getBoundingClientRect()
          if (box.width > 0) note(box.right - edge, child)
          const overflow = getComputedStyle(child).overflowX
          if (overflow === 'visible') visit(child)
          else if (overflow === 'auto' || overflow === 'scroll') note(child.scrollWidth - child.clientWidth, child)
        }
      }
      visit(main)
      return worst
    })
  }
}

/** The inline error under a labelled field (FormField renders it as `<id>-error`). */
export function fieldError(page: Page, fieldId: string): Locator {
  return page.locator(`#${fieldId}-error`)
}
