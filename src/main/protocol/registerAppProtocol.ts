import { protocol } from 'electron'
import { APP_SCHEME } from './appOrigin'
import type { AppProtocolOptions } from './appProtocol'
import { createAppProtocolHandler } from './appProtocol'

/**
 * Must run before `app.whenReady()`. `standard` gives app:// real origins (so IndexedDB and relative URLs
 * work), `secure` makes it a secure context, `supportFetchAPI` lets the renderer fetch its own assets.
 * No service workers, no CORS, no streaming: nothing here needs them.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer on app:// (after `app.whenReady()`). */
export function handleAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options))
}
