/**
 * The name of the folder under the system's application-data folder (%APPDATA% on Windows,
 * ~/Library/Application Support on macOS) that holds the app's profile, IndexedDB included.
 *
 * NEVER CHANGE THIS VALUE. IndexedDB is stored per origin (see protocol/appOrigin.ts) AND per profile
 * folder: another folder name — also the one Electron would derive from a renamed product — gives the
 * app an empty database and the users' data seems gone. It is the name Electron has always derived from
 * the product name, so existing installations keep their data. See docs/security.md (S4).
 */
export const USER_DATA_FOLDER = 'Cliëntadministratie 24x7'
