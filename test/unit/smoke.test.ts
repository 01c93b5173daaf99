import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'

describe('renderer entry', () => {
  it('declares a Content-Security-Policy without inline script or eval', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
  })
})
