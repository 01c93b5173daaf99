import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { summaryJsonSchema } from '@shared/summary'

describe('summaryJsonSchema', () => {
  it('is the schema printed in docs/cli.md', () => {
    const doc = readFileSync(resolve(__dirname, '../../../../docs/cli.md'), 'utf8')
    const block = /### JSON Schema[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc)?.[1]
    expect(block, 'docs/cli.md has a ```json block under "### JSON Schema"').toBeDefined()
    expect(JSON.parse(block ?? '{}')).toEqual(summaryJsonSchema())
  })

  it('describes dates and the closed set of outcomes', () => {
    const text = JSON.stringify(summaryJsonSchema())
    expect(text).toContain('"format":"date"')
    expect(text).toContain('"te kort actief"')
  })
})
