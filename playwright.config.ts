import { defineConfig } from '@playwright/test'
import type { AppOptions } from './test/e2e/fixtures'

// The renderer is tested in Debian's Chromium against the built files (out/renderer), served with the
// app's own protocol handler and CSP, with the preload API answered by the real main-process handlers
// (test/e2e/fixtures). The `electron` project runs the same specs against the real app where an
// Electron binary is installed and is skipped otherwise.
// E2E_PORT lets two runs (e.g. a check in a second work tree) use the machine at the same time.
const PORT = Number(process.env['E2E_PORT'] ?? 4319)

export default defineConfig<AppOptions>({
  testDir: 'test/e2e',
  // One folder per port: Playwright empties its output folder when a run starts, which would delete the
  // files and failure context of another run beside it.
  outputDir: `test-results/port-${PORT}`,
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', use: { appMode: 'browser' } },
    { name: 'electron', use: { appMode: 'electron' } },
  ],
  webServer: {
    command: 'npx tsx test/e2e/fixtures/serveRenderer.ts',
    env: { E2E_PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
