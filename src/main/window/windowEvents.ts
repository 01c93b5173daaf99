import { windowEvents, type WindowEventName, type WindowEventPayload } from '@shared/ipc/events'

/** The part of Electron's `WebContents` that sends to the window. */
export interface EventReceiver {
  send(channel: string, payload: unknown): void
}

/** Sends one of the declared window events (src/shared/ipc/events.ts), its payload checked first. */
export function sendWindowEvent<E extends WindowEventName>(contents: EventReceiver, event: E, payload: WindowEventPayload<E>): void {
  contents.send(event, windowEvents[event].parse(payload))
}
