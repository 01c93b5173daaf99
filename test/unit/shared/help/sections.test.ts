import { describe, expect, it } from 'vitest'
import { HELP_SECTIONS, headingAnchor, isHelpSection } from '../../../../src/shared/help/sections'

describe('headingAnchor', () => {
  it.each([
    ['Werklijsten', 'werklijsten'],
    ['Verbruik inlezen', 'verbruik-inlezen'],
    ['Cliënten', 'cliënten'],
    ["Creditnota's", 'creditnotas'],
    ['PDF, e-factuur en e-mailconcept', 'pdf-e-factuur-en-e-mailconcept'],
    ['Back-ups', 'back-ups'],
    ['  Controles vóór het definitief maken ', 'controles-vóór-het-definitief-maken'],
  ])('makes %j into %j, as GitHub does', (text, anchor) => {
    expect(headingAnchor(text)).toBe(anchor)
  })
})

describe('help sections', () => {
  it('are anchors already (headingAnchor leaves them unchanged) and unique', () => {
    for (const section of HELP_SECTIONS) expect(headingAnchor(section)).toBe(section)
    expect(new Set(HELP_SECTIONS).size).toBe(HELP_SECTIONS.length)
  })

  it('recognises only the declared sections', () => {
    expect(isHelpSection('werklijsten')).toBe(true)
    expect(isHelpSection('Werklijsten')).toBe(false)
    expect(isHelpSection('')).toBe(false)
  })
})
