import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { screenshotSettled } from './pages/screens'

/** Changes the clerk of the second-newest audit entry straight in IndexedDB, as someone with disk access could. */
async function tamperWithAnEntry(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('clientadministratie-24x7')
        open.onerror = () => reject(new Error('database niet te openen'))
        open.onsuccess = () => {
          const db = open.result
          const store = db.transaction('auditEntries', 'readwrite').objectStore('auditEntries')
          const cursor = store.openCursor(null, 'prev')
          let skipped = false
          cursor.onsuccess = () => {
            const at = cursor.result
            if (!at) return reject(new Error('geen regels'))
            if (!skipped) {
              skipped = true
              at.continue()
              return
            }
            const entry = at.value as { seq: number; clerk: string }
            at.update({ ...entry, clerk: 'Iemand anders' }).onsuccess = () => {
              db.close()
              resolve(entry.seq)
            }
          }
        }
      }),
  )
}

test('audittrail: de hashketen is in orde na werk in de app; een regel die buiten de app is gewijzigd wordt gevonden en op elk scherm gemeld', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  await shell.start('demo')

  await shell.go('Audittrail')
  const state = page.getByTestId('audit-chain-state')
  await page.getByTestId('audit-chain-check').click()
  await expect(state).toContainText(/Hashketen in orde: alle [\d.]+ regels gecontroleerd/)
  await expect(page.getByTestId('audit-chain-warning')).toHaveCount(0)

  const seq = await tamperWithAnEntry(page)
  await page.getByTestId('audit-chain-check').click()
  const broken = `De audittrail is aangetast: regel ${String(seq)} is gewijzigd na het vastleggen.`
  await expect(state).toHaveText(broken)
  await screenshotSettled(shell, 'audit-chain-broken')

  // The warning stays above every screen, also where nobody looks at the audit trail.
  await shell.go('Cliënten')
  await expect(page.getByTestId('audit-chain-warning')).toContainText(broken)
})
