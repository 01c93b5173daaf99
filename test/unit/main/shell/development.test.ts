import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_START_URL } from '../../../../src/main/protocol/appOrigin'
import type { ShellScenario } from './loadShell'
import { DEV_URL, frames, loadShell } from './loadShell'
import { appliedMenuRoles } from './menuRoles'

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

async function shellWindow(scenario: ShellScenario) {
  const electron = await loadShell(scenario)
  const [window] = electron.windows
  if (!window) throw new Error('no window')
  return { electron, window }
}

describe('a packaged app ignores the development settings', () => {
  it('loads app:// even when ELECTRON_RENDERER_URL is set, and does not trust that server', async () => {
    const { electron, window } = await shellWindow({ isPackaged: true, rendererUrl: DEV_URL })
    expect(window.loadedUrls).toEqual([APP_START_URL])
    expect(window.webContents.navigate(`${DEV_URL}/`)).toBe(true)
    await expect(electron.ipcMain.invoke('app:get-info', { senderFrame: frames.devServer })).resolves.toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    })
    await expect(electron.session.requestPermission('persistent-storage', `${DEV_URL}/`)).resolves.toBe(false)
  })

  it('offers no DevTools: not in the menu, not opened', async () => {
    const { electron, window } = await shellWindow({ isPackaged: true, rendererUrl: DEV_URL })
    expect(appliedMenuRoles(electron)).not.toContain('toggleDevTools')
    expect(appliedMenuRoles(electron)).not.toContain('forceReload')
    expect(appliedMenuRoles(electron)).toContain('reload')
    expect(window.webContents.openDevTools).not.toHaveBeenCalled()
  })
})

describe('an unpackaged app (npm run dev)', () => {
  it("loads Vite's server from ELECTRON_RENDERER_URL and trusts that origin as the app's own", async () => {
    const { electron, window } = await shellWindow({ isPackaged: false, rendererUrl: DEV_URL })
    expect(window.loadedUrls).toEqual([DEV_URL])
    expect(window.webContents.navigate(`${DEV_URL}/#/partners`)).toBe(false)
    expect(window.webContents.navigate('https://aanvaller.example/')).toBe(true)
    await expect(electron.ipcMain.invoke('app:get-info', { senderFrame: frames.devServer })).resolves.toMatchObject({ ok: true })
    await expect(electron.ipcMain.invoke('app:get-info', { senderFrame: frames.foreign })).resolves.toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    })
    await expect(electron.session.requestPermission('persistent-storage', `${DEV_URL}/`)).resolves.toBe(true)
  })

  it('loads app:// when no development server is given', async () => {
    const { window } = await shellWindow({ isPackaged: false })
    expect(window.loadedUrls).toEqual([APP_START_URL])
    expect(window.webContents.navigate(`${DEV_URL}/`)).toBe(true)
  })

  it('offers DevTools in the menu without opening them by itself', async () => {
    const { electron, window } = await shellWindow({ isPackaged: false, rendererUrl: DEV_URL })
    expect(appliedMenuRoles(electron)).toContain('toggleDevTools')
    expect(appliedMenuRoles(electron)).toContain('forceReload')
    expect(window.webContents.openDevTools).not.toHaveBeenCalled()
  })
})
