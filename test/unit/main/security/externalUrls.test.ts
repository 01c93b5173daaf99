import { describe, expect, it, vi } from 'vitest'
import { isAllowedExternalUrl, openExternalIfAllowed } from '../../../../src/main/security/externalUrls'

describe('external link allowlist (spec S5)', () => {
  it.each([
    'https://www.zorggroep-noord.nl/contact',
    'https://example.com:8443/pad?x=1#y',
    'mailto:begeleider@zorggroep.nl',
    'mailto:a@b.nl?subject=Cli%C3%ABnt%2012',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    'http://example.com',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    '\\\\server\\share\\x.exe',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'app://clientadministratie/index.html',
    'https://user:wachtwoord@example.com/',
    'mailto:',
    'https://',
    'geen url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it('only calls shell.openExternal for allowed URLs', async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) }
    await expect(openExternalIfAllowed(shell, 'file:///etc/passwd')).resolves.toBe(false)
    await expect(openExternalIfAllowed(shell, 'https://example.com/')).resolves.toBe(true)
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/']])
  })
})
