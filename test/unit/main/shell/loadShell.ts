import { vi } from 'vitest'
import type { FakeElectronOptions } from './fakeElectron'
import { createFakeElectron } from './fakeElectron'

export interface ShellScenario extends FakeElectronOptions {
  /** `ELECTRON_RENDERER_URL` as `npm run dev` sets it; undefined: not set. */
  rendererUrl?: string
}

/** Lets the shell's promise chains (whenReady → start → loadURL) run to the end. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Loads the real `src/main/index.ts` afresh on a new stand-in `electron`, as Electron would run it: the
 * module's top level first, then `ready`. Call `vi.unstubAllEnvs()` after each test.
 */
export async function loadShell(scenario: ShellScenario, options: { ready?: boolean } = {}) {
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', scenario.rendererUrl)
  const electron = createFakeElectron(scenario)
  vi.doMock('electron', () => electron.module)
  await import('../../../../src/main/index')
  if (options.ready ?? true) {
    electron.app.becomeReady()
    await settle()
  }
  return electron
}

/** The frames an `ipcRenderer.invoke` can come from. */
export const frames = {
  app: { url: 'app://clientadministratie/index.html#/clienten', parent: null },
  foreign: { url: 'https://aanvaller.example/index.html', parent: null },
  appSubFrame: { url: 'app://clientadministratie/index.html', parent: {} },
  devServer: { url: 'http://localhost:5173/#/clienten', parent: null },
} as const

export const DEV_URL = 'http://localhost:5173'
