import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { errnoCode } from '../files/fileErrors'
import { originOf } from '../ipc/senderTrust'
import { APP_ORIGIN } from './appOrigin'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
}

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
}

/**
 * Maps a request URL to a file under `rootDir`, or null when it must not be served: another origin,
 * malformed escapes, NUL or backslashes, or any path that would leave `rootDir` (`..`, also encoded as
 * `%2e%2e` or `..%2f`). `/` serves index.html. The browser normalises most of this already; this is the
 * check that does not depend on it.
 */
export function resolveAppFilePath(rootDir: string, requestUrl: string, origin: string = APP_ORIGIN): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (originOf(requestUrl) !== origin) return null

  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..' || /^[A-Za-z]:$/.test(segment))) return null

  const root = resolve(rootDir)
  const file = resolve(root, ...(segments.length > 0 ? segments : ['index.html']))
  return file.startsWith(root + sep) ? file : null
}

export interface AppProtocolOptions {
  /** The built renderer: `out/renderer`. */
  rootDir: string
  /** `app://clientadministratie`; Playwright serves the same files from an http origin. */
  origin?: string
  readFile?: (path: string) => Promise<Uint8Array<ArrayBuffer>>
}

/**
 * The handler behind `protocol.handle('app', …)` (spec S4): serves the built renderer read-only with
 * the CSP and other security headers. A path without extension that is not a file falls back to
 * index.html so a reload on a client-side route still shows the app.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const origin = options.origin ?? APP_ORIGIN
  const read = options.readFile ?? ((path: string) => readFile(path))

  const respond = (status: number, body: Uint8Array<ArrayBuffer> | string, contentType: string) =>
    new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } })

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Methode niet toegestaan', 'text/plain; charset=utf-8')
    const file = resolveAppFilePath(options.rootDir, request.url, origin)
    if (file === null) return respond(404, 'Niet gevonden', 'text/plain; charset=utf-8')

    const candidates = extname(file) === '' ? [file, resolveAppFilePath(options.rootDir, `${origin}/index.html`, origin) ?? file] : [file]
    for (const candidate of candidates) {
      try {
        const body = await read(candidate)
        const type = MIME_TYPES[extname(candidate).toLowerCase()] ?? 'application/octet-stream'
        return respond(200, request.method === 'HEAD' ? '' : body, type)
      } catch (error) {
        if (!['ENOENT', 'EISDIR', 'ENOTDIR'].includes(errnoCode(error) ?? '')) throw error
      }
    }
    return respond(404, 'Niet gevonden', 'text/plain; charset=utf-8')
  }
}
