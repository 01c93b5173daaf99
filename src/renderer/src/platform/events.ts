/**
 * Main's messages to the window (`window.appEvents`, exposed by the preload from src/shared/ipc/events.ts).
 * Without the preload (a plain browser) nothing ever arrives, and subscribing does nothing.
 */
import type { WindowEvents } from '@shared/ipc/events'

declare global {
  interface Window {
    readonly appEvents?: WindowEvents
  }
}

const none: WindowEvents = { on: () => () => undefined }

export function platformEvents(): WindowEvents {
  return (typeof window !== 'undefined' ? window.appEvents : undefined) ?? none
}
