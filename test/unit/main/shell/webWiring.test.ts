import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { MockInstance } from 'vitest'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/protocol/contentSecurityPolicy'
import type { FakeElectron, FakeWindow } from './fakeElectron'
import { loadShell, settle } from './loadShell'

/** The shell serves `../renderer` next to its own folder: `src/renderer` here, `out/renderer` when built. */
const repo = resolve(__dirname, '../../../..')

let warn: MockInstance<typeof console.warn>
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

async function packagedShell(): Promise<{ electron: FakeElectron; window: FakeWindow }> {
  const electron = await loadShell({ isPackaged: true })
  const [window] = electron.windows
  if (!window) throw new Error('no window')
  return { electron, window }
}

describe('permissions as the shell wires them (spec S5)', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'openExternal'])('denies %s to the app itself', async (permission) => {
    const { electron } = await packagedShell()
    await expect(electron.session.requestPermission(permission, 'app://clientadministratie/index.html')).resolves.toBe(false)
    expect(electron.session.checkPermission(permission, 'app://clientadministratie')).toBe(false)
  })

  it('grants persistent storage to the app and to no other origin, and denies every device', async () => {
    const { electron } = await packagedShell()
    await expect(electron.session.requestPermission('persistent-storage', 'app://clientadministratie/index.html')).resolves.toBe(true)
    await expect(electron.session.requestPermission('persistent-storage', 'https://aanvaller.example/')).resolves.toBe(false)
    expect(electron.session.checkPermission('persistent-storage', 'https://aanvaller.example')).toBe(false)
    expect(electron.session.checkDevice()).toBe(false)
  })
})

describe('navigation and new windows as the shell wires them (spec S5)', () => {
  it('lets the window move within the app and cancels every other navigation', async () => {
    const { window } = await packagedShell()
    expect(window.webContents.navigate('app://clientadministratie/index.html#/partners')).toBe(false)
    for (const url of ['https://aanvaller.example/', 'file:///C:/Users/x/rapport.html', 'app://anders/index.html', 'http://localhost:5173/']) {
      expect(window.webContents.navigate(url), url).toBe(true)
    }
  })

  it('hands a cancelled web link to the system browser and refuses others', async () => {
    const { electron, window } = await packagedShell()
    window.webContents.navigate('https://www.zorggroep-noord.nl/')
    window.webContents.navigate('file:///C:/Windows/System32/calc.exe')
    await settle()
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://www.zorggroep-noord.nl/']])
    expect(warn).toHaveBeenCalledWith('[security] refused link: file:///C:/Windows/System32/calc.exe')
  })

  it('denies every new window, also one on the app origin, and refuses <webview>', async () => {
    const { electron, window } = await packagedShell()
    expect(window.webContents.openWindow('app://clientadministratie/index.html')).toEqual({ action: 'deny' })
    expect(window.webContents.openWindow('mailto:begeleider@zorggroep.nl')).toEqual({ action: 'deny' })
    expect(window.webContents.attachWebview()).toBe(true)
    await settle()
    expect(electron.shell.openExternal.mock.calls).toEqual([['mailto:begeleider@zorggroep.nl']])
  })

  it('guards every WebContents Electron creates, not only the main window', async () => {
    const { electron } = await packagedShell()
    const other = new electron.BrowserWindow({})
    expect(other.webContents.navigate('https://aanvaller.example/')).toBe(true)
    expect(other.webContents.openWindow('https://aanvaller.example/')).toEqual({ action: 'deny' })
  })
})

describe('app:// as the shell wires it (spec S4)', () => {
  it('serves the renderer folder with the CSP', async () => {
    const { electron } = await packagedShell()
    const response = await electron.protocol.fetch('app://clientadministratie/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<div id="app">')
  })

  it.each([
    ['%2e%2e/main/index.ts', 'src/main/index.ts'],
    ['%2e%2e/%2e%2e/package.json', 'package.json'],
    ['..%2f..%2fpackage.json', 'package.json'],
    ['%2E%2E%5C%2E%2E%5Cpackage.json', 'package.json'],
  ])('refuses app://clientadministratie/%s, which would reach %s', async (path, target) => {
    expect(existsSync(resolve(repo, target))).toBe(true)
    const { electron } = await packagedShell()
    const response = await electron.protocol.fetch(`app://clientadministratie/${path}`)
    expect(response.status).toBe(404)
  })

  it('refuses another host and anything but reading', async () => {
    const { electron } = await packagedShell()
    expect((await electron.protocol.fetch('app://anders/index.html')).status).toBe(404)
    expect((await electron.protocol.fetch('app://clientadministratie/index.html', { method: 'POST', body: 'x' })).status).toBe(405)
  })
})
