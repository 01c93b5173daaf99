import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBackup, parseBackupText } from '../../../src/cli/backupText'

const HEAD = '{"format":"clientadministratie-24x7-backup","version":3,"exportedAt":"2026-11-23T10:00:00.000Z","data":{\n'

/** The layout `backupJsonChunks` writes: one member of `data` per block, one record per line. */
function streamed(members: readonly (readonly [string, unknown])[], head = HEAD): string {
  const values = members.map(([key, value]) =>
    Array.isArray(value)
      ? `${JSON.stringify(key)}:[${value.length === 0 ? '' : `\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n`}]`
      : `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  )
  return `${head}${values.join(',\n')}\n}}\n`
}

const read = (text: string) => parseBackupText(decodeBackup(Buffer.from(text, 'utf8')))

const SETTINGS = { locale: 'nl', operator: { name: 'Zorg & Co' } }
const CLIENTS = [
  { id: 'c1', name: 'Zoë Çelik', notes: 'regel 1\nregel 2 ],\n"x' },
  { id: 'c2', name: 'Jan', notes: '' },
]
const USAGE = [{ id: 'c1|2026-10', clientId: 'c1', period: '2026-10', callMinutes: 1.5 }]

describe('decodeBackup and parseBackupText', () => {
  it('cut the streamed layout into its tables and give what JSON.parse gives', () => {
    const text = streamed([
      ['settings', SETTINGS],
      ['clients', CLIENTS],
      ['usage', USAGE],
      ['invoices', []],
    ])
    const decoded = decodeBackup(Buffer.from(text, 'utf8'))
    expect(decoded.kind).toBe('parts')
    if (decoded.kind === 'parts') expect(decoded.members.map((m) => m.key)).toEqual(['settings', 'clients', 'usage', 'invoices'])
    expect(parseBackupText(decoded)).toStrictEqual(JSON.parse(text))
  })

  it('read a file written as one line as a whole', () => {
    const text = JSON.stringify({ format: 'x', data: { settings: SETTINGS, clients: CLIENTS } })
    const decoded = decodeBackup(Buffer.from(text, 'utf8'))
    expect(decoded.kind).toBe('whole')
    expect(parseBackupText(decoded)).toStrictEqual(JSON.parse(text))
  })

  it('drop a byte-order mark', () => {
    const text = streamed([['settings', SETTINGS]])
    expect(read(`\ufeff${text}`)).toStrictEqual(JSON.parse(text))
    expect(read(`\ufeff${JSON.stringify({ a: 1 })}`)).toStrictEqual({ a: 1 })
  })

  it('give the same value for layouts that only look like the streamed one', () => {
    const odd = [
      // A nested array with a line break where a table would end.
      `${HEAD}"settings":{"a":1},\n"clients":[[1],\n"x"],\n"usage":[]\n}}`,
      // Duplicate tables: the later wins, in the first one's place.
      `${HEAD}"settings":{"a":1},\n"usage":[1],\n"clients":[],\n"usage":[2]\n}}`,
      // An earlier data key in the header, and more keys after data.
      `{"data":5,"x":1,"data":{\n"settings":{},\n"usage":[]\n},"after":true}`,
      // A key with an escaped quote before it that looks like data.
      `{"a\\"data":{\n"settings":{}\n},"data":{}}`,
      // Whitespace around the closing braces.
      `${HEAD}"settings":{} ,\n"usage":[ ]  \n }\n}\n\n`,
    ]
    for (const text of odd) expect(read(text)).toStrictEqual(JSON.parse(text))
  })

  it('throw for text that is not JSON, as JSON.parse does', () => {
    expect(() => read(`${HEAD}"settings":{},\n"usage":[1,]\n}}`)).toThrow(SyntaxError)
    expect(() => read(`${HEAD}"settings":{},\n"usage":[1]\n}`)).toThrow(SyntaxError)
    expect(() => read('{"a":')).toThrow(SyntaxError)
  })

  it('give exactly what JSON.parse gives for any tables in the streamed layout (property)', () => {
    const key = fc.constantFrom('settings', 'clerks', 'clients', 'usage', 'imports', 'constructor', 'toString')
    const member = fc.tuple(key, fc.oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 })))
    fc.assert(
      fc.property(fc.array(member, { maxLength: 6 }), fc.boolean(), (members, bom) => {
        const text = streamed([['settings', SETTINGS], ...members])
        const parsed: unknown = read(bom ? `\ufeff${text}` : text)
        // Node's own deep equality (vitest's reads an own `constructor` key as the object's type), and key order.
        expect(isDeepStrictEqual(parsed, JSON.parse(text))).toBe(true)
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(JSON.parse(text)))
      }),
    )
  })
})
