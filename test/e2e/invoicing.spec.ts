import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { computeMonthlyJob } from '../../src/shared/domain'
import { formatMoney } from '../../src/shared/format'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { allCellTexts, readWorkbook } from '../unit/main/excel/workbookText'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { InvoicingPage } from './pages/InvoicingPage'
import { screenshotSettled } from './pages/screens'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'
/** On 23-11-2026 period 2026-11 (26-10 t/m 25-11) still runs: the period finance invoices is 2026-10. */
const PERIOD = '2026-10'

/** Demo data's documents say VOORBEELD in every file name: none of them is a real invoice. */
const DEMO = 'VOORBEELD '
const xlsxIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.xlsx'))
/** What a file shows, without the footer's generation date. */
const content = async (path: string) => allCellTexts(await readWorkbook(path)).filter((t) => !t.includes('Aangemaakt op'))

test('facturatie op demogegevens: periode kiezen, concepten, bestanden met voortgang, definitief, creditnota en opnieuw schrijven', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(600_000)
  const data = demoDataFor(TODAY)
  const expected = computeMonthlyJob(data, PERIOD, TODAY as CalendarDate).invoices
  const expectedTotal = expected.reduce((sum, i) => sum + i.totalCents, 0)
  const first = [...expected].sort((a, b) => a.partner.name.localeCompare(b.partner.name))[0]!

  const shell = new AppShell(page)
  const invoicing = new InvoicingPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await invoicing.open()

  // The last period that has ended is chosen; the running one says it still runs.
  await expect(invoicing.periodSelect).toContainText(PERIOD)
  await expect(invoicing.periodSpan).toHaveText('Periode 2026-10: 26-09-2026 t/m 25-10-2026 (30 dagen).')
  await invoicing.choosePeriod('2026-11')
  await expect(invoicing.periodRunning).toContainText('Deze periode loopt nog tot en met 25-11-2026')
  await invoicing.choosePeriod(PERIOD)
  await expect(invoicing.periodRunning).toHaveCount(0)
  await expect(invoicing.writeButton).toBeDisabled()

  // Concepts for every partner with something to bill, with the domain's totals.
  await invoicing.prepare()
  await expect(shell.toast(`${expected.length} conceptfacturen gemaakt.`)).toBeVisible({ timeout: 60_000 })
  await expect(invoicing.conceptCount).toHaveText(String(expected.length))
  await expect(invoicing.summaryTotal).toHaveText(formatMoney(expectedTotal))
  await expect(invoicing.rows(first.partner.name)).toContainText(formatMoney(first.totalCents))
  await expect(invoicing.rows(first.partner.name)).toContainText('Concept')
  // Opened, a row shows what the invoice bills per plan.
  await invoicing.expandRow(invoicing.rows(first.partner.name))
  for (const line of first.planSummary) await expect(invoicing.planLine(line.planName)).toContainText(formatMoney(line.amountCents))
  await expect(invoicing.planSummary).toContainText(`${first.lines.length} regels in het cliëntenoverzicht`)
  await screenshotSettled(shell, 'invoicing-concepts')

  // Write the run's files; the first time it is stopped halfway and leaves no half file.
  await invoicing.writeFiles()
  await expect(invoicing.runProgress).toBeVisible()
  await expect(invoicing.runProgress).toContainText(/Partner \d+ van 60/)
  await invoicing.cancelRun()
  await expect(shell.result('Afgebroken: ')).toBeVisible()
  const afterCancel = readdirSync(dialogs.folder)
  // Only complete workbooks and PDFs (a concept gets no e-invoice or draft); no temporary file.
  expect(afterCancel.filter((f) => !/\.(xlsx|pdf)$/.test(f))).toEqual([])
  expect(afterCancel.length).toBeLessThan(3 * 60)

  await invoicing.writeFiles()
  await expect(invoicing.runProgress).toContainText(/Partner \d+ van 60/)
  await expect(shell.resultPanel).toContainText(`geschreven in ${dialogs.folder}`, { timeout: 180_000 })
  await expect(invoicing.folder).toHaveText(dialogs.folder)
  const conceptFile = `${DEMO}Factuur CONCEPT ${first.partner.name} ${PERIOD}.xlsx`
  expect(existsSync(join(dialogs.folder, conceptFile))).toBe(true)
  expect(existsSync(join(dialogs.folder, `${DEMO}Verbruik ${first.partner.name} ${PERIOD}.xlsx`))).toBe(true)
  expect(allCellTexts(await readWorkbook(join(dialogs.folder, conceptFile)))).toContain('CONCEPT')

  // Finalise every concept: gapless numbers in partner order, the final files written, the folder opened.
  await invoicing.finaliseAll()
  await invoicing.confirm('Definitief maken')
  const lastNumber = `2026-${String(expected.length).padStart(4, '0')}`
  await expect(shell.resultPanel).toContainText(`${expected.length} facturen definitief gemaakt: 2026-0001 t/m ${lastNumber}.`, { timeout: 60_000 })
  await expect(invoicing.conceptCount).toHaveText('0')
  await expect(invoicing.finalCount).toHaveText(String(expected.length))
  await expect(invoicing.summaryTotal).toHaveText(formatMoney(expectedTotal))
  const finalFile = `${DEMO}Factuur 2026-0001 ${first.partner.name} ${PERIOD}.xlsx`
  await expect.poll(() => existsSync(join(dialogs.folder, finalFile))).toBe(true)
  // Beside each final workbook: its PDF, its e-invoice (every demo partner has a KvK number) and its e-mail draft.
  for (const extension of ['pdf', 'xml', 'eml']) await expect.poll(() => existsSync(join(dialogs.folder, finalFile.replace(/xlsx$/, extension)))).toBe(true)
  const finals = xlsxIn(dialogs.folder).filter((f) => /^VOORBEELD Factuur \d{4}-\d{4} /.test(f))
  expect(finals).toHaveLength(expected.length)
  expect(finals.some((f) => f.startsWith(`${DEMO}Factuur ${lastNumber} `))).toBe(true)
  const finalTexts = allCellTexts(await readWorkbook(join(dialogs.folder, finalFile)))
  expect(finalTexts).toContain('2026-0001')
  expect(finalTexts).not.toContain('CONCEPT')
  expect(finalTexts).toContain('VOORBEELD FACTUUR')
  await invoicing.openFolder()
  await expect.poll(() => dialogs.openedFolders()).toEqual([dialogs.folder])
  await screenshotSettled(shell, 'invoicing-final')

  // Writing a final invoice again gives the same content under a new name.
  const row = invoicing.rows(first.partner.name)
  await invoicing.rowAction(row, 'Opnieuw schrijven').click()
  const copy = `${DEMO}Factuur 2026-0001 ${first.partner.name} ${PERIOD} (2).xlsx`
  await expect.poll(() => existsSync(join(dialogs.folder, copy))).toBe(true)
  expect(await content(join(dialogs.folder, copy))).toEqual(await content(join(dialogs.folder, finalFile)))

  // A correction: a credit invoice (finalised with the next number), then a new invoice for the partner.
  await invoicing.rowAction(row, 'Crediteren').click()
  await invoicing.confirm('Crediteren')
  await expect(shell.toast('Conceptcreditnota gemaakt voor factuur 2026-0001.')).toBeVisible()
  const creditRow = invoicing.rows(first.partner.name).filter({ hasText: 'Creditnota' })
  await expect(creditRow).toContainText(formatMoney(-first.totalCents))
  await invoicing.rowAction(creditRow, 'Definitief maken').click()
  await invoicing.confirm('Definitief maken')
  const creditNumber = `2026-${String(expected.length + 1).padStart(4, '0')}`
  await expect(shell.toast(`1 factuur definitief gemaakt (${creditNumber}).`)).toBeVisible()
  await expect.poll(() => existsSync(join(dialogs.folder, `${DEMO}Creditnota ${creditNumber} ${first.partner.name} ${PERIOD}.xlsx`))).toBe(true)
  await expect(invoicing.rows(first.partner.name).filter({ hasText: 'Factuur' }).filter({ hasText: '2026-0001' })).toContainText('Gecrediteerd')

  await invoicing.prepare()
  await expect(shell.toast('1 conceptfactuur gemaakt.')).toBeVisible({ timeout: 60_000 })
  await expect(invoicing.conceptCount).toHaveText('1')
  await invoicing.finaliseAll()
  await invoicing.confirm('Definitief maken')
  const newNumber = `2026-${String(expected.length + 2).padStart(4, '0')}`
  await expect(shell.toast(`1 factuur definitief gemaakt (${newNumber}).`)).toBeVisible()
  await expect(invoicing.summaryTotal).toHaveText(formatMoney(expectedTotal))
  await expect.poll(() => existsSync(join(dialogs.folder, `${DEMO}Factuur ${newNumber} ${first.partner.name} ${PERIOD}.xlsx`))).toBe(true)
  await screenshotSettled(shell, 'invoicing-corrected')
})
