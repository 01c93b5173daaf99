import { z } from 'zod'

/**
 * The few messages main sends to the window, the other way round from the contract (src/shared/ipc/contract.ts):
 * event name → zod schema of its payload. Main parses before sending (`sendWindowEvent`), the preload parses
 * again before a listener sees it, and a name outside this map is never listened to.
 */
export const windowEvents = {
  /** A command chosen in the application menu; the window opens the same flow as its own button. */
  'menu:command': z.object({ command: z.enum(['make-backup', 'restore-backup']) }),
  /** Help → Manual (F1): the window opens the manual at the section of the screen it shows. */
  'menu:help': z.object({}),
  /**
   * The window is closing and a backup folder is set: make the backup on closing, then call
   * `backup:finish-closing`. Main closes the window after its time limit whether or not that came.
   */
  'app:closing': z.object({ timeLimitSeconds: z.number().int().positive() }),
  /**
   * The window said it has unsaved work (`app:set-unsaved-work`) and is being closed: it asks the clerk
   * ("Wijzigingen opslaan?") and answers with `app:answer-close`; main closes only on `close: true`.
   */
  'app:close-requested': z.object({}),
} as const

export type WindowEventName = keyof typeof windowEvents
export type WindowEventPayload<E extends WindowEventName> = z.infer<(typeof windowEvents)[E]>
export type MenuCommand = WindowEventPayload<'menu:command'>['command']

/** `window.appEvents`: subscribe to one of main's events; returns the unsubscribe. */
export interface WindowEvents {
  on<E extends WindowEventName>(event: E, listener: (payload: WindowEventPayload<E>) => void): () => void
}

/** Subscribes on the underlying channel; returns its unsubscribe. The preload passes `ipcRenderer.on`/`removeListener`. */
export type Subscribe = (event: WindowEventName, listener: (payload: unknown) => void) => () => void

/**
 * Builds `window.appEvents` over `subscribe`: only declared events, and a payload that does not parse is
 * dropped before any listener sees it (main is trusted, but the shape is still the contract's).
 */
export function buildWindowEvents(subscribe: Subscribe): WindowEvents {
  return Object.freeze({
    on<E extends WindowEventName>(event: E, listener: (payload: WindowEventPayload<E>) => void): () => void {
      if (!Object.hasOwn(windowEvents, event)) throw new TypeError(`Unknown window event: ${String(event)}`)
      const schema: z.ZodType = windowEvents[event]
      return subscribe(event, (payload) => {
        const parsed = schema.safeParse(payload)
        // The schema is the event's own, so its output is the listener's payload type.
        if (parsed.success) listener(parsed.data as WindowEventPayload<E>)
      })
    },
  })
}
