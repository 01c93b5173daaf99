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
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalEncode(item === undefined ? null : item)).join(',')}]`
      const record = value as Record<string, unknown>
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalEncode(record[key])}`).join(',')}}`
    }
    default:
      throw new Error('audit.canonicalType')
  }
}
