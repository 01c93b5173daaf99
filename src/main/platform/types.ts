import type { UiLanguageService } from './uiLanguage'

/**
 * What the IPC handlers need from the operating system, injected so the handlers are plain functions:
 * Electron provides the real thing (electronPlatform.ts), tests and the Playwright bridge a fake
 * (testPlatform.ts). File paths the handlers write to come from these dialogs, never from the renderer.
 */

export interface FileFilter {
  /** In the UI language, e.g. "Back-up (JSON)". */
  readonly name: string
  /** Without dot: `['json']`. */
  readonly extensions: readonly string[]
}

export interface DialogService {
  /** Absolute folder path, or null when cancelled. */
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>
  /** Absolute file path to write, or null when cancelled. The dialog itself asks before replacing a file. */
  chooseSaveFile(options: { title: string; defaultPath: string; filters: readonly FileFilter[] }): Promise<string | null>
  /** Absolute path of an existing file, or null when cancelled. */
  chooseOpenFile(options: { title: string; defaultPath?: string; filters: readonly FileFilter[] }): Promise<string | null>
}

export interface ShellService {
  /** Shows a folder in Explorer/Finder. Rejects with an AppError when the system cannot open it. */
  openFolder(path: string): Promise<void>
}

/**
 * The system's own store for a user's secrets (Electron `safeStorage`: DPAPI on Windows, the Keychain on
 * macOS, the keyring on Linux). Unavailable where it would only obscure (Linux without a keyring).
 */
export interface SecretStorage {
  isAvailable(): boolean
  encrypt(text: string): Buffer
  decrypt(data: Buffer): string
}

/** The window's answers about closing reach the shell's close path (src/main/backup/closeBackup.ts). */
export interface ClosingService {
  /** The backup on closing is done (`backup:finish-closing`). */
  finished(): void
  /** Whether the window holds unsaved work (`app:set-unsaved-work`). */
  unsavedWork(unsaved: boolean): void
  /** The clerk's answer to closing with unsaved work (`app:answer-close`). */
  answered(close: boolean): void
}

export interface Clock {
  now(): Date
}

export interface AppPaths {
  /** The user's Documents folder: where dialogs start the first time. */
  readonly documents: string
  /** The app's own data folder (Electron's userData): main keeps safety backups here, never the renderer. */
  readonly userData: string
}

export interface AppIdentity {
  readonly name: string
  readonly version: string
  readonly platform: string
}

export interface PlatformServices {
  readonly dialogs: DialogService
  readonly shell: ShellService
  readonly clock: Clock
  readonly paths: AppPaths
  readonly app: AppIdentity
  /** The UI language, for main's own words (dialog titles, the menu). */
  readonly language: UiLanguageService
  /** Where main may keep the backup passphrase between sessions (docs/security.md, "Encrypted backups"). */
  readonly secrets: SecretStorage
  readonly closing: ClosingService
}
