import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { createMainWindow } from '../../../../src/main/window/mainWindow'

class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('createMainWindow (spec S1)', () => {
  const { options } = createMainWindow(RecordingWindow, '/app/out/preload/index.cjs')
  const prefs = options.webPreferences ?? {}

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
  })

  it('leaves webSecurity at its default and turns nothing unsafe on', () => {
    expect('webSecurity' in prefs).toBe(false)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.disableBlinkFeatures).toContain('Auxclick')
    expect(prefs.navigateOnDragDrop).toBe(false)
  })

  it('loads the single CommonJS preload bundle', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it('does not reach out to the network for spell checking', () => {
    expect(prefs.spellcheck).toBe(false)
  })

  it('stays hidden until the page is ready', () => {
    expect(options.show).toBe(false)
  })
})
