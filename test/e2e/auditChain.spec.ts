import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AuditPage } from './pages/AuditPage'
import { InvoicingPage } from './pages/InvoicingPage'
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

test('audittrail: de hashketen is in orde na werk in de app; een regel die buiten de app is gewijzigd wordt gevonden en op elk scherm gemeld', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  await shell.start('demo')

  await shell.go('Audittrail')
  const audit = new AuditPage(page)
  const state = audit.chainState
  await audit.checkChain()
  await expect(state).toContainText(/Hashketen in orde: alle [\d.]+ regels gecontroleerd/)
  await expect(shell.auditChainWarning).toHaveCount(0)

  const seq = await tamperWithAnEntry(page)
  await audit.checkChain()
  const broken = `De audittrail is aangetast: regel ${String(seq)} is gewijzigd na het vastleggen.`
  await expect(state).toHaveText(broken)
  await screenshotSettled(shell, 'audit-chain-broken')

  // The warning stays above every screen, also where nobody looks at the audit trail.
  await shell.go('Cliënten')
  await expect(shell.auditChainWarning).toContainText(broken)
})

/** Deletes the newest audit entry straight in IndexedDB, as someone rolling the trail back could. */
async function dropNewestEntry(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('clientadministratie-24x7')
        open.onerror = () => reject(new Error('database niet te openen'))
        open.onsuccess = () => {
          const db = open.result
          const store = db.transaction('auditEntries', 'readwrite').objectStore('auditEntries')
          const cursor = store.openCursor(null, 'prev')
          cursor.onsuccess = () => {
            const at = cursor.result
            if (!at) return reject(new Error('geen regels'))
            const seq = (at.value as { seq: number }).seq
            at.delete().onsuccess = () => {
              db.close()
              resolve(seq)
            }
          }
        }
      }),
  )
}

test('audittrail: regels die de achtergrondtaak vastlegt (conceptfacturen) tellen mee in de kop die main bewaart', async ({ page }) => {
  test.setTimeout(300_000)
  const shell = new AppShell(page)
  await shell.start('demo')
  const invoicing = new InvoicingPage(page)
  await invoicing.open()
  await invoicing.prepare()
  await expect(invoicing.conceptCount).not.toHaveText('0', { timeout: 60_000 })

  // The concepts' entries were written by the worker's own connection; without their head main could not
  // tell that the newest of them is gone.
  const seq = await dropNewestEntry(page)
  await shell.go('Audittrail')
  const audit = new AuditPage(page)
  await audit.checkChain()
  await expect(audit.chainState).toHaveText(`De audittrail is aangetast: de nieuwste regels vanaf regel ${String(seq)} ontbreken.`)
})
