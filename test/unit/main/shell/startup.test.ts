import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_START_URL } from '../../../../src/main/protocol/appOrigin'
import { USER_DATA_FOLDER } from '../../../../src/main/platform/userDataFolder'
import { loadShell } from './loadShell'

const mainFolder = resolve(__dirname, '../../../../src/main')

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined))
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('the shell before ready (spec S1, S4)', () => {
  it('registers app:// as a privileged scheme and turns on the sandbox before Electron is ready', async () => {
    const electron = await loadShell({ isPackaged: true }, { ready: false })
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce()
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce()
    expect(electron.windows).toEqual([])
    expect(electron.ipcMain.channels()).toEqual([])
  })

  it('sets the fixed user-data folder before Electron is ready, so a renamed product keeps its database', async () => {
    const electron = await loadShell({ isPackaged: true }, { ready: false })
    expect(electron.app.getPath('userData')).toBe(join('/home/gebruiker/appData', USER_DATA_FOLDER))
  })

  it('quits without registering anything when another instance holds the lock', async () => {
    const electron = await loadShell({ isPackaged: true, singleInstanceLock: false })
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.windows).toEqual([])
    expect(electron.ipcMain.channels()).toEqual([])
    expect(electron.app.listenerCount('web-contents-created')).toBe(0)
  })
})

describe('the shell once ready', () => {
  it('opens one window with the sandboxed options and the built preload, and loads the app origin', async () => {
    const electron = await loadShell({ isPackaged: true })
    expect(electron.windows).toHaveLength(1)
    const [window] = electron.windows
    expect(window?.options.webPreferences).toMatchObject({
      preload: resolve(mainFolder, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    })
    expect(window?.loadedUrls).toEqual([APP_START_URL])
    expect(window?.show).not.toHaveBeenCalled()
    window?.emit('ready-to-show')
    expect(window?.show).toHaveBeenCalledOnce()
  })

  it('shows an error box and exits with 1 when the window cannot load', async () => {
    const electron = await loadShell({ isPackaged: true, loadError: new Error('ERR_FILE_NOT_FOUND') })
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Cliëntadministratie 24x7', 'De toepassing kon niet starten: Error: ERR_FILE_NOT_FOUND')
    expect(electron.app.exit).toHaveBeenCalledWith(1)
  })

  it('brings the window back when a second instance starts', async () => {
    const electron = await loadShell({ isPackaged: true })
    const [window] = electron.windows
    if (!window) throw new Error('no window')
    window.minimized = true
    electron.app.emit('second-instance')
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
  })
})

describe('closing the window', () => {
  it('quits the app and forgets the closed window', async () => {
    const electron = await loadShell({ isPackaged: true })
    const [window] = electron.windows
    if (!window) throw new Error('no window')
    window.close()
    // Closing first looks (in the app's data folder) whether a backup on closing is due: none here.
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce())
    // A second instance arriving while the app shuts down must not touch the destroyed window.
    expect(() => electron.app.emit('second-instance')).not.toThrow()
    expect(window.focus).not.toHaveBeenCalled()
  })
})
