import type { Page } from '@playwright/test'

/**
 * Stops the app's clock at one moment, in the window and in its workers, so that every time the screens show
 * (an audit entry, a draft, a check) is the same on every run. Playwright's clock covers only the window;
 * the workers write records too (concept invoices, demo data), so their script gets the same frozen `Date`
 * put in front of it. Timers and animation frames keep running, so dialogs and toasts behave as usual.
 */
export async function freezeAppTime(page: Page, isoMoment: string): Promise<void> {
  const moment = new Date(isoMoment).getTime()
  await page.clock.setFixedTime(moment)
  await page.route('**/assets/*worker*.js', async (route) => {
    const response = await route.fetch()
    const script = await response.text()
    await route.fulfill({ response, body: `(${freezeDate.toString()})(${moment});\n${script}` })
  })
}

/** Runs inside the worker, before its own code: `new Date()` and `Date.now()` answer the frozen moment. */
function freezeDate(moment: number): void {
  const Real = Date
  globalThis.Date = new Proxy(Real, {
    construct: (target, args: unknown[], newTarget: new (...args: unknown[]) => unknown) =>
      Reflect.construct(target, args.length === 0 ? [moment] : args, newTarget) as Date,
    apply: () => new Real(moment).toString(),
    get: (target, prop, receiver: unknown) => (prop === 'now' ? () => moment : (Reflect.get(target, prop, receiver) as unknown)),
  })
}
