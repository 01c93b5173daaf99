import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions, MessageBoxOptions } from 'electron'
import { vi } from 'vitest'
import type { InvokeEvent, IpcMainLike } from '../../../../src/main/ipc/router'
import type { PermissionSession } from '../../../../src/main/security/permissions'
import type { GuardedContents } from '../../../../src/main/window/navigationGuards'

/**
 * A stand-in for the `electron` module with the parts the shell (`src/main/index.ts`) uses. It behaves
 * like Electron where the shell depends on it (`whenReady` resolves on `ready`, a new window's contents
 * are announced with `web-contents-created`, an invoke on a channel without handler is rejected) and
 * records everything the shell hands over, so a test can drive those handlers as Electron would.
 */

type InvokeListener = Parameters<IpcMainLike['handle']>[1]
type PermissionRequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0]
type PermissionCheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0]
type WindowOpenHandler = Parameters<GuardedContents['setWindowOpenHandler']>[0]
type ProtocolHandler = (request: Request) => Promise<Response>

export interface FakeElectronOptions {
  isPackaged: boolean
  /** false: another instance holds the lock. */
  singleInstanceLock?: boolean
  /** Makes `loadURL` fail, as when the page cannot be loaded. */
  loadError?: Error
  /** Electron's `appData` folder (the user-data folder is made inside it); by default a path that does not exist. */
  appData?: string
}

class FakeApp extends EventEmitter {
  readonly isPackaged: boolean
  readonly enableSandbox = vi.fn(() => {
    if (this.isReady) throw new Error('enableSandbox must be called before the app is ready')
  })
  readonly requestSingleInstanceLock: () => boolean
  readonly quit = vi.fn()
  readonly exit = vi.fn()
  isReady = false
  private readonly readyPromise: Promise<void>
  private resolveReady: () => void = () => undefined

  constructor(options: FakeElectronOptions) {
    super()
    this.isPackaged = options.isPackaged
    const lock = options.singleInstanceLock ?? true
    this.requestSingleInstanceLock = vi.fn(() => lock)
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve))
    if (options.appData !== undefined) this.paths.set('appData', options.appData)
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }
  getName(): string {
    return 'Cliëntadministratie 24x7'
  }
  getVersion(): string {
    return '0.1.0'
  }
  /** Paths set by the shell (the fixed user-data folder) win over the default under the home folder. */
  readonly paths = new Map<string, string>()
  getPath(name: string): string {
    return this.paths.get(name) ?? `/home/gebruiker/${name}`
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path)
  }

  /** What Electron does once it has started: `ready`, and `whenReady()` resolves. */
  becomeReady(): void {
    this.isReady = true
    this.emit('ready')
    this.resolveReady()
  }
}

/** Electron's `WebContents`: the navigation events and the window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined
  readonly openDevTools = vi.fn()
  /** What main sent to the window (`webContents.send`), in order. */
  readonly sent: { channel: string; payload: unknown }[] = []
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  /** Emits `will-navigate` as Chromium does for a link or `location` change; true when the shell cancelled it. */
  navigate(url: string): boolean {
    let prevented = false
    this.emit('will-navigate', { url, preventDefault: () => (prevented = true) })
    return prevented
  }

  /** What `window.open(url)` or a `target=_blank` link asks; Electron opens a window unless told 'deny'. */
  openWindow(url: string): { action: string } {
    return this.windowOpenHandler?.({ url }) ?? { action: 'allow' }
  }

  /** Emits `will-attach-webview`; true when the shell refused the <webview>. */
  attachWebview(): boolean {
    let prevented = false
    this.emit('will-attach-webview', { preventDefault: () => (prevented = true) })
    return prevented
  }
}

interface MenuTemplate {
  readonly template: MenuItemConstructorOptions[]
}

interface Privileges {
  readonly scheme: string
  readonly privileges: Record<string, boolean>
}

