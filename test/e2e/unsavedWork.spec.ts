import { expect, test } from './fixtures'
import { emitWindowEvent } from './fixtures/apiBridge'
import { AppShell } from './pages/AppShell'
import { ClientsPage } from './pages/ClientsPage'
import { UnsavedWork } from './pages/UnsavedWork'

/** Forms never lose work: leaving asks, a draft survives a reload, closing the window asks too. */
test.describe('niet-opgeslagen werk', () => {
  test('verlaten vraagt, Blijven houdt de tekst, na herladen wordt het concept hersteld, Niet opslaan gooit het weg', async ({ page }) => {
    const shell = new AppShell(page)
    const clients = new ClientsPage(page)
    const unsaved = new UnsavedWork(page)
    await shell.start('leeg')
    await shell.go('Cliënten')
    await clients.openNew()
    const firstName = clients.field('firstName')
    await firstName.fill('Margriet')

    // Another menu item: the question, with the focus on Blijven.
    await shell.menuLink('Partners').click()
    await expect(unsaved.dialog).toBeVisible()
    await expect(unsaved.button('Blijven')).toBeFocused()
    await shell.screenshot('unsaved-question')
    await unsaved.answer('Blijven')
    await expect(shell.heading('Nieuwe cliënt')).toBeVisible()
    await expect(firstName).toHaveValue('Margriet')
    // Esc also stays, by keyboard alone.
    await shell.menuLink('Partners').click()
    await expect(unsaved.dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(unsaved.dialog).toBeHidden()
    await expect(firstName).toHaveValue('Margriet')

    // A reload (or a crash) keeps the draft; the form offers it.
    await unsaved.waitForDraftKept()
    await page.reload()
    await expect(shell.heading('Nieuwe cliënt')).toBeVisible()
    await expect(unsaved.draftNotice).toContainText('Er is een niet-opgeslagen concept van')
    await expect(firstName).toHaveValue('')
    await shell.screenshot('unsaved-draft-offer')
    await unsaved.restoreDraft()
    await expect(firstName).toHaveValue('Margriet')

    // Niet opslaan: the screen is left and the draft is gone.
    await shell.menuLink('Partners').click()
    await unsaved.answer('Niet opslaan')
    await expect(shell.heading('Partners')).toBeVisible()
    await shell.go('Cliënten')
    await clients.openNew()
    await page.waitForTimeout(300)
    await expect(unsaved.draftNotice).toBeHidden()
    await expect(firstName).toHaveValue('')
    // An unchanged form leaves without asking.
    await shell.go('Partners')
  })

  test('Opslaan met fouten blijft op het formulier en toont de fouten', async ({ page }) => {
    const shell = new AppShell(page)
    const clients = new ClientsPage(page)
    const unsaved = new UnsavedWork(page)
    await shell.start('leeg')
    await shell.go('Cliënten')
    await clients.openNew()
    await clients.field('firstName').fill('Margriet')
    await shell.menuLink('Partners').click()
    await unsaved.answer('Opslaan')
    await expect(shell.heading('Nieuwe cliënt')).toBeVisible()
    await expect(clients.error('lastName')).toBeVisible()
  })

  test('het venster sluiten met wijzigingen vraagt eerst; Blijven houdt het open, Niet opslaan sluit', async ({ page, closing }) => {
    const shell = new AppShell(page)
    const clients = new ClientsPage(page)
    const unsaved = new UnsavedWork(page)
    await shell.start('leeg')
    await shell.go('Cliënten')
    await clients.openNew()
    expect(closing.unsavedWork()).toBe(false)
    await clients.field('firstName').fill('Margriet')
    await expect.poll(() => closing.unsavedWork()).toBe(true)

    await emitWindowEvent(page, 'app:close-requested', {})
    await unsaved.answer('Blijven')
    await expect.poll(() => closing.closeAnswers()).toEqual([false])

    await emitWindowEvent(page, 'app:close-requested', {})
    await unsaved.answer('Niet opslaan')
    await expect.poll(() => closing.closeAnswers()).toEqual([false, true])
    await expect.poll(() => closing.unsavedWork()).toBe(false)
  })
})
