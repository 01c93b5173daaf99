import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { groupPeriodsByClient, subscriptionOn } from '../../src/shared/domain'
import type { CalendarDate } from '../../src/shared/calendar/calendarDate'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { ClientsPage } from './pages/ClientsPage'
import { InvoicingPage } from './pages/InvoicingPage'
import { Keyboard } from './pages/Keyboard'
import { LifecyclePage } from './pages/LifecyclePage'
import { UsageImportPage } from './pages/UsageImportPage'
import { demoDataFor } from './pages/demoCases'

/**
 * The main flows with the keyboard alone (after the start with demo data): no click, no fill. Each dialog gives
 * the focus back to the control that opened it when it closes.
 */
const TODAY = '2026-11-23'

async function startDemo(page: Page): Promise<void> {
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await new AppShell(page).start('demo')
}

/**
 * The focus ring around the focused control, as drawn: an outline or box-shadow on the element or on the
 * component around it (a PrimeVue Select draws it on its frame, the focus sits on the label inside).
 */
async function focusRing(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (let el = document.activeElement as HTMLElement | null, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
      const style = getComputedStyle(el)
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineColor}`
      if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`
    }
    return ''
  })
}

test('aanmelden tot activeren met alleen het toetsenbord', async ({ page }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const partner = data.partners.find((p) => p.ecdMode === 'partner' && p.active)!
  const plan = data.plans.find((p) => p.active)!
  const keys = new Keyboard(page)
  const shell = new AppShell(page)
  const life = new LifecyclePage(page)
  const clients = new ClientsPage(page)
  await startDemo(page)

  await keys.search('cliënten', 'Cliënten')
  await expect(shell.heading('Cliënten')).toBeVisible()
  await keys.activate(clients.newButton)
  await expect(shell.heading('Nieuwe cliënt')).toBeVisible()

  await keys.choose(clients.select('partner'), partner.name)
  await keys.screenshot('keyboard-select-focused')
  expect(await focusRing(page), 'focusring op de keuzelijst').not.toBe('')
  await keys.choose(clients.select('plan'), plan.name)
  await expect(clients.receivedDate).toHaveValue('23-11-2026')
  await keys.typeIn(clients.field('number'), 'KB-4711')
  await keys.typeIn(clients.field('firstName'), 'Toos')
  await keys.typeIn(clients.field('lastName'), 'Toetsenbord')
  await page.keyboard.press('Enter')
  await expect(shell.heading('Toos Toetsenbord')).toBeVisible()
  await life.expectStatus('Aangemeld')

  // Activation: Escape closes the dialog and gives the focus back to "Activeren"; then Enter in the date activates.
  const activate = life.action('Activeren')
  await keys.tabTo(activate)
  await keys.screenshot('keyboard-button-focused')
  expect(await focusRing(page), 'focusring op de knop Activeren').not.toBe('')
  await page.keyboard.press('Enter')
  const dialog = life.dialog('Cliënt activeren')
  await expect(dialog).toBeVisible()
  await expect(life.field(dialog, 'activation-date')).toBeFocused()
  await keys.screenshot('keyboard-dialog-field-focused')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(activate).toBeFocused()

  // Cancel with its button (Tab to it) gives the focus back too.
  await page.keyboard.press('Enter')
  await expect(life.field(dialog, 'activation-date')).toBeFocused()
  await keys.activate(life.button(dialog, 'Annuleren'), { max: 6 })
  await expect(dialog).toBeHidden()
  await expect(activate).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(life.field(dialog, 'activation-date')).toBeFocused()
  await expect(life.field(dialog, 'activation-date')).toHaveValue('23-11-2026')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(shell.toast('Cliënt Toos Toetsenbord is geactiveerd per 23-11-2026.')).toBeVisible()
  await life.expectStatus('Actief')
  // "Activeren" is gone: the focus is not lost to the page but stays in the lifecycle panel.
  await expect(life.focusedInPanel).toHaveCount(1)
})

/** An active client of the demo data with a client number, billed today and with nothing pending. */
function activeClient() {
  const data = demoDataFor(TODAY)
  const periods = groupPeriodsByClient(data.subscriptionPeriods)
  const pending = new Set([
    ...data.deregistrations.filter((d) => d.processedDate === null).map((d) => d.clientId),
    ...data.changeRequests.filter((c) => c.status === 'open' || c.status === 'akkoord').map((c) => c.clientId),
  ])
  return data.clients.find(
    (c) => c.status === 'actief' && c.clientNumber !== '' && !pending.has(c.id) && subscriptionOn(periods.get(c.id) ?? [], TODAY as CalendarDate) !== null,
  )!
}

