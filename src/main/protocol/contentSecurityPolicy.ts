/**
 * The renderer's Content-Security-Policy (spec S5), sent as a response header by the app:// handler.
 * `src/renderer/index.html` carries the same directives in a meta tag as a fallback (a unit test keeps
 * the two equal); `frame-ancestors` only works as a header.
 *
 * - No 'unsafe-eval' and no remote hosts anywhere: the app is offline and loads only its own files.
 * - `style-src 'unsafe-inline'`: PrimeVue's styled mode writes its theme into <style> elements at run
 *   time and components set inline styles. A nonce would need per-response HTML rewriting and still not
 *   cover style attributes. Injected CSS cannot run script, and with every other directive limited to
 *   'self' (no remote img/font/connect) it has nowhere to send data.
 * - `img-src data:`, `font-src data:`: icons and fonts bundled as data URLs.
 */
export const CSP_DIRECTIVES: readonly (readonly [directive: string, sources: string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
]

/** Directives that a <meta> tag cannot carry. */
export const CSP_HEADER_ONLY_DIRECTIVES: readonly (readonly [directive: string, sources: string])[] = [['frame-ancestors', "'none'"]]

const join = (directives: readonly (readonly [string, string])[]) => directives.map(([name, sources]) => `${name} ${sources}`).join('; ')

export const CONTENT_SECURITY_POLICY = join([...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES])
/** The text the meta tag in index.html must contain. */
export const CONTENT_SECURITY_POLICY_META = join(CSP_DIRECTIVES)
