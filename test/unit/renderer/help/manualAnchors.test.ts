import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { routes } from '../../../../src/renderer/src/router'
import { HELP_SECTIONS, headingAnchor } from '../../../../src/shared/help/sections'

const docs = join(import.meta.dirname, '../../../../docs')
const manual = readFileSync(join(docs, 'handleiding.md'), 'utf8')
// Outside fenced code, a line starting with hashes is a heading.
const headings = manual
  .split('\n')
  .map((line) => /^(#{2,6})\s+(.+?)\s*$/.exec(line))
  .filter((match) => match !== null)
  .map((match) => ({ depth: match[1]!.length, anchor: headingAnchor(match[2]!) }))
const anchors = new Set(headings.map((heading) => heading.anchor))
const sectionAnchors = new Set(headings.filter((heading) => heading.depth === 2).map((heading) => heading.anchor))

describe('the manual (docs/handleiding.md) and the links into it', () => {
  it('has a section heading for every help section a screen may point to', () => {
    for (const section of HELP_SECTIONS) expect(sectionAnchors, section).toContain(section)
  })

  it('gives every screen a help section that exists', () => {
    const screens = routes.filter((route) => route.name !== undefined && route.name !== 'help' && route.component !== undefined)
    expect(screens.length).toBeGreaterThan(10)
    for (const route of screens) {
      const help = route.meta?.help
      expect(help, `${String(route.name)} has no meta.help`).toBeDefined()
      expect(sectionAnchors, `${String(route.name)} → ${help}`).toContain(help)
    }
  })

  it('has no two headings with the same anchor', () => {
    expect(anchors.size).toBe(headings.length)
  })

  it('links only to its own headings', () => {
    const links = [...manual.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(anchors, link).toContain(link)
  })

  it('shows only screenshots that exist in docs/handleiding/', () => {
    const images = [...manual.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((match) => ({ alt: match[1]!, path: match[2]! }))
    expect(images.length).toBeGreaterThan(10)
    for (const image of images) {
      expect(image.alt, image.path).not.toBe('')
      expect(image.path).toMatch(/^handleiding\/[a-z0-9-]+\.png$/)
      expect(existsSync(join(docs, image.path)), image.path).toBe(true)
    }
  })
})
