import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ORIGIN, APP_START_URL } from '../../../../src/main/protocol/appOrigin'
import { createAppProtocolHandler, resolveAppFilePath } from '../../../../src/main/protocol/appProtocol'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../../src/main/protocol/contentSecurityPolicy'

const root = join(tmpdir(), 'app-root')

describe('resolveAppFilePath (spec S4)', () => {
  it.each([
    ['app://clientadministratie/', join(root, 'index.html')],
    ['app://clientadministratie/index.html', join(root, 'index.html')],
    ['app://clientadministratie/assets/index-abc.js', join(root, 'assets', 'index-abc.js')],
    ['app://clientadministratie/assets/./a.css?v=1#x', join(root, 'assets', 'a.css')],
    ['app://clientadministratie/fonts/Caf%C3%A9.woff2', join(root, 'fonts', 'Café.woff2')],
  ])('serves %s from the renderer folder', (url, expected) => {
    expect(resolveAppFilePath(root, url)).toBe(expected)
  })

  it.each(['app://clientadministratie/../secret.txt', 'app://clientadministratie/assets/../../secret.txt', 'app://clientadministratie/%2e%2e/secret.txt'])(
    'keeps %s inside the folder (URL parsing drops the dot segments at the root)',
    (url) => {
      expect(resolveAppFilePath(root, url)).toBe(join(root, 'secret.txt'))
    },
  )

  it.each([
    'app://clientadministratie/..%2fsecret.txt',
    'app://clientadministratie/assets/..%2f..%2fsecret.txt',
    'app://clientadministratie/..%5csecret.txt',
    'app://clientadministratie/assets%5c..%5c..%5csecret.txt',
    'app://clientadministratie/C:/Windows/win.ini',
    'app://clientadministratie/%00index.html',
    'app://clientadministratie/%E0%A4%A',
    'app://anders/index.html',
    'http://clientadministratie/index.html',
    'file:///etc/passwd',
    'app://user:pw@clientadministratie/index.html',
    'geen url',
  ])('refuses %s', (url) => {
    expect(resolveAppFilePath(root, url)).toBeNull()
  })
})

describe('createAppProtocolHandler', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'app-protocol-'))
    mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true })
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>')
    writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(dir, 'secret.txt'), 'geheim')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const handler = () => createAppProtocolHandler({ rootDir: join(dir, 'renderer') })

  it('serves the start page with the strict CSP header', async () => {
    const response = await handler()(new Request(APP_START_URL))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>x</title>')
  })

  it('serves scripts with a JavaScript type (module scripts need it)', async () => {
    const response = await handler()(new Request(`${APP_ORIGIN}/assets/app.js`))
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for traversal, without reading outside the folder', async () => {
    const read: string[] = []
    const guarded = createAppProtocolHandler({
      rootDir: join(dir, 'renderer'),
      readFile: (path) => {
        read.push(path)
        return Promise.reject(Object.assign(new Error('nee'), { code: 'ENOENT' }))
      },
    })
    const response = await guarded(new Request(`${APP_ORIGIN}/assets/..%2f..%2fsecret.txt`))
    expect(response.status).toBe(404)
    expect(read).toEqual([])
  })

  it('answers 404 for a missing asset and falls back to index.html for an app route', async () => {
    expect((await handler()(new Request(`${APP_ORIGIN}/assets/missing.js`))).status).toBe(404)
    const route = await handler()(new Request(`${APP_ORIGIN}/clienten`))
    expect(route.status).toBe(200)
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(new Request(APP_START_URL, { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
  })
})

describe('Content-Security-Policy (spec S5)', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources] as const
    }),
  )

  it('never allows eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(directives.get('script-src')).toEqual(["'self'"])
  })

  it('names no remote host in any directive', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) expect(`${name} ${source}`).toMatch(/ ('self'|'none'|'unsafe-inline'|data:)$/)
    }
  })

  it('forbids plugins, base changes, form posts and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('is the same policy as the meta-tag fallback in index.html', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(CONTENT_SECURITY_POLICY_META)
  })
})
