import type { MenuItemConstructorOptions } from 'electron'
import type { UiLanguage } from '@shared/i18n/language'
import type { MenuCommand } from '@shared/ipc/events'
import { menuText, type MenuWord } from './menuWords'

export interface MenuOptions {
  platform: string
  appName: string
  /** The UI language the window told main; the menu is rebuilt when it changes. */
  language: UiLanguage
  /** Adds reload-without-cache and developer tools. */
  isDevelopment: boolean
  showAbout(): void
  /** A backup command; the shell passes it to the window (`menu:command`). */
  onCommand(command: MenuCommand): void
  /** Help → Manual; the shell asks the window to open it (`menu:help`). */
  openHelp(): void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The application menu in the UI language. Electron's roles keep the native behaviour and shortcuts; the
 * labels are set explicitly because Electron's own follow the system, not the app.
 */
export function buildApplicationMenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const label = (word: MenuWord) => menuText(options.language, word, { app: options.appName })
  const about: MenuItemConstructorOptions = { label: label('about'), click: () => options.showAbout() }

  const macAppMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: label('services') },
      separator,
      { role: 'hide', label: label('hide') },
      { role: 'hideOthers', label: label('hideOthers') },
      { role: 'unhide', label: label('unhide') },
      separator,
      { role: 'quit', label: label('quit') },
    ],
  }

  const file: MenuItemConstructorOptions = {
    label: label('file'),
    submenu: [
      { label: label('makeBackup'), click: () => options.onCommand('make-backup') },
      { label: label('restoreBackup'), click: () => options.onCommand('restore-backup') },
      separator,
      isMac ? { role: 'close', label: label('closeWindow') } : { role: 'quit', label: label('exit') },
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: label('edit'),
    submenu: [
      { role: 'undo', label: label('undo') },
      { role: 'redo', label: label('redo') },
      separator,
      { role: 'cut', label: label('cut') },
      { role: 'copy', label: label('copy') },
      { role: 'paste', label: label('paste') },
      { role: 'selectAll', label: label('selectAll') },
    ],
  }

  const view: MenuItemConstructorOptions = {
    label: label('view'),
    submenu: [
      { role: 'reload', label: label('reload') },
      ...(options.isDevelopment
        ? ([
            { role: 'forceReload', label: label('forceReload') },
            { role: 'toggleDevTools', label: label('devTools') },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      separator,
      { role: 'resetZoom', label: label('resetZoom') },
      { role: 'zoomIn', label: label('zoomIn') },
      { role: 'zoomOut', label: label('zoomOut') },
      separator,
      { role: 'togglefullscreen', label: label('fullScreen') },
    ],
  }

  const window: MenuItemConstructorOptions = {
    label: label('window'),
    submenu: [
      { role: 'minimize', label: label('minimize') },
      ...(isMac ? [{ role: 'zoom', label: label('zoom') } as const] : []),
      { role: 'close', label: label('close') },
    ],
  }

  // F1 as on Windows; the window also answers F1 itself, for the browser it runs in under test.
  const manual: MenuItemConstructorOptions = { label: label('manual'), accelerator: 'F1', click: () => options.openHelp() }
  // On macOS "About" stays in the application menu, where Mac users look for it.
  const help: MenuItemConstructorOptions = isMac
    ? { role: 'help', label: label('help'), submenu: [manual] }
    : { label: label('help'), submenu: [manual, separator, about] }

  return isMac ? [macAppMenu, file, edit, view, window, help] : [file, edit, view, window, help]
}
