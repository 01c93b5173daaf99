import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** What one scan found that a clerk using a screen reader, the keyboard or low vision would run into. */
export interface AxeFinding {
  readonly where: string
  readonly rule: string
  readonly impact: string
  readonly help: string
  readonly targets: readonly string[]
}

/** Impacts that fail the suite: a serious or critical finding blocks some users from the work. */
const BLOCKING = new Set(['serious', 'critical'])

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and keeps the serious and critical
 * findings, with where they were seen, so one test can walk every screen and report them all at once.
 */
export class AxeScan {
  readonly findings: AxeFinding[] = []

  constructor(readonly page: Page) {}

  async check(where: string): Promise<void> {
    // Let transitions finish: axe judges colours of what is painted, and a fading toast is half transparent.
    await this.page
      .locator('.p-toast-message')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined)
    await this.page
      .locator('.p-datatable-mask')
      .first()
      .waitFor({ state: 'detached', timeout: 60_000 })
      .catch(() => undefined)
    // Endless animations (a spinner) never finish, and a finished one with a forward fill stays listed.
    await expect
      .poll(() =>
        this.page.evaluate(async () => {
          const ending = () =>
            document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity)
          await Promise.all(ending().map((animation) => animation.finished.catch(() => undefined)))
          return ending().length
        }),
      )
      .toBe(0)
    const result = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    for (const violation of result.violations) {
      if (!BLOCKING.has(violation.impact ?? '')) continue
      this.findings.push({
        where,
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        // The check's data says why (for contrast: both colours and the ratio), which the fix needs.
        targets: violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')} ${JSON.stringify(node.any.map((check) => check.data as unknown).filter((data) => data !== null))}`),
      })
    }
  }

  /** One line per finding, for the failure message. */
  report(): string {
    return this.findings.map((f) => `${f.where}: [${f.impact}] ${f.rule} — ${f.help}: ${f.targets.join(' | ')}`).join('\n')
  }
}