export function createFakeElectron(options: FakeElectronOptions) {
  const app = new FakeApp(options)
  const windows: FakeBrowserWindow[] = []

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    readonly loadedUrls: string[] = []
    readonly show = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn()
    minimized = false
    destroyed = false

    constructor(readonly options: BrowserWindowConstructorOptions) {
      super()
      if (!app.isReady) throw new Error('Cannot create BrowserWindow before app is ready')
      windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }

    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url)
      return options.loadError ? Promise.reject(options.loadError) : Promise.resolve()
    }
    isMinimized(): boolean {
      if (this.destroyed) throw new TypeError('Object has been destroyed')
      return this.minimized
    }
    isDestroyed(): boolean {
      return this.destroyed
    }
    /**
     * The user (or the shell) closes the window: Electron emits `close`, which a listener may cancel with
     * `preventDefault()`; otherwise `closed` follows and the object is destroyed.
     */
    close(): void {
      if (this.destroyed) return
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (prevented) return
      this.destroyed = true
      this.emit('closed')
      if (windows.every((window) => window.destroyed)) app.emit('window-all-closed')
    }
  }

  const handlers = new Map<string, InvokeListener>()
  const ipcMain = {
    handle: vi.fn((channel: string, listener: InvokeListener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, listener)
    }),
    handleOnce: vi.fn(),
    on: vi.fn(),
    once: vi.fn(),
    /** `ipcRenderer.invoke` as it arrives in main: the registered handler, or Electron's refusal. */
    invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel)
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`))
      return handler(event, ...args)
    },
    channels: () => [...handlers.keys()],
  } satisfies IpcMainLike & Record<string, unknown>

  const permissions = {
    request: undefined as PermissionRequestHandler | undefined,
    check: undefined as PermissionCheckHandler | undefined,
    device: undefined as (() => boolean) | undefined,
  }
  const defaultSession = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => void (permissions.request = handler),
    setPermissionCheckHandler: (handler: PermissionCheckHandler) => void (permissions.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => void (permissions.device = handler),
  } satisfies PermissionSession
  const session = {
    defaultSession,
    /** A page asks for a permission (`navigator.mediaDevices.getUserMedia`, …): what the shell answers. */
    requestPermission(permission: string, requestingUrl: string): Promise<boolean> {
      const handler = permissions.request
      if (!handler) return Promise.resolve(true) // Electron's default: granted
      return new Promise((resolve) => handler({}, permission, resolve, { requestingUrl }))
    },
    checkPermission: (permission: string, requestingOrigin: string): boolean => permissions.check?.({}, permission, requestingOrigin) ?? true,
    checkDevice: (): boolean => permissions.device?.() ?? true,
  }

  const protocolHandlers = new Map<string, ProtocolHandler>()
  const protocol = {
    privileged: [] as Privileges[],
    registerSchemesAsPrivileged(schemes: Privileges[]) {
      if (app.isReady) throw new Error('registerSchemesAsPrivileged must be called before the app is ready')
      protocol.privileged.push(...schemes)
    },
    handle(scheme: string, handler: ProtocolHandler) {
      protocolHandlers.set(scheme, handler)
    },
    /** A request the page makes on a registered scheme; Chromium's own error when no handler exists. */
    fetch(url: string, init?: RequestInit): Promise<Response> {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1))
      if (!handler) return Promise.reject(new Error(`ERR_UNKNOWN_URL_SCHEME: ${url}`))
      return handler(new Request(url, init))
    },
  }

  const Menu = {
    applied: [] as MenuTemplate[],
    buildFromTemplate: (template: MenuItemConstructorOptions[]): MenuTemplate => ({ template }),
    setApplicationMenu(menu: MenuTemplate) {
      Menu.applied.push(menu)
    },
  }

  const dialog = {
    showErrorBox: vi.fn<(title: string, content: string) => void>(),
    showMessageBox: vi.fn((..._args: [FakeBrowserWindow, MessageBoxOptions] | [MessageBoxOptions]) => Promise.resolve({ response: 0, checkboxChecked: false })),
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
  }

  const shell = {
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    openPath: vi.fn((_path: string) => Promise.resolve('')),
  }

  /** No system secret store, as on Linux without a keyring. */
  const safeStorage = {
    isEncryptionAvailable: () => false,
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: (): Buffer => {
      throw new Error('Encryption is not available.')
    },
    decryptString: (): string => {
      throw new Error('Decryption is not available.')
    },
  }

  /** What `import … from 'electron'` gives the shell. */
  const module = { app, BrowserWindow: FakeBrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell }
  return { ...module, module, windows }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
export type FakeWindow = FakeElectron['windows'][number]
