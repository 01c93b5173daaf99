import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { app, dialog, safeStorage, shell } from 'electron'
import { AppError } from '../appError'
import type { ClosingService, FileFilter, PlatformServices } from './types'
import type { UiLanguageService } from './uiLanguage'

const toElectronFilters = (filters: readonly FileFilter[]) => filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))

/**
 * The real platform: native dialogs attached to the main window (so they are modal), Explorer/Finder,
 * the system clock. Kept free of logic; everything it returns is checked by the handlers.
 */
export function createElectronPlatform(getWindow: () => BrowserWindow | null, language: UiLanguageService, closing: ClosingService): PlatformServices {
  const showOpen = (options: OpenDialogOptions) => {
    const window = getWindow()
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
  }
  const showSave = (options: SaveDialogOptions) => {
    const window = getWindow()
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
  }

  return {
    dialogs: {
      async chooseFolder({ title, defaultPath }) {
        const result = await showOpen({ title, defaultPath, properties: ['openDirectory', 'createDirectory'] })
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      async chooseSaveFile({ title, defaultPath, filters }) {
        const result = await showSave({
          title,
          defaultPath,
          filters: toElectronFilters(filters),
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        })
        return result.canceled || !result.filePath ? null : result.filePath
      },
      async chooseOpenFile({ title, defaultPath, filters }) {
        const result = await showOpen({ title, defaultPath, filters: toElectronFilters(filters), properties: ['openFile'] })
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
    },
    shell: {
      async openFolder(path) {
        const problem = await shell.openPath(path)
        if (problem !== '') throw new AppError('open-failed', { reason: problem })
      },
    },
    clock: { now: () => new Date() },
    paths: { documents: app.getPath('documents'), userData: app.getPath('userData') },
    app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    language,
    secrets: {
      // Linux without a keyring falls back to a fixed key ('basic_text'): that would only obscure, so it counts as none.
      isAvailable: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
      encrypt: (text) => safeStorage.encryptString(text),
      decrypt: (data) => safeStorage.decryptString(data),
    },
    closing,
  }
}
