import { activeClientFigures } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { screenshotSettled } from './pages/screens'
import { DashboardPage } from './pages/DashboardPage'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'
const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n)

test('dashboard op demogegevens: actieve cliënten per abonnement en partner, in- en uitstroom, open werk en verbruik tegen de bundels', async ({ page }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const active = activeClientFigures(data.subscriptionPeriods, new Map(data.clients.map((c) => [c.id, c.partnerId])), data.plans, TODAY as CalendarDate)

  const shell = new AppShell(page)
  const dashboard = new DashboardPage(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')
  await dashboard.open()

  await expect(page.getByTestId('figure-active')).toHaveText(count(active.total))
  const byPlan = page.getByTestId('active-by-plan').locator('tr')
  await expect(byPlan).toHaveCount(active.byPlan.length)
  for (const [i, plan] of active.byPlan.entries()) {
    await expect(byPlan.nth(i)).toContainText(data.plans.find((p) => p.id === plan.planId)!.name)
    await expect(byPlan.nth(i).locator('td.num')).toHaveText(count(plan.count))
  }
  // The largest partner first; 60 partners do not fit, the rest is one line.
  const largest = data.partners.find((p) => p.id === active.byPartner[0]!.partnerId)!
  await expect(page.getByTestId('active-by-partner').locator('tr').first()).toContainText(largest.name)
  await expect(page.getByTestId('active-by-partner').locator('tr').last()).toContainText('Overige partners')
  // Open work per list links to the list on the start page.
  await expect(page.getByTestId('work-per-list').locator('tbody tr')).toHaveCount(9)
  await expect(page.getByTestId('flow-chart').locator('canvas')).toBeVisible()
  await screenshotSettled(shell, 'dashboard')

  const firstWithWork = page.getByTestId('work-per-list').getByRole('link').first()
  const title = (await firstWithWork.textContent()) ?? ''
  await firstWithWork.click()
  await expect(page.getByRole('heading', { level: 3, name: title.trim() })).toBeInViewport()
})
