import { sendWindowEvent, type EventReceiver } from '../window/windowEvents'

/** Long enough for a large database's backup on a slow disk, short enough that closing never seems to hang. */
export const CLOSE_BACKUP_TIME_LIMIT_MS = 30_000

/** The part of Electron's `BrowserWindow` the backup on closing needs. */
export interface ClosingWindow {
  on(name: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  close(): void
  isDestroyed(): boolean
  readonly webContents: EventReceiver & { on(name: 'render-process-gone', listener: () => void): unknown }
}

export interface CloseBackup {
  /** Holds the window's first close until the backup is made (or the time limit passed), then closes it. */
  attach(window: ClosingWindow): void
  /** The window reports that it is done (`backup:finish-closing`). */
  finished(): void
  /** The window reports whether a form holds unsaved changes (`app:set-unsaved-work`). */
  unsavedWork(unsaved: boolean): void
  /** The clerk's answer to closing with unsaved work (`app:answer-close`). */
  answered(close: boolean): void
}

/**
 * The backup when the app closes (docs/backup-format.md): only the window holds the data (IndexedDB), so
 * main asks it (`app:closing`) to make the automatic backup into the folder main keeps, as a scheduled one,
 * and waits for `backup:finish-closing`. Whatever happens in the window — an error, a hang, a crash —
 * the window closes after `timeLimitMs`; without a backup folder it closes at once.
 *
 * Before that, when the window has said it holds unsaved work, main asks it (`app:close-requested`) rather
 * than showing a dialog of its own: the window's "Wijzigingen opslaan?" runs the form's own save and
 * validation, which main cannot. Its answer (`app:answer-close`) closes or keeps the window open; this wait has
 * no time limit, since the clerk is deciding, but a window whose page is gone has nothing left to ask.
 */
export function createCloseBackup(options: { folderIsSet: () => Promise<boolean>; timeLimitMs?: number }): CloseBackup {
  const timeLimitMs = options.timeLimitMs ?? CLOSE_BACKUP_TIME_LIMIT_MS
  let finish: (() => void) | null = null
  let unsaved = false
  let answer: ((close: boolean) => void) | null = null

  async function backUpThenClose(window: ClosingWindow, closeNow: () => void): Promise<void> {
    const folderSet = await options.folderIsSet().catch(() => false)
    if (folderSet && !window.isDestroyed()) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeLimitMs)
        finish = () => {
          clearTimeout(timer)
          resolve()
        }
        try {
          sendWindowEvent(window.webContents, 'app:closing', { timeLimitSeconds: Math.ceil(timeLimitMs / 1000) })
        } catch {
          finish()
        }
      })
    }
    finish = null
    closeNow()
  }

  return {
    attach(window) {
      let state: 'open' | 'asking' | 'backing-up' | 'closing' = 'open'
      const backUp = () => {
        state = 'backing-up'
        void backUpThenClose(window, () => {
          state = 'closing'
          if (!window.isDestroyed()) window.close()
        })
      }
      window.on('close', (event) => {
        if (state === 'closing') return
        event.preventDefault()
        // A second click on the close button while the window asks or the backup runs changes nothing.
        if (state !== 'open') return
        if (!unsaved) return backUp()
        state = 'asking'
        answer = (close) => {
          answer = null
          if (close) backUp()
          else state = 'open'
        }
        try {
          sendWindowEvent(window.webContents, 'app:close-requested', {})
        } catch {
          answer(true)
        }
      })
      window.webContents.on('render-process-gone', () => {
        unsaved = false
        answer?.(true)
      })
    },
    finished() {
      finish?.()
    },
    unsavedWork(value) {
      unsaved = value
    },
    answered(close) {
      answer?.(close)
    },
  }
}
