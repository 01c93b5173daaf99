import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The app driven with the keyboard alone, as a clerk who does not use the mouse: Tab to a control, Enter or
 * Space on it, typing into the focused field, Ctrl+K to search. Nothing here clicks or fills.
 */
export class Keyboard {
  constructor(readonly page: Page) {}

  /** What has the focus, in words, for a failure message: tag, id, role, name and a bit of text. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body) return 'niets (body)'
      const attr = (name: string) => el.getAttribute(name)
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)
      const parts = [
        el.tagName.toLowerCase(),
        el.id && `#${el.id}`,
        attr('role') && `role=${attr('role')}`,
        attr('aria-label') && `aria-label="${attr('aria-label')}"`,
        attr('data-testid') && `testid=${attr('data-testid')}`,
        text && `"${text}"`,
      ]
      return parts.filter(Boolean).join(' ')
    })
  }

  /** Whether `target` (one element) has the focus. */
  async isFocused(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement, undefined, { timeout: 15_000 })
  }

  /**
   * Presses Tab (or Shift+Tab) until `target` has the focus, at most `max` times; fails naming what had the
   * focus along the way, so a control that cannot be reached says where the focus went instead.
   */
  async tabTo(target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
    const max = options.max ?? 40
    const key = options.backwards ? 'Shift+Tab' : 'Tab'
    await expect(target).toBeVisible()
    await this.settled()
    const seen: string[] = []
    for (let i = 0; i <= max; i++) {
      if (await this.isFocused(target)) return
      if (i === max) break
      await this.page.keyboard.press(key)
      seen.push(await this.focused())
    }
    throw new Error(`${target.toString()} kreeg na ${max}× ${key} de focus niet; de focus ging langs:\n  ${seen.slice(-12).join('\n  ')}`)
  }

  /**
   * Waits until no dialog is still opening or closing. When its opening animation ends, a dialog puts the focus
   * on its first field again; a key pressed before that (a loaded machine stretches the animation) would land
   * in another field than the one the clerk sees focused.
   */
  async settled(): Promise<void> {
    await expect(this.page.locator('.p-dialog-enter-active, .p-dialog-leave-active')).toHaveCount(0)
  }

  /** Tabs to `target` and presses Enter on it. */
  async activate(target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
    await this.tabTo(target, options)
    await this.page.keyboard.press('Enter')
  }

  /** Replaces the focused field's text with `value`, as a clerk does: select all, type. */
  async retype(value: string): Promise<void> {
    await this.settled()
    await this.page.keyboard.press('Control+A')
    await this.page.keyboard.type(value)
  }

  /** Tabs to a text field and types `value` over what is there. */
  async typeIn(field: Locator, value: string, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
    await this.tabTo(field, options)
    await this.retype(value)
    await expect(field).toHaveValue(value)
  }

  /**
   * Picks an option of a PrimeVue Select from the keyboard: open it with Alt+ArrowDown (or Enter), type into its
   * filter where it has one, arrow down to the option and confirm with Enter.
   */
  async choose(combobox: Locator, option: string, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
    await this.tabTo(combobox, options)
    await this.page.keyboard.press('Enter')
    const listId = await combobox.getAttribute('aria-controls')
    expect(listId, `${combobox.toString()} ging niet open met Enter`).toBeTruthy()
    const list = this.page.locator(`[id="${listId}"]`)
    await expect(list).toBeVisible()
    const overlay = this.page.locator('.p-select-overlay', { has: list })
    if (await overlay.locator('.p-select-filter').count()) {
      await expect(overlay.locator('.p-select-filter')).toBeFocused()
      await this.page.keyboard.type(option)
    }
    for (let i = 0; i < 30; i++) {
      const focusedOption = list.locator('[role="option"][data-p-focused="true"]')
      if ((await focusedOption.count()) === 1 && ((await focusedOption.textContent()) ?? '').includes(option)) break
      await this.page.keyboard.press('ArrowDown')
    }
    await this.page.keyboard.press('Enter')
    await expect(list).toBeHidden()
    await expect(combobox).toContainText(option)
  }

  /** Ctrl+K, types `text`, arrows to the result that contains `expected` and opens it with Enter. */
  async search(text: string, expected: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Zoeken in de administratie' })
    await this.page.keyboard.press('Control+K')
    await expect(dialog).toBeVisible()
    await expect(this.page.getByRole('combobox', { name: 'Zoeken in de administratie' })).toBeFocused()
    await this.page.keyboard.type(text)
    const results = this.page.getByTestId('search-results').getByRole('option')
    await expect(results.filter({ hasText: expected }).first()).toBeVisible({ timeout: 30_000 })
    for (let i = 0; ; i++) {
      if (((await dialog.locator('[role="option"][aria-selected="true"]').textContent()) ?? '').includes(expected)) break
      if (i === 20) throw new Error(`"${expected}" werd nooit het gekozen zoekresultaat`)
      await this.page.keyboard.press('ArrowDown')
    }
    await this.page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
  }

  /** A picture of the screen with the focus where it is (the focus ring is what it shows). */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test/output/screenshots/${name}.png`, animations: 'disabled' })
  }
}
