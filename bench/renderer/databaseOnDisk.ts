import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { test as base } from '../../test/e2e/fixtures'

/**
 * The test fixtures with the browser's profile, and so the app's IndexedDB, in a folder on disk, as the app keeps
 * its database. The test context's own IndexedDB lives in memory and behaves differently at hundreds of MB: after
 * a 344 MB restore, making a backup there never finished. `onDisk` false keeps the test context as it is.
 */
export function testWithDatabaseOnDisk(onDisk: boolean) {
  return base.extend({
    context: async ({ context, launchOptions, contextOptions, baseURL, locale, timezoneId, viewport, bypassCSP }, use) => {
      if (!onDisk) return use(context)
      const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'))
      const persistent = await chromium.launchPersistentContext(profile, {
        ...launchOptions,
        ...contextOptions,
        baseURL,
        locale,
        timezoneId,
        viewport,
        bypassCSP,
      })
      await use(persistent)
      await persistent.close()
      rmSync(profile, { recursive: true, force: true })
    },
  })
}
