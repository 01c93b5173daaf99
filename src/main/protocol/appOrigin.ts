/**
 * Where the renderer is served from: `app://clientadministratie`.
 *
 * NEVER CHANGE THESE VALUES. IndexedDB (the whole administration) is stored per origin: a different
 * scheme or host — also a renamed product or a switch back to file:// — gives the app an empty database
 * and the users' data seems gone (this happened to Electron apps, see electron/electron#37702 and
 * Kong/insomnia#9002). A rename of the product changes nothing here. See docs/security.md (S4).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'clientadministratie'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the window opens. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`
