import type { Page } from '@playwright/test'

/**
 * Sets the day the app lives in. The renderer reads "today" from `new Date()` (src/renderer/src/composables/today.ts);
 * this shifts `Date` by a fixed offset so that moment is "now", and time runs on from there. Unlike Playwright's
 * own clock it leaves timers, animation frames and `performance` alone: PrimeVue's dialog animations and the
 * toasts' timers keep working. Applied to the open page and to every page load after it.
 */
export async function setAppNow(page: Page, isoMoment: string): Promise<void> {
  const target = new Date(isoMoment).getTime()
  const shift = (moment: number) => {
    const scope = globalThis as unknown as { __realDate?: DateConstructor; Date: DateConstructor }
    const Real = scope.__realDate ?? scope.Date
    scope.__realDate = Real
    const offset = moment - Real.now()
    scope.Date = new Proxy(Real, {
      construct: (target, args: unknown[], newTarget: new (...args: unknown[]) => unknown) =>
        Reflect.construct(target, args.length === 0 ? [Real.now() + offset] : args, newTarget) as Date,
      apply: () => new Real(Real.now() + offset).toString(),
      get: (target, prop, receiver: unknown) => (prop === 'now' ? () => Real.now() + offset : (Reflect.get(target, prop, receiver) as unknown)),
    })
  }
  await page.addInitScript(shift, target)
  await page.evaluate(shift, target)
}
