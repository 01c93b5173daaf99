import { expect, type Page } from '@playwright/test'

/**
 * Loads the stress data set (500 partners, 100,000 clients) through the first-start dialog, which offers it
 * when the address asks for it. The address changes only once the app has settled, or its own start
 * navigation would replace it. Loading takes minutes; it stops early with the app's own message when it
 * fails. Resolves with the seconds loading took.
 */
export async function loadStressData(page: Page, route: string): Promise<number> {
  const dialog = page.getByRole('dialog', { name: 'Welkom' })
  await expect(dialog).toBeVisible()
  await page.evaluate((hash) => (window.location.hash = hash), `#${route}?demo=stress`)
  const started = Date.now()
  await dialog.getByRole('button', { name: /Stresstest/ }).click()
  const errors = page.locator('.p-toast-message-error')
  await expect(async () => {
    if (await errors.count()) throw new Error(`Laden mislukt: ${await errors.first().textContent()}`)
    await expect(dialog).toBeHidden({ timeout: 1000 })
  }).toPass({ timeout: 20 * 60_000, intervals: [5000] })
  const seconds = (Date.now() - started) / 1000
  await signInAfterLoad(page)
  return seconds
}

/**
 * The stress data has several clerks, so the app asks who is working once it is loaded. That modal dialog
 * keeps any click on the screen behind it waiting without a time limit, which stalled the stress benches
 * without a word; each now starts signed in as the demo clerk.
 */
async function signInAfterLoad(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Wie is er aan het werk?' })
  const signedIn = page.getByRole('banner').getByText(/^Medewerker:/)
  await expect(dialog.or(signedIn).first()).toBeVisible({ timeout: 5 * 60_000 })
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: /Demo-medewerker/ }).click({ timeout: 10_000 })
    await expect(dialog).toBeHidden({ timeout: 5000 })
  }).toPass({ timeout: 5 * 60_000, intervals: [1000] })
}
