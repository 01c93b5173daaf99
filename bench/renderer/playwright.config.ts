import { resolve } from 'node:path'
import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'
import type { AppOptions } from '../../test/e2e/fixtures'

/** Its own port, so a measurement can run beside the test suite (BENCH_PORT when two measure at once). */
const PORT = Number(process.env['BENCH_PORT'] ?? 4329)
const baseWebServer = base.webServer as Exclude<typeof base.webServer, unknown[] | undefined>

/**
 * Renderer measurements (not part of the test suite): the built app in Chromium with the stress data
 * set. `npm run build && npx playwright test -c bench/renderer/playwright.config.ts`
 */
export default defineConfig<AppOptions>({
  ...base,
  testDir: '.',
  outputDir: '../output/renderer-results',
  timeout: 30 * 60_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  projects: [{ name: 'chromium', use: { appMode: 'browser' } }],
  // The server command is relative to the repository root, like in the main config.
  webServer: { ...baseWebServer, cwd: resolve(__dirname, '../..'), env: { E2E_PORT: String(PORT) }, url: `http://127.0.0.1:${PORT}` },
})
