/**
 * The sandboxed preload (spec S1, S2): exposes one object, `window.api`, built from the IPC contract.
 * Only named functions cross the bridge — no ipcRenderer, no generic invoke, no events, no process.env.
 * Each function checks its argument with the channel's zod schema and throws before sending anything
 * invalid; main checks again and answers with a Result.
 */
import './zodJitless'
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '@shared/ipc/api'

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
)
