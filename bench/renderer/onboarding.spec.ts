import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { median } from '../stats'
import { expect, test, type DialogControl } from '../../test/e2e/fixtures'
import { AppShell } from '../../test/e2e/pages/AppShell'

/**
 * Moving an administration in (docs/onboarding.md): one partner, then 5,000 clients (the design case), half of
 * them with a two-row plan history, from a `.csv`, into an empty app. Times the preview (choose file → counts
 * shown) and the commit (confirm → done), wall clock in the window, three runs on a fresh database each, medians.
 * `npm run build && npx playwright test -c bench/renderer/playwright.config.ts onboarding`
 * Results: bench/output/onboarding.json.
 */
const RUNS = 3
const CLIENTS = 5_000

function clientsCsv(folder: string): string {
  const header = 'Partner;Cliëntnummer;Voornaam;Achternaam;Status;Aanmelddatum;Activeringsdatum;Abonnement;Abonnement vanaf;Abonnement tot;Intake afgerond vóór overstap'
  const lines = [header]
  for (let n = 1; n <= CLIENTS; n++) {
    const number = `B-${String(n).padStart(5, '0')}`
    if (n % 2 === 0) {
      lines.push(`BENCH;${number};Voornaam${n};Achternaam${n};actief;01-03-2026;09-03-2026;BASIS;09-03-2026;01-07-2026;ja`)
      lines.push(`BENCH;${number};;;;;;PLUS;01-07-2026;;`)
    } else {
      lines.push(`BENCH;${number};Voornaam${n};Achternaam${n};actief;01-03-2026;09-03-2026;BASIS;;;ja`)
    }
  }
  const path = join(folder, 'clienten.csv')
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8')
  return path
}

function partnerCsv(folder: string): string {
  const path = join(folder, 'partners.csv')
  writeFileSync(path, 'Naam;Korte code;ECD-modus;Factuuradres;Postcode;Plaats;Factuur e-mail\r\nBenchmark Zorg;BENCH;partner;Hoofdstraat 1;1234 AB;Utrecht;f@bench.nl\r\n', 'utf8')
  return path
}

async function importFile(page: Page, dialogs: DialogControl, kind: 'partners' | 'clients', file: string): Promise<{ previewMs: number; commitMs: number }> {
  await dialogs.answerNext(file)
  const chosen = Date.now()
  await page.getByTestId(`onboarding-choose-${kind}`).click()
  await expect(page.getByTestId('onboarding-counts')).toContainText('0 foute regels', { timeout: 5 * 60_000 })
  const previewMs = Date.now() - chosen
  const confirmed = Date.now()
  await page.getByTestId('onboarding-confirm').click()
  await expect(page.getByTestId('onboarding-done')).toBeVisible({ timeout: 10 * 60_000 })
  return { previewMs, commitMs: Date.now() - confirmed }
}

test('gegevens importeren: 5.000 cliënten, duur van voorbeeld en opslaan', async ({ page, dialogs }) => {
  test.setTimeout(30 * 60_000)
  const partners = partnerCsv(dialogs.folder)
  const clients = clientsCsv(dialogs.folder)
  const runs: { previewMs: number; commitMs: number }[] = []
  for (let run = 0; run < RUNS; run++) {
    // A fresh, empty database for each run: the app's own one, deleted before the page starts.
    await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('clientadministratie-24x7').onsuccess = resolve)))
    await page.reload()
    const shell = new AppShell(page)
    await shell.start('leeg')
    await shell.nav.getByRole('link', { name: 'Gegevens importeren' }).click()
    await importFile(page, dialogs, 'partners', partners)
    runs.push(await importFile(page, dialogs, 'clients', clients))
  }
  const result = { clients: CLIENTS, rows: CLIENTS * 1.5, runs, medianPreviewMs: median(runs.map((r) => r.previewMs)), medianCommitMs: median(runs.map((r) => r.commitMs)) }
  mkdirSync('bench/output', { recursive: true })
  writeFileSync('bench/output/onboarding.json', `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result))
})
