/**
 * The Electron shell: wiring only. Everything with logic lives in plain modules next to this file and is
 * tested in Node (test/unit/main). Security choices are listed in docs/security.md.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron'
import { menuText } from './menu/menuWords'
import { createBackupScheduleStore } from './backup/backupSchedule'
import { createCloseBackup } from './backup/closeBackup'
import { createHandlers } from './ipc/handlers'
import { registerIpcHandlers } from './ipc/router'
import { createSenderCheck, originOf } from './ipc/senderTrust'
import { buildApplicationMenu } from './menu/applicationMenu'
import { createElectronPlatform } from './platform/electronPlatform'
import { createUiLanguage } from './platform/uiLanguage'
import { USER_DATA_FOLDER } from './platform/userDataFolder'
import { APP_ORIGIN, APP_START_URL } from './protocol/appOrigin'
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol/registerAppProtocol'
import { denyPermissions } from './security/permissions'
import { createMainWindow } from './window/mainWindow'
import { attachNavigationGuards } from './window/navigationGuards'
import { sendWindowEvent } from './window/windowEvents'
import type { MenuCommand } from '@shared/ipc/events'

const isDevelopment = !app.isPackaged
// `npm run dev` serves the renderer from Vite's dev server; a packaged app never reads this variable.
const devServerUrl = isDevelopment ? process.env['ELECTRON_RENDERER_URL'] : undefined
const devOrigin = devServerUrl === undefined ? undefined : originOf(devServerUrl)
const appOrigins = devOrigin === undefined ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin]
const log = (message: string) => console.warn(`[security] ${message}`)

let mainWindow: BrowserWindow | null = null
// Dutch until the window tells its UI language; the menu follows every change.
const language = createUiLanguage(() => setMenu())
// The backup on closing, when a backup folder is set; read afresh, so a folder chosen a minute ago counts.
const closeBackup = createCloseBackup({ folderIsSet: async () => (await createBackupScheduleStore(app.getPath('userData')).read()).folder !== null })

// Fixed profile folder, set before anything reads it: a renamed product must not lose the database (S4).
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER))
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
      dialog.showErrorBox('Cliëntadministratie 24x7', menuText(language.current(), 'startFailed', { error: String(error) }))
      app.exit(1)
    })
}

async function start(): Promise<void> {
  handleAppProtocol({ rootDir: join(__dirname, '../renderer') })
  denyPermissions(session.defaultSession, appOrigins)
  registerIpcHandlers(ipcMain, createHandlers(createElectronPlatform(() => mainWindow, language, closeBackup)), {
    isTrustedSender: createSenderCheck(appOrigins),
  })
  setMenu()

  const window = createMainWindow(BrowserWindow, join(__dirname, '../preload/index.cjs'))
  mainWindow = window
  window.once('ready-to-show', () => window.show())
  closeBackup.attach(window)
  window.on('closed', () => {
    mainWindow = null
  })
  await window.loadURL(devServerUrl ?? APP_START_URL)
}

function setMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildApplicationMenu({ platform: process.platform, appName: app.getName(), language: language.current(), isDevelopment, showAbout, onCommand, openHelp }),
    ),
  )
}

/** A backup command from the File menu: the window opens the same flow as its own button. */
function onCommand(command: MenuCommand): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  sendWindowEvent(mainWindow.webContents, 'menu:command', { command })
}

/** Help → Manual (F1): the window opens the manual at the section of the screen it shows. */
function openHelp(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  sendWindowEvent(mainWindow.webContents, 'menu:help', {})
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: menuText(language.current(), 'about', { app: app.getName() }),
    message: app.getName(),
    detail: menuText(language.current(), 'aboutDetail', {
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
    }),
    buttons: ['OK'],
  }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}
