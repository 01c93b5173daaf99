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

  /** A button of the first-start dialog, for a test that takes the steps of `start` one by one. */
  firstStartButton(name: string): Locator {
    return this.firstStart.getByRole('button', { name })
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

  /** A main-menu item; clicking it rather than `go` when leaving may be questioned (unsaved work). */
  menuLink(item: string): Locator {
    return this.nav.getByRole('link', { name: item })
  }

  /** A menu item where the menu is named in the UI's language (`Main menu` in English, where `nav` no longer matches). */
  menuLinkIn(menu: string, item: string): Locator {
    return this.page.getByRole('navigation', { name: menu }).getByRole('link', { name: item })
  }

  /** The screen's title (level 2), the one heading every screen has; with `name`, that screen's. */
  heading(name?: string | RegExp): Locator {
    return this.page.getByRole('heading', name === undefined ? { level: 2 } : { level: 2, name })
  }

  /** The document and the element Vue mounts into: the app has started once the latter has content. */
  get documentRoot(): Locator {
    return this.page.locator('html')
  }

  get appRoot(): Locator {
    return this.page.locator('#app')
  }

  /** Toasts show at the top right, over the header's buttons: a click there first waits until they are gone. */
  async noToasts(): Promise<void> {
    await this.page.locator('.p-toast-message').first().waitFor({ state: 'detached', timeout: 15_000 })
  }

  /** Like `noToasts`, but goes on when one is still there after 15 s. */
  async settleToasts(): Promise<void> {
    await this.page
      .locator('.p-toast-message')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined)
  }

  /** Every toast shown. */
  get toasts(): Locator {
    return this.page.locator('.p-toast-message')
  }

  /** The header above the screen, with its title and buttons. */
  get pageHeader(): Locator {
    return this.page.locator('.page-header')
  }

  /** The buttons and links in the screen's header (toasts must leave them free). */
  get headerActions(): Locator {
    return this.pageHeader.locator('.actions').locator('button, a')
  }

  toast(text: string): Locator {
    return this.page.locator('.p-toast-message').filter({ hasText: text })
  }

  /** A button in the screen's header row (e.g. a partner's `Verwijderen`). */
  headerButton(name: string): Locator {
    return this.pageHeader.getByRole('button', { name })
  }

  /** The open dialog, whichever it is. */
  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  /** The open confirmation (an alert dialog: a step that cannot be undone). */
  get alertDialog(): Locator {
    return this.page.getByRole('alertdialog')
  }

  /** A dialog by its title, in the UI's language. */
  dialogNamed(name: string): Locator {
    return this.page.getByRole('dialog', { name })
  }

  /** A button in a dialog or another part of the screen, by its name in the UI's language. */
  buttonIn(within: Locator, name: string): Locator {
    return within.getByRole('button', { name })
  }

  /** Every open dialog and confirmation: none once the last is closed. */
  get anyDialog(): Locator {
    return this.page.locator('[role="dialog"], [role="alertdialog"]')
  }

  /** Sends the screen's form with its submit button, as a click on "Opslaan" does. */
  async submitForm(): Promise<void> {
    await this.page.locator('main form button[type="submit"]').click()
  }

  /** The current screen's content, below the header and beside the menu. */
  get main(): Locator {
    return this.page.locator('main')
  }

  /** "Medewerker: …" in the header: who is working. */
  get clerkName(): Locator {
    return this.page.getByTestId('clerk-name')
  }

  /** The header's switch button: asks "who is working?" again (answer with `pickClerk`). */
  async switchClerk(): Promise<void> {
    await this.page.getByTestId('switch-clerk').click()
  }

  /** The "who is working?" dialog. */
  get clerkPick(): Locator {
    return this.page.getByRole('dialog', { name: 'Wie is er aan het werk?' })
  }

  /** Picks a clerk and enters a PIN in the field labelled `pinLabel`, without expecting it to be accepted. */
  async tryPin(clerk: string, pinLabel: string, pin: string): Promise<void> {
    await this.clerkPick.getByRole('button', { name: clerk }).click()
    await this.clerkPick.getByLabel(pinLabel).fill(pin)
    await this.clerkPick.getByRole('button', { name: 'Aan het werk' }).click()
  }

  /** The warning above every screen once the audit trail's hash chain is found broken. */
  get auditChainWarning(): Locator {
    return this.page.getByTestId('audit-chain-warning')
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
