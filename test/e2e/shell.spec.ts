import { expect, test } from '@playwright/test'

test('the built renderer starts in Dutch', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cliëntadministratie 24x7')
})
