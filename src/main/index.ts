/**
 * The Electron shell: wiring only. Everything with logic lives in plain modules next to this file and is
 * tested in Node (test/unit/main). Security choices are listed in docs/security.md.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron'
import { createHandlers } from './ipc/handlers'
import { registerIpcHandlers } from './ipc/router'
import { createSenderCheck, originOf } from './ipc/senderTrust'
import { buildApplicationMenu } from './menu/applicationMenu'
import { createElectronPlatform } from './platform/electronPlatform'
import { APP_ORIGIN, APP_START_URL } from './protocol/appOrigin'
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol/registerAppProtocol'
import { denyPermissions } from './security/permissions'
import { createMainWindow } from './window/mainWindow'
import { attachNavigationGuards } from './window/navigationGuards'

const isDevelopment = !app.isPackaged
// `npm run dev` serves the renderer from Vite's dev server; a packaged app never reads this variable.
const devServerUrl = isDevelopment ? process.env['ELECTRON_RENDERER_URL'] : undefined
const devOrigin = devServerUrl === undefined ? undefined : originOf(devServerUrl)
const appOrigins = devOrigin === undefined ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin]
const log = (message: string) => console.warn(`[beveiliging] ${message}`)

let mainWindow: BrowserWindow | null = null

registerAppSchemeAsPrivileged()
app.enableSandbox()

// Two instances would share one IndexedDB profile; the second one hands over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('web-contents-created', (_event, contents) => attachNavigationGuards(contents, { appOrigins, shell, log }))
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Cliëntadministratie 24x7', `De toepassing kon niet starten: ${String(error)}`)
      app.exit(1)
    })
}

async function start(): Promise<void> {
  handleAppProtocol({ rootDir: join(__dirname, '../renderer') })
  denyPermissions(session.defaultSession, appOrigins)
  registerIpcHandlers(ipcMain, createHandlers(createElectronPlatform(() => mainWindow)), { isTrustedSender: createSenderCheck(appOrigins) })
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildApplicationMenu({ platform: process.platform, appName: app.getName(), isDevelopment, showAbout })))

  const window = createMainWindow(BrowserWindow, join(__dirname, '../preload/index.cjs'))
  mainWindow = window
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    mainWindow = null
  })
  await window.loadURL(devServerUrl ?? APP_START_URL)
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `Over ${app.getName()}`,
    message: app.getName(),
    detail: `Versie ${app.getVersion()}\nElectron ${process.versions.electron ?? ''}, Chromium ${process.versions.chrome ?? ''}`,
    buttons: ['OK'],
  }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}
