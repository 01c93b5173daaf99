import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { quarterlyCheck } from '../../src/shared/domain'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { screenshotSettled } from './pages/screens'
import { QuarterlyCheckPage } from './pages/QuarterlyCheckPage'
import { SignalListsPage } from './pages/SignalListsPage'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'

test('abonnementscheck op demogegevens: afwijkende cliënten per partner, advies omzetten in een wijzigingsaanvraag, naar Excel', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const rows = quarterlyCheck({
    quarter: '2026-Q3',
    partners: data.partners,
    plans: data.plans,
    clients: data.clients,
    subscriptionPeriods: data.subscriptionPeriods,
    usage: data.usage,
    startDay: 26,
    tolerancePercent: data.settings.checkTolerancePercent,
  })
  const running = new Set(data.changeRequests.filter((cr) => cr.status === 'open' || cr.status === 'akkoord').map((cr) => cr.clientId))
  const active = new Set(data.clients.filter((c) => c.status === 'actief').map((c) => c.id))
  const candidate = rows.find((r) => r.outcome === 'boven' && r.recommendationDiffers && active.has(r.clientId) && !running.has(r.clientId))
  if (!candidate) throw new Error('geen cliënt boven de bundel met een ander advies in de demogegevens')
  const partner = data.partners.find((p) => p.id === candidate.partnerId)!
  const planName = (id: string | null) => data.plans.find((p) => p.id === id)?.name ?? ''
  const count = (outcome: string) => rows.filter((r) => r.outcome === outcome && r.partnerId === partner.id).length

  const shell = new AppShell(page)
  const check = new QuarterlyCheckPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await check.open()
  // The last complete quarter is chosen; deviating clients (boven, onder, te kort actief) are shown.
  await expect(check.quarter).toContainText('2026-Q3')
  await screenshotSettled(shell, 'quarterly-check')
  // Every column within the window (1360 px): the table is not wider than the space it stands in.
  const overflow = await check.table.evaluate(
    (wrapper) => wrapper.querySelector('table')!.getBoundingClientRect().right - wrapper.getBoundingClientRect().right,
  )
  expect(overflow).toBeLessThanOrEqual(0)

  await check.choose('check-partner', partner.name)
  await check.show('Boven')
  await expect(check.outcomes).toContainText(`Boven (${count('boven')})`)
  const row = check.row(candidate.clientNumber)
  await expect(check.outcome(row)).toHaveText('Boven')
  await expect(row).toContainText(planName(candidate.currentPlanId))
  await expect(row).toContainText(planName(candidate.recommendedPlanId))
  if (candidate.begeleider.name) await expect(row).toContainText(candidate.begeleider.name)
  // Whom to contact: the begeleider on the row, the partner's contact person above the partner's clients.
  const contact = candidate.partnerContact
  if (contact) await expect(check.partnerHeadings.first()).toContainText(`contactpersoon partner: ${contact.name}`)
  // The heading spans the whole row, every column.
  await expect(check.partnerHeadingCells().first()).toHaveAttribute('colspan', String(await check.columnHeaders.count()))
  await screenshotSettled(shell, 'quarterly-check-partner-boven')

  // One click: an operator-initiated change request to the recommended plan.
  await check.requestButton(candidate.clientNumber).click()
  await expect(
    shell.toast(`Wijziging aangevraagd voor ${candidate.clientNumber} ${candidate.clientName}: naar ${planName(candidate.recommendedPlanId)}.`),
  ).toBeVisible()
  await expect(row).toContainText(`Wijziging naar ${planName(candidate.recommendedPlanId)} loopt`)
  await expect(check.requestButton(candidate.clientNumber)).toHaveCount(0)

  // Export: this partner's list.
  await check.exportList()
  const fileName = `Abonnementscheck ${partner.name} 2026-Q3.xlsx`
  await expect(shell.toast(fileName)).toBeVisible()
  expect(existsSync(join(dialogs.folder, fileName))).toBe(true)

  // The request waits for the partner's approval on the work lists.
  const signals = new SignalListsPage(page)
  await signals.open()
  await signals.expand('wijzigingen-akkoord-afwachten')
  // The list may be long: page until the client shows.
  const clientRows = await signals.findRows('wijzigingen-akkoord-afwachten', `${candidate.clientNumber} ${candidate.clientName}`)
  await expect(clientRows.first()).toContainText('Akkoord van de partner (begeleider) vragen')
})
