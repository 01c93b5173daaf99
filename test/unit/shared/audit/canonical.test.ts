import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalEncode } from '@shared/audit/canonical'

/** The encoding as first written (map, filter, sort, join): the chain's hashes of stored entries rest on it. */
function reference(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) throw new Error('audit.canonicalNumber')
      return Object.is(value, -0) ? '0' : String(value)
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item: unknown) => reference(item === undefined ? null : item)).join(',')}]`
      const record = value as Record<string, unknown>
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
      return `{${keys.map((key) => `${JSON.stringify(key)}:${reference(record[key])}`).join(',')}}`
    }
    default:
      throw new Error('audit.canonicalType')
  }
}

const valueArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ unit: 'binary' }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('value'), { maxKeys: 8 }),
  ),
})).value

describe('canonicalEncode', () => {
  it('encodes every value exactly as the first encoding did (stored hashes stay valid)', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        if (value === undefined) return
        expect(canonicalEncode(value)).toBe(reference(value))
      }),
      { numRuns: 2000 },
    )
  })

  it('sorts keys by UTF-16 code unit, not by locale or code point', () => {
    const value = { b: 1, B: 2, é: 3, '\u{1F600}': 4, '\uFFFF': 5, a: { z: null, y: [undefined, -0] } }
    expect(canonicalEncode(value)).toBe(reference(value))
    expect(canonicalEncode({ b: 1, a: [1.5, -0, null] })).toBe('{"a":[1.5,0,null],"b":1}')
  })
})
