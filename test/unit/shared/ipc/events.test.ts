import { describe, expect, it, vi } from 'vitest'
import { buildWindowEvents, type Subscribe, type WindowEventName } from '../../../../src/shared/ipc/events'

/** A stand-in for ipcRenderer.on: keeps listeners per event so a test can deliver what main would send. */
function channel() {
  const listeners = new Map<string, ((payload: unknown) => void)[]>()
  const subscribe: Subscribe = (event, listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener])
    return () =>
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((l) => l !== listener),
      )
  }
  const deliver = (event: string, payload: unknown) => (listeners.get(event) ?? []).forEach((listener) => listener(payload))
  return { subscribe, deliver }
}

describe('window events (main → window)', () => {
  it('passes a declared event whose payload parses, and nothing after unsubscribing', () => {
    const { subscribe, deliver } = channel()
    const listener = vi.fn()
    const off = buildWindowEvents(subscribe).on('menu:command', listener)
    deliver('menu:command', { command: 'restore-backup' })
    off()
    deliver('menu:command', { command: 'make-backup' })
    expect(listener.mock.calls).toEqual([[{ command: 'restore-backup' }]])
  })

  it('drops a payload that does not match the event’s schema', () => {
    const { subscribe, deliver } = channel()
    const listener = vi.fn()
    buildWindowEvents(subscribe).on('menu:command', listener)
    deliver('menu:command', { command: 'format-disk' })
    deliver('menu:command', undefined)
    expect(listener).not.toHaveBeenCalled()
  })

  it('refuses to listen to an undeclared event', () => {
    expect(() => buildWindowEvents(channel().subscribe).on('shell:open-external' as WindowEventName, vi.fn())).toThrow('Unknown window event')
  })

  it('passes Help → Manual from the menu as an empty payload', () => {
    const { subscribe, deliver } = channel()
    const listener = vi.fn()
    buildWindowEvents(subscribe).on('menu:help', listener)
    deliver('menu:help', {})
    deliver('menu:help', undefined)
    expect(listener.mock.calls).toEqual([[{}]])
  })
})
