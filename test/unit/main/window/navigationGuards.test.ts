import { describe, expect, it, vi } from 'vitest'
import type { GuardedContents } from '../../../../src/main/window/navigationGuards'
import { attachNavigationGuards } from '../../../../src/main/window/navigationGuards'

function guardedContents() {
  const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>()
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  const contents: GuardedContents = {
    on: (event: string, listener: (event: { url: string; preventDefault(): void }) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => void (openHandler = handler),
  }
  const shell = { openExternal: vi.fn(() => Promise.resolve()) }
  attachNavigationGuards(contents, { appOrigins: ['app://clientadministratie'], shell })
  const navigate = (url: string) => {
    const event = { url, preventDefault: vi.fn() }
    listeners.get('will-navigate')?.(event)
    return event.preventDefault.mock.calls.length > 0
  }
  return { listeners, shell, navigate, openWindow: (url: string) => openHandler?.({ url }) }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('navigation guards (spec S5)', () => {
  it('lets the window navigate within the app', () => {
    expect(guardedContents().navigate('app://clientadministratie/index.html#/clienten')).toBe(false)
  })

  it.each(['https://example.com/', 'file:///C:/Users/x/rapport.html', 'app://anders/index.html', 'http://127.0.0.1:5173/'])(
    'cancels navigation to %s',
    (url) => {
      expect(guardedContents().navigate(url)).toBe(true)
    },
  )

  it('opens an allowed link in the system browser instead of navigating', async () => {
    const { navigate, shell } = guardedContents()
    expect(navigate('https://www.zorggroep-noord.nl/')).toBe(true)
    await flush()
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.zorggroep-noord.nl/')
  })

  it('denies every new window and hands only allowed links to the system', async () => {
    const { openWindow, shell } = guardedContents()
    expect(openWindow('mailto:begeleider@zorggroep.nl')).toEqual({ action: 'deny' })
    expect(openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' })
    expect(openWindow('app://clientadministratie/index.html')).toEqual({ action: 'deny' })
    await flush()
    expect(shell.openExternal.mock.calls).toEqual([['mailto:begeleider@zorggroep.nl']])
  })

  it('refuses <webview>', () => {
    const { listeners } = guardedContents()
    const event = { url: '', preventDefault: vi.fn() }
    listeners.get('will-attach-webview')?.(event)
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
