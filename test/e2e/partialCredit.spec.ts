import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { computeMonthlyJob } from '../../src/shared/domain'
import { formatMoney } from '../../src/shared/format'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { AxeScan } from './pages/AxeScan'
import { InvoicingPage } from './pages/InvoicingPage'
import { screenshotSettled } from './pages/screens'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'
const PERIOD = '2026-10'
const DEMO = 'VOORBEELD '

test('een definitieve factuur openen, twee cliëntregels crediteren met een reden en de correctie definitief maken', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const expected = computeMonthlyJob(data, PERIOD, TODAY as CalendarDate).invoices
  const clientsOf = (lines: readonly { clientNumber: string }[]) => [...new Set(lines.map((l) => l.clientNumber))]
  const original = [...expected].sort((a, b) => a.partner.name.localeCompare(b.partner.name)).find((i) => clientsOf(i.lines).length >= 3)!
  const partnerName = original.partner.name
  const chosen = clientsOf(original.lines).slice(0, 2)
  const creditedCents = original.lines.filter((l) => chosen.includes(l.clientNumber)).reduce((sum, l) => sum + l.amountCents, 0)

  const shell = new AppShell(page)
  const invoicing = new InvoicingPage(page)
  const axe = new AxeScan(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await invoicing.open()
  await invoicing.prepare()
  await expect(shell.toast(`${expected.length} conceptfacturen gemaakt.`)).toBeVisible({ timeout: 60_000 })

  // The partner's invoice finalised on its own (demo data may be finalised; its documents say VOORBEELD).
  await invoicing.rowAction(invoicing.rows(partnerName), 'Definitief maken').click()
  await invoicing.confirm('Definitief maken')
  await expect(shell.toast('1 factuur definitief gemaakt (2026-0001).')).toBeVisible({ timeout: 60_000 })

  // Opened on screen: both parts, as the documents have them.
  await invoicing.openInvoice(invoicing.rows(partnerName).filter({ hasText: '2026-0001' }))
  await expect(invoicing.detailInvoicePart).toBeVisible()
  await expect(invoicing.detailClientOverview).toBeVisible()
  await expect(invoicing.detailField('header')).toContainText('2026-0001')
  await expect(invoicing.detailField('total')).toHaveText(formatMoney(original.totalCents))
  await expect(invoicing.detailField('payment-reference')).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/)
  for (const plan of original.planSummary) await expect(invoicing.detailField('plans')).toContainText(plan.planName)
  await expect(invoicing.detailLines).toHaveCount(original.lines.length)
  await axe.check('invoice opened on screen')
  await screenshotSettled(shell, 'invoice-detail')

  // Credit two client lines with a reason.
  await invoicing.openCredit()
  const creditDialog = invoicing.creditDialog
  await expect(creditDialog).toBeVisible()
  await invoicing.submitCredit()
  await expect(creditDialog).toContainText('Kies ten minste één cliëntregel om te crediteren.')
  await expect(creditDialog).toContainText('Vul de reden van de creditering in.')
  await axe.check('partial credit dialog with errors')
  await page.keyboard.press('Escape')
  await expect(creditDialog).toBeHidden()
  await invoicing.creditClients(chosen, 'Verkeerde startdatum')
  await expect(
    shell.toast(`Conceptcreditnota gemaakt voor factuur 2026-0001. Conceptfactuur ter correctie gemaakt: ${formatMoney(creditedCents)}.`),
  ).toBeVisible()

  // The credit note and the correction concept are in the list; the original still stands for its other clients.
  const rows = invoicing.rows(partnerName)
  const creditRow = rows.filter({ hasText: 'Creditnota' })
  const correctionRow = rows.filter({ hasText: 'Factuur' }).filter({ hasText: 'Concept' })
  await expect(creditRow).toContainText('corrigeert 2026-0001')
  await expect(creditRow).toContainText(formatMoney(-creditedCents))
  await expect(correctionRow).toContainText('corrigeert 2026-0001')
  await expect(correctionRow).toContainText(formatMoney(creditedCents))
  await expect(rows.filter({ hasText: '2026-0001' }).filter({ hasText: 'Factuur' }).first()).toContainText('Definitief')

  await invoicing.openInvoice(correctionRow)
  await expect(invoicing.detailField('corrects')).toHaveText('Correctie op factuur 2026-0001')
  await expect(invoicing.detailLines).toHaveCount(original.lines.filter((l) => chosen.includes(l.clientNumber)).length)
  await screenshotSettled(shell, 'invoice-correction-concept')
  await page.keyboard.press('Escape')
  await screenshotSettled(shell, 'invoicing-partial-credit')

  // Both finalised with the next numbers; the credit note's PDF states the reason.
  await invoicing.rowAction(creditRow, 'Definitief maken').click()
  await invoicing.confirm('Definitief maken')
  await expect(shell.toast('1 factuur definitief gemaakt (2026-0002).')).toBeVisible({ timeout: 60_000 })
  await invoicing.rowAction(correctionRow, 'Definitief maken').click()
  await invoicing.confirm('Definitief maken')
  await expect(shell.toast('1 factuur definitief gemaakt (2026-0003).')).toBeVisible({ timeout: 60_000 })
  const creditPdf = join(dialogs.folder, `${DEMO}Creditnota 2026-0002 ${partnerName} ${PERIOD}.pdf`)
  await expect.poll(() => existsSync(creditPdf)).toBe(true)
  const text = execFileSync('pdftotext', ['-layout', creditPdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
  expect(text).toContain('Reden: Verkeerde startdatum')
  expect(text).toContain('Corrigeert factuur 2026-0001')
  expect(text).not.toContain('Factuur aan')
  await expect.poll(() => existsSync(join(dialogs.folder, `${DEMO}Factuur 2026-0003 ${partnerName} ${PERIOD}.pdf`))).toBe(true)

  // The credited clients cannot be credited again; the others can.
  await invoicing.openInvoice(
    rows.filter({ hasText: '2026-0001' }).filter({ hasText: 'Definitief' }).filter({ hasNotText: 'Creditnota' }).filter({ hasNotText: 'corrigeert' }),
  )
  await invoicing.openCredit()
  for (const number of chosen) await expect(invoicing.creditChoice(number)).toBeDisabled()
  await expect(invoicing.creditChoice(clientsOf(original.lines)[2]!)).toBeEnabled()
  await screenshotSettled(shell, 'invoice-credit-dialog-again')
  expect(axe.findings, axe.report()).toEqual([])
})
