import type { BrowserWindowConstructorOptions } from 'electron'

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W

/**
 * Creates the application window (spec S1). The options are written out at the `new BrowserWindow`
 * call itself, so Electronegativity (S6) reads every flag; the class comes in as a parameter so the unit
 * test can check the same options without an Electron binary.
 *
 * `webSecurity` is left at its default (on). Spell checking is off because Electron would download
 * dictionaries from Google's servers, and this app stays offline.
 */
export function createMainWindow<W>(BrowserWindow: WindowConstructor<W>, preloadPath: string): W {
  return new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Cliëntadministratie 24x7',
    backgroundColor: '#ffffff',
    webPreferences: {
      /** Reviewed: one CommonJS bundle exposing only the contract's functions (docs/security.md S2). // eng-disable PRELOAD_JS_CHECK */ preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  })
}
