/** The part of Electron's `WebFrameMain` the sender check needs (so tests and Playwright can supply one). */
export interface SenderFrame {
  readonly url: string
  /** `null` for the top frame of a window. */
  readonly parent: unknown
}

/** `app://clientadministratie/x` → `app://clientadministratie`; undefined for unparsable URLs. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    // WHATWG gives non-special schemes such as app: the opaque origin "null", so build it ourselves.
    if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return undefined
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return undefined
  }
}

/**
 * Spec S3: only the top frame of a page loaded from one of `trustedOrigins` may call main. A missing
 * frame (navigated away or destroyed while the call was under way) is not trusted.
 */
export function createSenderCheck(trustedOrigins: readonly string[]): (frame: SenderFrame | null | undefined) => boolean {
  const allowed = new Set(trustedOrigins)
  return (frame) => {
    if (!frame || frame.parent !== null) return false
    const origin = originOf(frame.url)
    return origin !== undefined && allowed.has(origin)
  }
}
