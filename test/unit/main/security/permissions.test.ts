import { describe, expect, it } from 'vitest'
import type { PermissionSession } from '../../../../src/main/security/permissions'
import { denyPermissions, isPermissionGranted } from '../../../../src/main/security/permissions'

const appOrigins = ['app://clientadministratie']

function captureHandlers() {
  const captured: Partial<{
    request: Parameters<PermissionSession['setPermissionRequestHandler']>[0]
    check: Parameters<PermissionSession['setPermissionCheckHandler']>[0]
    device: Parameters<PermissionSession['setDevicePermissionHandler']>[0]
  }> = {}
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => void (captured.request = handler),
    setPermissionCheckHandler: (handler) => void (captured.check = handler),
    setDevicePermissionHandler: (handler) => void (captured.device = handler),
  }
  denyPermissions(session, appOrigins)
  return captured
}

describe('permission requests (spec S5)', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'fullscreen', 'unknown'])(
    'denies %s, also to the app itself',
    (permission) => {
      const { request, check } = captureHandlers()
      let granted: boolean | undefined
      request?.(null, permission, (answer) => (granted = answer), { requestingUrl: 'app://clientadministratie/index.html' })
      expect(granted).toBe(false)
      expect(check?.(null, permission, 'app://clientadministratie')).toBe(false)
    },
  )

  it('grants persistent storage to the app, so the database is not evicted (spec D2)', () => {
    const { request, check } = captureHandlers()
    let granted: boolean | undefined
    request?.(null, 'persistent-storage', (answer) => (granted = answer), { requestingUrl: 'app://clientadministratie/index.html' })
    expect(granted).toBe(true)
    expect(check?.(null, 'persistent-storage', 'app://clientadministratie')).toBe(true)
  })

  it('does not grant persistent storage to any other origin', () => {
    expect(isPermissionGranted('persistent-storage', 'https://example.com/', appOrigins)).toBe(false)
    expect(isPermissionGranted('persistent-storage', 'file:///C:/index.html', appOrigins)).toBe(false)
  })

  it('denies every device (USB, HID, serial)', () => {
    expect(captureHandlers().device?.()).toBe(false)
  })
})
