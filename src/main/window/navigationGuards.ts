import type { ExternalOpener } from '../security/externalUrls'
import { openExternalIfAllowed } from '../security/externalUrls'
import { originOf } from '../ipc/senderTrust'

/** The part of Electron's `WebContents` the guards use. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: { readonly url: string; preventDefault(): void }) => void): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void
}

export interface NavigationGuardOptions {
  /** Origins the window may navigate within: the app's own. */
  appOrigins: readonly string[]
  shell: ExternalOpener
  log?(message: string): void
}

/**
 * Spec S5: the window never leaves the app. A navigation to another origin is cancelled, new windows are
 * always denied, and in both cases an allowed https:/mailto: link opens in the system's browser or mail
 * program instead. <webview> is refused outright. Attach to every WebContents (`web-contents-created`).
 */
export function attachNavigationGuards(contents: GuardedContents, options: NavigationGuardOptions): void {
  const appOrigins = new Set(options.appOrigins)
  const openOutside = (url: string) => {
    openExternalIfAllowed(options.shell, url).then(
      (opened) => {
        if (!opened) options.log?.(`refused link: ${url}`)
      },
      (error: unknown) => options.log?.(`could not open link: ${url} (${String(error)})`),
    )
  }

  contents.on('will-navigate', (event) => {
    const origin = originOf(event.url)
    if (origin !== undefined && appOrigins.has(origin)) return
    event.preventDefault()
    openOutside(event.url)
  })
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
