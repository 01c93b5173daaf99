import { expect, type Locator, type Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addDays, billingPeriod, daysBetween, groupPeriodsByClient, periodNameOf, previousPeriodName, subscriptionOn } from '../../../src/shared/domain'
import { formatDate } from '../../../src/shared/format'
import { todayInAmsterdam } from '../../../src/renderer/src/composables/today'
import type { DialogControl } from '../fixtures'
import { demoDataFor } from './demoCases'

/** The usage import screen: choose a file, read the preview, cancel or confirm. */
export class UsageImportPage {
  readonly preview: Locator
  readonly rejected: Locator
  readonly records: Locator
  readonly message: Locator
  /** The line count above the preview: how many rows were read, accepted and rejected. */
  readonly counts: Locator
  /** What confirming would store: client-periods, and how many of them replace earlier usage. */
  readonly stores: Locator
  readonly done: Locator
  /** The explanation shown before any file is chosen. */
  readonly help: Locator
  readonly confirmButton: Locator
  /** What the screen says while it stores a confirmed import. */
  readonly progress: Locator
  /** Why the preview reads numbers with the decimal sign it does. */
  readonly decimalWhy: Locator
  /** The question about a decimal sign the file does not show. */
  readonly decimalChoice: Locator
  /** Old → new per client where confirming replaces stored usage. */
  readonly replacementRows: Locator
  readonly replacementsTotal: Locator

  constructor(
    readonly page: Page,
    readonly dialogs: DialogControl,
  ) {
    this.preview = page.getByTestId('usage-preview')
    this.rejected = page.getByTestId('usage-rejected')
    this.records = page.getByTestId('usage-records')
    this.message = page.getByTestId('usage-message')
    this.counts = page.getByTestId('usage-counts')
    this.stores = page.getByTestId('usage-stores')
    this.done = page.getByTestId('usage-done')
    this.help = page.getByTestId('usage-help')
    this.confirmButton = page.getByTestId('usage-confirm')
    this.progress = page.getByTestId('usage-progress')
    this.decimalWhy = page.getByTestId('usage-decimal-why')
    this.decimalChoice = page.getByTestId('usage-decimal-choice')
    const replacements = page.getByTestId('usage-replacements')
    this.replacementRows = replacements.getByTestId('usage-replacement-row')
    this.replacementsTotal = replacements.getByTestId('usage-replacements-total')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verbruik inlezen' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Verbruik inlezen' })).toBeVisible()
  }

  /** Chooses `path` in the open dialog and waits for the preview (or a file-level message). */
  async choose(path: string): Promise<void> {
    await this.dialogs.answerNext(path)
    await this.page.getByTestId('usage-choose').click()
    await expect(this.preview.or(this.message)).toBeVisible({ timeout: 120_000 })
  }

  /** The button that opens the file dialog (to reach with the keyboard; `choose` clicks it). */
  get chooseButton(): Locator {
    return this.page.getByTestId('usage-choose')
  }

  /** Opens the file dialog and cancels it there; the screen waits for a file as before. */
  async chooseNothing(): Promise<void> {
    await this.dialogs.answerNext(null)
    await this.page.getByTestId('usage-choose').click()
  }

  /** Answers which decimal sign the file writes (its button text, e.g. `Punt (12.5)`). */
  async chooseDecimal(button: string): Promise<void> {
    await this.page.getByTestId('usage-decimal').getByRole('button', { name: button }).click()
  }

  async showTab(name: 'rejected' | 'records'): Promise<void> {
    await this.page.getByTestId(`usage-tab-${name}`).click()
  }

  /** The rejected rows as [line, client number, reason], as the table shows them (first page). */
  async rejectedRows(): Promise<string[][]> {
    await this.showTab('rejected')
    return this.tableRows(this.rejected)
  }

  async recordRows(): Promise<string[][]> {
    await this.showTab('records')
    return this.tableRows(this.records)
  }

  private async tableRows(table: Locator): Promise<string[][]> {
    const rows = table.locator('.p-datatable-tbody tr')
    const out: string[][] = []
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.trim()))
    return out
  }

  async confirm(): Promise<void> {
    await this.page.getByTestId('usage-confirm').click()
    await expect(this.page.getByTestId('usage-done')).toBeVisible({ timeout: 60_000 })
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('usage-cancel').click()
    await expect(this.preview).toBeHidden()
  }
}

/** Usage records straight from the app's IndexedDB (to check what an import stored), `null` where absent. */
export async function storedUsage(
  page: Page,
  ids: readonly string[],
): Promise<({ callMinutes: number; registrationMinutes: number; contacts: number } | null)[]> {
  return page.evaluate(async (keys) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('clientadministratie-24x7')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('IndexedDB'))
    })
    const store = db.transaction('usage').objectStore('usage')
    const rows = await Promise.all(
      keys.map(
        (key) =>
          new Promise<{ callMinutes: number; registrationMinutes: number; contacts: number } | null>((resolve) => {
            const request = store.get(key)
            request.onsuccess = () => {
              const u = request.result as { callMinutes: number; registrationMinutes: number; contacts: number } | undefined
              resolve(u ? { callMinutes: u.callMinutes, registrationMinutes: u.registrationMinutes, contacts: u.contacts } : null)
            }
            request.onerror = () => resolve(null)
          }),
      ),
    )
    db.close()
    return rows
  }, ids)
}

/**
 * A telephony export of 100,000 rows (CSV) for clients of today's demo data that are active from the start
 * of the previous billing period until today, so every row is accepted. Uses the real clock, like the app
 * started without a faked one. Returns the file's path.
 */
export function writeHundredThousandRows(folder: string): string {
  const today = todayInAmsterdam()
  const data = demoDataFor(today)
  const periods = groupPeriodsByClient(data.subscriptionPeriods)
  const codeOf = new Map(data.partners.map((p) => [p.id, p.shortCode]))
  const from = billingPeriod(previousPeriodName(periodNameOf(today)), 26).from
  const days = daysBetween(from, today) + 1
  const active = data.clients.filter((c) => subscriptionOn(periods.get(c.id) ?? [], from) !== null && subscriptionOn(periods.get(c.id) ?? [], today) !== null)
  const lines = ['Partner;Cliëntnummer;Datum;Belminuten;Registratieminuten']
  for (let i = 0; lines.length <= 100_000; i++) {
    const client = active[i % active.length]!
    const date = formatDate(addDays(from, i % days))
    const time = `${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`
    lines.push(`${codeOf.get(client.partnerId)};${client.clientNumber};${date} ${time};${String((i % 37) + 0.5).replace('.', ',')};${i % 3}`)
  }
  const file = join(folder, 'Telefonie 100000 regels.csv')
  writeFileSync(file, lines.join('\r\n'), 'utf8')
  return file
}
