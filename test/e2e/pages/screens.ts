import type { AppShell } from './AppShell'

/** A screenshot once the toasts are gone, so none hides a button or a title. */
export async function screenshotSettled(shell: AppShell, name: string): Promise<void> {
  await shell.page
    .locator('.p-toast-message')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined)
  await shell.screenshot(name)
}
