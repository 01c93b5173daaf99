/**
 * The sandboxed preload (spec S1, S2): exposes `window.api`, built from the IPC contract, and
 * `window.appEvents`, built from the window-event map (src/shared/ipc/events.ts).
 * Only named functions cross the bridge — no ipcRenderer, no generic invoke or send, no process.env.
 * Each function checks its argument with the channel's zod schema and throws before sending anything
 * invalid; main checks again and answers with a Result. Events are listened to only by declared name,
 * and their payload is parsed before a listener sees it.
 */
import './zodJitless'
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildApi } from '@shared/ipc/api'
import { buildWindowEvents } from '@shared/ipc/events'

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
)

contextBridge.exposeInMainWorld(
  'appEvents',
  buildWindowEvents((event, listener) => {
    // The Electron event (with its sender) stays here; only the payload goes on.
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(event, relay)
    return () => void ipcRenderer.removeListener(event, relay)
  }),
)
