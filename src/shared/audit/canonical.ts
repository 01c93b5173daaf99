/**
 * Canonical encoding for hashing audit entries: one byte string per value, whatever the key order or the
 * engine. Objects: keys sorted by UTF-16 code unit, `undefined` members left out. Arrays: in order.
 * Strings: JSON string escaping. Numbers: finite only, integers in decimal, others by the shortest
 * round-trip form (ECMAScript Number#toString), -0 as 0. Booleans and null as JSON. Anything else
 * (NaN, Infinity, functions, symbols, bigint) throws: an entry that cannot be encoded must not be chained.
 */
export function canonicalEncode(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) throw new Error('audit.canonicalNumber')
      return Object.is(value, -0) ? '0' : String(value)
    case 'object':
      return Array.isArray(value) ? encodeArray(value) : encodeObject(value as Record<string, unknown>)
    default:
      throw new Error('audit.canonicalType')
  }
}

// Plain loops and string appends: an import chains tens of thousands of entries of some twenty fields each,
// and the encoding was the largest part of it (tests: test/unit/shared/audit/canonical.test.ts).

function encodeArray(items: readonly unknown[]): string {
  let out = '['
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ','
    const item = items[i]
    out += canonicalEncode(item === undefined ? null : item)
  }
  return `${out}]`
}

/** Encoded keys: the same few field names over and over. */
const encodedKeys = new Map<string, string>()

function encodedKey(key: string): string {
  let encoded = encodedKeys.get(key)
  if (encoded === undefined) {
    encoded = JSON.stringify(key)
    if (encodedKeys.size < 10_000) encodedKeys.set(key, encoded)
  }
  return encoded
}

function encodeObject(record: Record<string, unknown>): string {
  const keys = Object.keys(record)
  // Insertion sort: a record has a handful of keys, often sorted already; `<` compares UTF-16 code units as `sort()` does.
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!
    let j = i - 1
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!
      j--
    }
    keys[j + 1] = key
  }
  let out = '{'
  let first = true
  for (const key of keys) {
    const member = record[key]
    if (member === undefined) continue
    if (!first) out += ','
    first = false
    out += `${encodedKey(key)}:${canonicalEncode(member)}`
  }
  return `${out}}`
}