test('afmelden met de drie datums, met alleen het toetsenbord', async ({ page }) => {
  test.setTimeout(300_000)
  const client = activeClient()
  const keys = new Keyboard(page)
  const shell = new AppShell(page)
  const life = new LifecyclePage(page)
  await startDemo(page)

  await keys.search(client.clientNumber, client.lastName)
  await expect(shell.heading()).toContainText(client.lastName)
  await life.expectStatus('Actief')

  const deregister = life.action('Afmelden')
  await keys.activate(deregister)
  const dialog = life.dialog('Afmelding vastleggen')
  await expect(life.field(dialog, 'deregistration-requested')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(deregister).toBeFocused()

  // Received on 20-11, asked per 30-11: the effective date is the one asked for.
  await page.keyboard.press('Enter')
  await expect(life.field(dialog, 'deregistration-requested')).toBeFocused()
  await keys.retype('30-11-2026')
  await keys.typeIn(life.field(dialog, 'deregistration-received'), '20-11-2026', { backwards: true, max: 4 })
  await expect(life.shown(dialog, 'effective-date')).toContainText('30-11-2026')
  await keys.screenshot('keyboard-deregistration-dates')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  const card = life.deregistrationCard()
  await expect(card).toContainText('Ontvangen op 20-11-2026, gevraagd per 30-11-2026')

  const process = life.button(card, 'Verwerken')
  await keys.activate(process, { max: 60 })
  const processDialog = life.dialog('Afmelding verwerken')
  await expect(life.button(processDialog, 'Afmelding verwerken')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(processDialog).toBeHidden()
  await expect(process).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(life.button(processDialog, 'Afmelding verwerken')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(processDialog).toBeHidden()
  await expect(shell.toast(`is afgemeld per 30-11-2026`)).toBeVisible()
  await life.expectStatus('Afgemeld')
  await expect(life.focusedInPanel).toHaveCount(1)
})

test('verbruik inlezen, controleren en bevestigen met alleen het toetsenbord', async ({ page, dialogs }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const client = activeClient()
  const code = data.partners.find((p) => p.id === client.partnerId)!.shortCode
  const file = join(dialogs.folder, 'Telefonie toetsenbord.csv')
  writeFileSync(
    file,
    [
      'Partner;Cliëntnummer;Datum;Belminuten;Registratieminuten',
      `${code};${client.clientNumber};02-11-2026;12,5;2`,
      `${code};${client.clientNumber};03-11-2026;3;0,5`,
    ].join('\r\n'),
    'utf8',
  )
  const keys = new Keyboard(page)
  const shell = new AppShell(page)
  const usage = new UsageImportPage(page, dialogs)
  await startDemo(page)

  await keys.search('verbruik', 'Verbruik inlezen')
  await expect(shell.heading('Verbruik inlezen')).toBeVisible()
  await dialogs.answerNext(file)
  await keys.activate(usage.chooseButton)
  await expect(usage.preview).toBeVisible({ timeout: 120_000 })
  await expect(usage.counts).toHaveText('2 regels: 2 goedgekeurd, 0 afgekeurd')
  await keys.tabTo(usage.confirmButton, { max: 60 })
  await keys.screenshot('keyboard-usage-confirm-focused')
  await page.keyboard.press('Enter')
  await expect(usage.done).toBeVisible({ timeout: 60_000 })
})

test('facturatie: concepten maken en één definitief maken met alleen het toetsenbord', async ({ page }) => {
  test.setTimeout(300_000)
  const keys = new Keyboard(page)
  const shell = new AppShell(page)
  const invoicing = new InvoicingPage(page)
  await startDemo(page)

  await keys.search('factu', 'Facturatie')
  await expect(shell.heading('Facturatie')).toBeVisible()
  await expect(invoicing.periodSelect).toContainText('2026-10')
  await keys.activate(invoicing.prepareButton)
  await expect(shell.toast('conceptfacturen gemaakt.')).toBeVisible({ timeout: 60_000 })

  // The first row's "Definitief maken": the confirmation starts on "Annuleren"; Escape and Annuleren give the focus back.
  const finalise = invoicing.rowAction(invoicing.allRows().first(), 'Definitief maken')
  await keys.tabTo(finalise, { max: 60 })
  await keys.screenshot('keyboard-invoice-row-focused')
  await page.keyboard.press('Enter')
  const confirm = invoicing.confirmation
  await expect(invoicing.confirmationButton('Annuleren')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expect(finalise).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(invoicing.confirmationButton('Annuleren')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(confirm).toBeHidden()
  await expect(finalise).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(invoicing.confirmationButton('Annuleren')).toBeFocused()
  await keys.activate(invoicing.confirmationButton('Definitief maken'), { max: 3 })
  await expect(confirm).toBeHidden()
  await expect(shell.toast('definitief gemaakt (2026-0001)')).toBeVisible({ timeout: 60_000 })
  await expect(invoicing.finalCount).toHaveText('1')
  await expect(invoicing.focusedInTable).toHaveCount(1)
})
