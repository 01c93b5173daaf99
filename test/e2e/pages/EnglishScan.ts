import { expect, type Page } from '@playwright/test'
import { describeFindings, findDutch } from '../../support/dutchText'

/**
 * Reads what the clerk sees on a screen (its text, tooltips, accessible names, placeholders, open toasts and
 * dialogs, the window title) and reports Dutch in it, beyond the values that come from the data.
 */
export class EnglishScan {
  private data: string[] = []
  /** Values typed or imported by the test itself (a usage file's cells), Dutch on purpose. */
  private readonly extra: string[] = []

  constructor(readonly page: Page) {}

  /**
   * Reads every string stored in the app's database as a data value that may be Dutch: names, addresses,
   * plan names, holidays, notes. Left out: single lower-case words (codes such as a status `afgemeld` that the
   * UI must translate, never show) and the audit entries' summaries (text the app writes, not data).
   */
  async readData(): Promise<void> {
    this.data = await this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('clientadministratie-24x7')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error ?? new Error('IndexedDB'))
      })
      const found = new Set<string>()
      const walk = (value: unknown, key: string) => {
        if (typeof value === 'string') {
          if (key !== 'summary') found.add(value)
        } else if (Array.isArray(value)) for (const item of value) walk(item, key)
        else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
      }
      const stores = [...db.objectStoreNames]
      const transaction = db.transaction(stores)
      await Promise.all(
        stores.map(
          (name) =>
            new Promise<void>((resolve) => {
              const request = transaction.objectStore(name).getAll()
              request.onsuccess = () => {
                walk(request.result, '')
                resolve()
              }
              request.onerror = () => resolve()
            }),
        ),
      )
      db.close()
      return [...found]
    })
    this.data = this.data.filter((value) => value.trim().length >= 2 && !/^[\p{Ll}\d_-]+$/u.test(value))
  }

  addData(...values: string[]): void {
    this.extra.push(...values)
  }

  /** The text on screen now, with the attributes a clerk reads or hears. */
  async visibleText(): Promise<string> {
    return this.page.evaluate(() => {
      const parts = [`[window title] ${document.title}`, document.body.innerText]
      const attributes = ['title', 'aria-label', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext']
      for (const element of document.body.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))) {
        for (const attribute of attributes) {
          const value = element.getAttribute(attribute)
          if (value) parts.push(`[${attribute}] ${value}`)
        }
      }
      return parts.join('\n')
    })
  }

  /**
   * Checks the screen (softly, so every screen is visited) and says where the Dutch is. Text in `<code>` is a
   * file's literal format (the column names the usage import reads, which are Dutch), not words of the UI.
   */
  async check(step: string): Promise<void> {
    const literal = await this.page.locator('code').allInnerTexts()
    const findings = findDutch(await this.visibleText(), [...this.data, ...this.extra, ...literal])
    const words = [...new Set(findings.map((f) => f.word))]
    expect.soft(words, `${step} (${this.page.url().replace(/^.*#/, '#')}) shows Dutch:\n${describeFindings(findings, 60)}`).toEqual([])
  }

  /** Checks the open dialog or alert together with the screen behind it. */
  async checkDialog(step: string): Promise<void> {
    await expect(this.page.locator('[role="dialog"], [role="alertdialog"]').last()).toBeVisible()
    await expect(this.page.locator('.p-dialog-enter-active, .p-dialog-leave-active')).toHaveCount(0)
    await this.check(step)
  }

  /** Opens a route the way a link does (no reload) and waits until its lists have loaded. */
  async go(hash: string): Promise<void> {
    await this.closeToasts()
    await this.page.evaluate((target) => {
      window.location.hash = target
    }, hash)
    await expect(this.page.locator('main h2').first()).toBeVisible()
    await this.settled()
  }

  async settled(): Promise<void> {
    await expect(this.page.locator('.p-datatable-mask')).toHaveCount(0, { timeout: 120_000 })
    await expect(this.page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 120_000 })
  }

  /** Closes the toasts that are open (an error toast stays until closed), so none covers a button. */
  async closeToasts(): Promise<void> {
    const close = this.page.locator('.p-toast-message .p-toast-close-button')
    for (let tries = 0; tries < 10 && (await close.count()) > 0; tries++)
      await close
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined)
  }

  /** Closes the open dialog with Escape and waits until it is gone. */
  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.page.locator('[role="dialog"], [role="alertdialog"]')).toHaveCount(0)
  }
}
