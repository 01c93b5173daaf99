import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  platform: string
  appName: string
  /** Adds reload-without-cache and developer tools. */
  isDevelopment: boolean
  showAbout(): void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The Dutch application menu. Electron's roles keep the native behaviour and shortcuts; the labels are
 * set explicitly because Electron's own are English.
 */
export function buildApplicationMenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: `Over ${options.appName}`, click: () => options.showAbout() }

  const macAppMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: 'Voorzieningen' },
      separator,
      { role: 'hide', label: `Verberg ${options.appName}` },
      { role: 'hideOthers', label: 'Verberg andere' },
      { role: 'unhide', label: 'Toon alles' },
      separator,
      { role: 'quit', label: `Stop ${options.appName}` },
    ],
  }

  const file: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: isMac ? [{ role: 'close', label: 'Venster sluiten' }] : [{ role: 'quit', label: 'Afsluiten' }],
  }

  const edit: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  }

  const view: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { role: 'reload', label: 'Opnieuw laden' },
      ...(options.isDevelopment
        ? ([
            { role: 'forceReload', label: 'Opnieuw laden zonder cache' },
            { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      separator,
      { role: 'resetZoom', label: 'Ware grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      separator,
      { role: 'togglefullscreen', label: 'Volledig scherm' },
    ],
  }

  const window: MenuItemConstructorOptions = {
    label: 'Venster',
    submenu: [{ role: 'minimize', label: 'Minimaliseren' }, ...(isMac ? [{ role: 'zoom', label: 'Zoomen' } as const] : []), { role: 'close', label: 'Sluiten' }],
  }

  const help: MenuItemConstructorOptions = { label: 'Help', submenu: [about] }

  return isMac ? [macAppMenu, file, edit, view, window] : [file, edit, view, window, help]
}
