import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { GlobalSearch } from './pages/GlobalSearch'
import { demoDataFor } from './pages/demoCases'

const TODAY = '2026-11-23'

test('Ctrl+K finds a client by number, a partner by part of its name and a screen by its name, with the keyboard alone', async ({ page }) => {
  test.setTimeout(300_000)
  const data = demoDataFor(TODAY)
  const client = data.clients.find((c) => c.status === 'actief' && c.clientNumber !== '')!
  const partner = data.partners.find((p) => p.name.includes(' '))!
  const shell = new AppShell(page)
  const search = new GlobalSearch(page)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await shell.start('demo')

  await search.open()
  await search.find(client.clientNumber, client.lastName)
  await page.keyboard.press('Enter')
  await expect(search.dialog).toBeHidden()
  await expect(page).toHaveURL(new RegExp(`#/clienten/${client.id}$`))
  await expect(shell.heading()).toContainText(client.lastName)

  const partWord = partner.name.split(' ').at(-1)!.slice(0, 5)
  await search.open()
  await search.find(partWord, partner.name)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/partners/${partner.id}$`))

  await search.open()
  await search.find('factu', 'Facturatie')
  await page.keyboard.press('Enter')
  await expect(shell.heading('Facturatie')).toBeVisible()

  // Nothing found says so; Escape closes and gives the focus back to where the clerk was.
  const button = search.openButton
  await button.focus()
  await page.keyboard.press('Enter')
  await expect(search.input).toBeFocused()
  await search.input.fill('qqqxyz')
  await expect(search.status).toHaveText('Niets gevonden voor "qqqxyz".')
  await page.keyboard.press('Escape')
  await expect(search.dialog).toBeHidden()
  await expect(button).toBeFocused()
})
