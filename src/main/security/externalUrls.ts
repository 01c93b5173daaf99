/**
 * Spec S5: `shell.openExternal` only for https: web pages and mailto: addresses (a partner's website, an
 * e-mail to a begeleider). Everything else — file:, smb:, custom app schemes, http:, URLs with
 * credentials — could start programs or leak data and is refused.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:'])

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  return parsed.pathname.includes('@')
}

/** The part of Electron's `shell` used here. */
export interface ExternalOpener {
  openExternal(url: string): Promise<void>
}

/** Opens an allowed URL in the default browser or mail program; returns whether it did. */
export async function openExternalIfAllowed(shell: ExternalOpener, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  /** Reviewed: only after isAllowedExternalUrl (https:/mailto:). // eng-disable OPEN_EXTERNAL_JS_CHECK */ await shell.openExternal(url)
  return true
}
