import { basename, join } from 'node:path'
import type { DialogService, PlatformServices, SecretStorage, ShellService } from './types'
import { createUiLanguage } from './uiLanguage'

/** One dialog the handlers opened, for assertions. */
export interface DialogCall {
  readonly kind: 'folder' | 'save' | 'open'
  readonly title: string
  readonly defaultPath: string | undefined
}

export interface TestPlatform extends PlatformServices {
  /** Every dialog shown, in order. */
  readonly dialogCalls: readonly DialogCall[]
  /** Every folder "shown in Explorer". */
  readonly openedFolders: readonly string[]
  /**
   * The answer for the next dialog: a path, or null for "Annuleren". Without a queued answer a folder
   * dialog picks the work folder, a save dialog the suggested name inside it, an open dialog cancels.
   */
  answerNextDialog(answer: string | null): void
  /** How often the window reported it was done closing (`backup:finish-closing`). */
  readonly closingFinished: () => number
  /** What the window last said about unsaved work (`app:set-unsaved-work`). */
  readonly unsavedWork: () => boolean
  /** The window's answers to closing with unsaved work (`app:answer-close`), in order. */
  readonly closeAnswers: () => readonly boolean[]
}

/**
 * Platform services for tests: dialogs answer from a queue or fall back to `folder` (a per-test temp
 * folder), the clock is fixed, nothing touches the real desktop.
 */
export function createTestPlatform(options: {
  folder: string
  /** The app's own data folder; by default inside `folder`. */
  userData?: string
  now?: Date
  version?: string
  platform?: string
  /** The system's secret store; by default none, as on Linux without a keyring (the passphrase is asked each session). */
  secrets?: SecretStorage
}): TestPlatform {
  const dialogCalls: DialogCall[] = []
  const openedFolders: string[] = []
  const answers: (string | null)[] = []
  let closingFinished = 0
  let unsavedWork = false
  const closeAnswers: boolean[] = []
  const now = options.now ?? new Date('2026-11-10T09:00:00+01:00')

  const answer = (fallback: string | null): string | null => (answers.length > 0 ? (answers.shift() ?? null) : fallback)

  const dialogs: DialogService = {
    chooseFolder(dialog) {
      dialogCalls.push({ kind: 'folder', title: dialog.title, defaultPath: dialog.defaultPath })
      return Promise.resolve(answer(options.folder))
    },
    chooseSaveFile(dialog) {
      dialogCalls.push({ kind: 'save', title: dialog.title, defaultPath: dialog.defaultPath })
      return Promise.resolve(answer(join(options.folder, basename(dialog.defaultPath))))
    },
    chooseOpenFile(dialog) {
      dialogCalls.push({ kind: 'open', title: dialog.title, defaultPath: dialog.defaultPath })
      return Promise.resolve(answer(null))
    },
  }
  const shell: ShellService = {
    openFolder(path) {
      openedFolders.push(path)
      return Promise.resolve()
    },
  }
  return {
    dialogs,
    shell,
    clock: { now: () => new Date(now.getTime()) },
    paths: { documents: options.folder, userData: options.userData ?? join(options.folder, 'app-gegevens') },
    app: { name: 'Cliëntadministratie 24x7', version: options.version ?? '0.0.0-test', platform: options.platform ?? process.platform },
    language: createUiLanguage(),
    secrets: options.secrets ?? noSecretStorage,
    closing: {
      finished: () => void closingFinished++,
      unsavedWork: (unsaved) => void (unsavedWork = unsaved),
      answered: (close) => void closeAnswers.push(close),
    },
    closingFinished: () => closingFinished,
    unsavedWork: () => unsavedWork,
    closeAnswers: () => [...closeAnswers],
    dialogCalls,
    openedFolders,
    answerNextDialog(next) {
      answers.push(next)
    },
  }
}

const noSecretStorage: SecretStorage = {
  isAvailable: () => false,
  encrypt: () => {
    throw new Error('no secret storage')
  },
  decrypt: () => {
    throw new Error('no secret storage')
  },
}
