import { sendWindowEvent, type EventReceiver } from '../window/windowEvents'

/** Long enough for a large database's backup on a slow disk, short enough that closing never seems to hang. */
export const CLOSE_BACKUP_TIME_LIMIT_MS = 30_000

/** The part of Electron's `BrowserWindow` the backup on closing needs. */
export interface ClosingWindow {
  on(name: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  close(): void
  isDestroyed(): boolean
  readonly webContents: EventReceiver
}

export interface CloseBackup {
  /** Holds the window's first close until the backup is made (or the time limit passed), then closes it. */
  attach(window: ClosingWindow): void
  /** The window reports that it is done (`backup:finish-closing`). */
  finished(): void
}

/**
 * The backup when the app closes (docs/backup-format.md): only the window holds the data (IndexedDB), so
 * main asks it (`app:closing`) to make the automatic backup into the folder main keeps, as a scheduled one,
 * and waits for `backup:finish-closing`. Whatever happens in the window — an error, a hang, a crash —
 * the window closes after `timeLimitMs`; without a backup folder it closes at once.
 */
export function createCloseBackup(options: { folderIsSet: () => Promise<boolean>; timeLimitMs?: number }): CloseBackup {
  const timeLimitMs = options.timeLimitMs ?? CLOSE_BACKUP_TIME_LIMIT_MS
  let finish: (() => void) | null = null

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
      let state: 'open' | 'backing-up' | 'closing' = 'open'
      window.on('close', (event) => {
        if (state === 'closing') return
        event.preventDefault()
        // A second click on the close button while the backup runs changes nothing.
        if (state === 'backing-up') return
        state = 'backing-up'
        void backUpThenClose(window, () => {
          state = 'closing'
          if (!window.isDestroyed()) window.close()
        })
      })
    },
    finished() {
      finish?.()
    },
  }
}
