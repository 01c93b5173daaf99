import { describe, expect, it } from 'vitest'
import { renderManual } from '../../../../src/renderer/src/help/renderManual'

const markdown = `# Handleiding

Inleiding.

## Werklijsten

Zie [Cliënten](#cliënten).

![De werklijsten](handleiding/werklijsten.png)

### Naar Excel

## Cliënten

![Ontbreekt](handleiding/ontbreekt.png)
`

describe('renderManual', () => {
  const urls = new Map([['werklijsten.png', './assets/werklijsten-abc123.png']])
  const { html, contents } = renderManual(markdown, (name) => urls.get(name))

  it('lists the sections (##) as the table of contents, with their anchors', () => {
    expect(contents).toEqual([
      { anchor: 'werklijsten', text: 'Werklijsten' },
      { anchor: 'cliënten', text: 'Cliënten' },
    ])
  })

  it('gives every heading its anchor as id and leaves the title out (the screen has its own)', () => {
    expect(html).toContain('<h2 id="werklijsten">Werklijsten</h2>')
    expect(html).toContain('<h3 id="naar-excel">Naar Excel</h3>')
    expect(html).toContain('<h2 id="cliënten">Cliënten</h2>')
    expect(html).not.toContain('<h1')
  })

  it('points an image at the URL the build gave its file, at the screenshot size, and drops one without a file', () => {
    expect(html).toContain('<img src="./assets/werklijsten-abc123.png" alt="De werklijsten" width="1360" height="860" loading="lazy">')
    expect(html).not.toContain('ontbreekt')
  })

  it('keeps links to sections as anchors (URL-encoded; the Help screen decodes them)', () => {
    expect(html).toContain('<a href="#cli%C3%ABnten">Cliënten</a>')
  })
})
