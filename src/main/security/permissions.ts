import { originOf } from '../ipc/senderTrust'

/**
 * Permissions the app's own pages get. Only `persistent-storage`: without it Chromium may evict the
 * IndexedDB database under disk pressure, and that database is the whole administration (spec D2,
 * `navigator.storage.persist()`). It gives the page no new capability.
 */
const GRANTED_TO_APP = new Set(['persistent-storage'])

export function isPermissionGranted(permission: string, requestingUrl: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(requestingUrl)
  return GRANTED_TO_APP.has(permission) && origin !== undefined && appOrigins.includes(origin)
}

/** The part of Electron's `Session` used here. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { readonly requestingUrl: string }) => void,
  ): void
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void
  setDevicePermissionHandler(handler: () => boolean): void
}

/**
 * Spec S5: every permission request is denied (camera, microphone, notifications, geolocation, clipboard
 * reading, HID/USB/serial devices, …) except `persistent-storage` for the app itself.
 */
export function denyPermissions(session: PermissionSession, appOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, appOrigins)),
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, appOrigins))
  session.setDevicePermissionHandler(() => false)
}
