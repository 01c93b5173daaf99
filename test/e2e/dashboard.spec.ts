import { activeClientFigures } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { screenshotSettled } from './pages/screens'
import { DashboardPage } from './pages/DashboardPage'
import { SignalListsPage } from './pages/SignalListsPage'
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

  await expect(dashboard.activeClients).toHaveText(count(active.total))
  const byPlan = dashboard.activeByPlan
  await expect(byPlan).toHaveCount(active.byPlan.length)
  for (const [i, plan] of active.byPlan.entries()) {
    await expect(byPlan.nth(i)).toContainText(data.plans.find((p) => p.id === plan.planId)!.name)
    await expect(dashboard.planCount(byPlan.nth(i))).toHaveText(count(plan.count))
  }
  // The largest partner first; 60 partners do not fit, the rest is one line.
  const largest = data.partners.find((p) => p.id === active.byPartner[0]!.partnerId)!
  await expect(dashboard.activeByPartner.first()).toContainText(largest.name)
  await expect(dashboard.activeByPartner.last()).toContainText('Overige partners')
  // Open work per list links to the list on the start page.
  await expect(dashboard.workPerList).toHaveCount(9)
  await expect(dashboard.flowChart).toBeVisible()
  await screenshotSettled(shell, 'dashboard')

  const title = await dashboard.openFirstListWithWork()
  await expect(new SignalListsPage(page).listTitle(title)).toBeInViewport()
})
