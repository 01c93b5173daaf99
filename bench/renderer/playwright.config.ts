import { resolve } from 'node:path'
import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'
import type { AppOptions } from '../../test/e2e/fixtures'

/**
 * Renderer measurements (not part of the test suite): the built app in Chromium with the stress data
 * set. `npm run build && npx playwright test -c bench/renderer/playwright.config.ts`
 */
export default defineConfig<AppOptions>({
  ...base,
  testDir: '.',
  outputDir: '../output/renderer-results',
  timeout: 30 * 60_000,
  projects: [{ name: 'chromium', use: { appMode: 'browser' } }],
  // The server command is relative to the repository root, like in the main config.
  webServer: { ...(base.webServer as Exclude<typeof base.webServer, unknown[] | undefined>), cwd: resolve(__dirname, '../..') },
})
