import { z } from 'zod'

/**
 * A zod schema compiled into plain closures for the path where a record is valid: a backup of a million records
 * spends most of its check in zod's general machinery (issue arrays, abort flags, payload objects per value),
 * which a valid record does not need. The compiled check answers exactly as zod would — the same output
 * (trimmed strings, defaults, unknown keys stripped; the input object or array itself where that changes nothing)
 * or "zod finds a problem" — and hands every construct it does not know, and every odd case, to zod itself. It reports no problems: a caller that gets
 * `ok: false` asks zod for the issues (tests: test/unit/shared/backup/compiledSchema.test.ts).
 */
export type CompiledCheck<T> = (input: unknown) => { readonly ok: true; readonly value: T } | { readonly ok: false }

/** What zod would refuse. */
const FAIL: unique symbol = Symbol('fail')
type Fast = (input: unknown) => unknown

/** The parts of zod's internal definitions read here (zod 4's `_zod.def`, `_zod.check`, `_zod.values`). */
interface Def {
  readonly type: string
  readonly check?: string
  readonly checks?: readonly Internal[]
  readonly coerce?: boolean
  readonly format?: string
  readonly pattern?: RegExp
  readonly minimum?: number
  readonly maximum?: number
  readonly value?: number
  readonly inclusive?: boolean
  readonly tx?: (value: unknown) => unknown
  readonly fn?: (value: unknown) => unknown
  readonly when?: (payload: Payload) => boolean
  readonly innerType?: Internal
  readonly element?: Internal
  readonly options?: readonly Internal[]
  readonly shape?: Readonly<Record<string, Internal>>
  readonly catchall?: Internal
  readonly defaultValue?: unknown
}
interface Payload {
  value: unknown
  issues: unknown[]
}
interface Internal {
  readonly _zod: {
    readonly def: Def
    readonly traits: ReadonlySet<string>
    readonly values?: ReadonlySet<unknown>
    readonly optin?: string
    readonly optout?: string
    readonly check?: (payload: Payload) => unknown
  }
  safeParse(input: unknown): { success: boolean; data?: unknown }
}

/** zod itself for this value: used for whatever the compiled path does not cover. */
const byZod =
  (schema: Internal): Fast =>
  (input) => {
    const result = schema.safeParse(input)
    return result.success ? result.data : FAIL
  }

/** Formats whose check is only their pattern (zod's `$ZodStringFormat` without an own check). */
const PATTERN_FORMATS = new Set(['regex', 'email', 'datetime', 'date', 'time', 'uuid'])

/** One check of zod's list: the value it passes on (an `overwrite` such as `trim` changes it), or FAIL. */
function compileCheck(check: Internal): ((value: unknown) => unknown) | null {
  const def = check._zod.def
  switch (def.check) {
    case 'min_length':
      return (value) => ((value as { length: number }).length >= def.minimum! ? value : FAIL)
    case 'max_length':
      return (value) => ((value as { length: number }).length <= def.maximum! ? value : FAIL)
    case 'greater_than':
      return def.inclusive === true ? (value) => ((value as number) >= def.value! ? value : FAIL) : (value) => ((value as number) > def.value! ? value : FAIL)
    case 'less_than':
      return def.inclusive === true ? (value) => ((value as number) <= def.value! ? value : FAIL) : (value) => ((value as number) < def.value! ? value : FAIL)
    case 'number_format':
      // `int()`: zod refuses anything but a safe integer (its range check after that cannot fail then).
      return def.format === 'safeint' ? (value) => (Number.isSafeInteger(value) ? value : FAIL) : null
    case 'overwrite':
      return def.tx === undefined ? null : def.tx
    case 'string_format': {
      const pattern = def.pattern
      if (pattern === undefined || def.format === undefined || !PATTERN_FORMATS.has(def.format)) return null
      return (value) => {
        pattern.lastIndex = 0
        return pattern.test(value as string) ? value : FAIL
      }
    }
    case 'custom': {
      const fn = def.fn
      if (fn === undefined || def.when !== undefined) return null
      return (value) => {
        const result = fn(value)
        // An asynchronous refinement: zod throws for it in a synchronous parse; let it.
        if (result instanceof Promise) throw new Error('compiledSchema.async')
        return result ? value : FAIL
      }
    }
    default:
      return null
  }
}

/** zod's own check, run as zod runs it on a value that has no problem yet. */
function genericCheck(check: Internal): (value: unknown) => unknown {
  const run = check._zod.check
  if (run === undefined) return (value) => value
  const when = check._zod.def.when
  return (value) => {
    const payload: Payload = { value, issues: [] }
    if (when !== undefined && !when(payload)) return value
    if (run(payload) instanceof Promise) throw new Error('compiledSchema.async')
    return payload.issues.length === 0 ? payload.value : FAIL
  }
}

/** The checks zod runs after the type's own parse, in its order (a check schema such as `email()` first). */
function withChecks(schema: Internal, parse: Fast): Fast {
  const list = [...(schema._zod.traits.has('$ZodCheck') ? [schema] : []), ...(schema._zod.def.checks ?? [])]
  if (list.length === 0) return parse
  const checks = list.map((check) => compileCheck(check) ?? genericCheck(check))
  return (input) => {
    let value = parse(input)
    for (let i = 0; i < checks.length && value !== FAIL; i++) value = checks[i]!(value)
    return value
  }
}

interface Field {
  readonly key: string
  readonly field: Internal
  readonly parse: Fast
  /** What zod makes of the key when the record lacks it. */
  readonly absent: 'omit' | 'default' | 'fail' | 'zod'
}

function fieldsOf(shape: Readonly<Record<string, Internal>>, generate: boolean): Field[] {
  return Object.keys(shape).map((key) => {
    const field = shape[key]!
    const absent =
      field._zod.def.type === 'default'
        ? 'default'
        : field._zod.optin === undefined
          ? 'fail'
          : field._zod.optin === 'optional' && field._zod.optout === 'optional'
            ? 'omit'
            : 'zod'
    return { key, field, parse: compile(field, generate), absent }
  })
}

/**
 * Whether code can be generated: zod's own answer (it generates its object parsers the same way), so a
 * renderer whose content security policy forbids `new Function` is not asked again and gets the loop below.
 */
const canGenerate = (): boolean => z.core.util.allowsEval.value && z.config().jitless !== true

/** Records with more fields than this are always copied: presence is kept as bits of one small integer. */
const MAX_SAME_FIELDS = 30

/**
 * Whether zod's output would equal `input` itself: a plain object whose own keys are exactly the fields marked
 * present in `mask`, in the shape's order (zod writes its output in that order). The caller has checked that
 * every field's value came back unchanged. `for in` over an object from JSON.parse allocates nothing.
 */
function isSameRecord(input: object, keys: readonly string[], mask: number): boolean {
  if (Object.getPrototypeOf(input) !== Object.prototype) return false
  let i = 0
  for (const key in input) {
    while (i < keys.length && (mask & (1 << i)) === 0) i++
    if (i === keys.length || key !== keys[i]) return false
    i++
  }
  return mask >>> i === 0
}

/**
 * The object's parse as generated code with its keys written out: a loop storing `out[key]` for a changing
 * key is a slow, generic store in V8, and it is most of the time of a million records. A record the check
 * leaves as it is comes back itself, not copied: a file of a million records then makes no second million.
 */
function generatedObject(fields: readonly Field[], whole: Fast): Fast {
  const canBeSame = fields.length <= MAX_SAME_FIELDS
  const lines = fields.map(({ key, absent }, i) => {
    const name = JSON.stringify(key)
    const bit = i < MAX_SAME_FIELDS ? `mask |= ${2 ** i};` : ''
    const missing = { omit: '', default: `v${i} = fields[${i}].field._zod.def.defaultValue; same = false;`, fail: 'return FAIL;', zod: 'return whole(input);' }[
      absent
    ]
    return `if (!(${name} in input)) { ${missing} } else { const x = input[${name}]; v${i} = parse${i}(x); if (v${i} === FAIL) return FAIL; if (v${i} === undefined) return whole(input); if (v${i} !== x) same = false; ${bit} }`
  })
  const stores = fields.map(({ key }, i) => `if (v${i} !== FAIL) out[${JSON.stringify(key)}] = v${i};`)
  const params = fields.map((_, i) => `parse${i}`)
  const body = `return function (input) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    let same = ${String(canBeSame)};
    let mask = 0;
    ${fields.map((_, i) => `let v${i} = FAIL;`).join(' ')}
    ${lines.join('\n    ')}
    if (same && isSameRecord(input, keys, mask)) return input;
    const out = {};
    ${stores.join('\n    ')}
    return out;
  }`
  // Only the schema's own keys, quoted by JSON.stringify, go into the code: nothing of the file being read.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- see above; zod does the same for its objects
  const factory = new Function('FAIL', 'whole', 'fields', 'isSameRecord', 'keys', ...params, body) as (...args: unknown[]) => Fast
  return factory(
    FAIL,
    whole,
    fields,
    isSameRecord,
    fields.map((f) => f.key),
    ...fields.map((f) => f.parse),
  )
}

function loopedObject(fields: readonly Field[], whole: Fast): Fast {
  const keys = fields.map((f) => f.key)
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL
    const record = input as Record<string, unknown>
    const values: unknown[] = new Array<unknown>(fields.length).fill(FAIL)
    let same = fields.length <= MAX_SAME_FIELDS
    let mask = 0
    for (let i = 0; i < fields.length; i++) {
      const { key, field, parse, absent } = fields[i]!
      if (!(key in record)) {
        if (absent === 'omit') continue
        if (absent === 'fail') return FAIL
        if (absent === 'zod') return whole(input)
        values[i] = field._zod.def.defaultValue
        same = false
        continue
      }
      const value = parse(record[key])
      if (value === FAIL) return FAIL
      // zod's rules for a key whose value comes out undefined are subtle; they cannot arise from JSON.
      if (value === undefined) return whole(input)
      if (value !== record[key]) same = false
      values[i] = value
      if (i < MAX_SAME_FIELDS) mask |= 2 ** i
    }
    if (same && isSameRecord(input, keys, mask)) return input
    const out: Record<string, unknown> = {}
    for (let i = 0; i < fields.length; i++) if (values[i] !== FAIL) out[keys[i]!] = values[i]
    return out
  }
}

function compileObject(schema: Internal, def: Def, generate: boolean): Fast {
  const shape = def.shape
  if (shape === undefined || def.catchall !== undefined) return byZod(schema)
  const fields = fieldsOf(shape, generate)
  return generate ? generatedObject(fields, byZod(schema)) : loopedObject(fields, byZod(schema))
}

function compileType(schema: Internal, generate: boolean): Fast {
  const def = schema._zod.def
  switch (def.type) {
    case 'string':
      return def.coerce === true ? byZod(schema) : (input) => (typeof input === 'string' ? input : FAIL)
    case 'number':
      return def.coerce === true ? byZod(schema) : (input) => (typeof input === 'number' && Number.isFinite(input) ? input : FAIL)
    case 'boolean':
      return def.coerce === true ? byZod(schema) : (input) => (typeof input === 'boolean' ? input : FAIL)
    case 'literal':
    case 'enum': {
      const values = schema._zod.values
      return values === undefined ? byZod(schema) : (input) => (values.has(input) ? input : FAIL)
    }
    case 'unknown':
    case 'any':
      return (input) => input
    case 'nullable': {
      const inner = compile(def.innerType!, generate)
      return (input) => (input === null ? null : inner(input))
    }
    case 'optional': {
      const inner = compile(def.innerType!, generate)
      return (input) => (input === undefined ? byZod(schema)(input) : inner(input))
    }
    case 'default': {
      const inner = compile(def.innerType!, generate)
      return (input) => {
        if (input === undefined) return def.defaultValue
        const value = inner(input)
        return value === undefined ? def.defaultValue : value
      }
    }
    case 'array': {
      const element = compile(def.element!, generate)
      return (input) => {
        if (!Array.isArray(input)) return FAIL
        const items = input as readonly unknown[]
        // The array itself when no element changed, as a record above; a copy from the first that did.
        let out: unknown[] | null = Object.getPrototypeOf(items) === Array.prototype ? null : []
        for (let i = 0; i < items.length; i++) {
          const item = items[i]
          const value: unknown = element(item)
          if (value === FAIL) return FAIL
          if (out === null && value !== item) out = items.slice(0, i)
          if (out !== null) out[i] = value
        }
        return out ?? items
      }
    }
    case 'object':
      return compileObject(schema, def, generate)
    case 'union': {
      const options = (def.options ?? []).map((option) => compile(option, generate))
      return (input) => {
        for (const option of options) {
          const value = option(input)
          if (value !== FAIL) return value
        }
        return FAIL
      }
    }
    default:
      return byZod(schema)
  }
}

function compile(schema: Internal, generate: boolean): Fast {
  const type = schema._zod.def.type
  // These types carry their own checks zod runs inside them; everything else gets the checks after its parse.
  return type === 'object' ||
    type === 'string' ||
    type === 'number' ||
    type === 'boolean' ||
    type === 'array' ||
    type === 'union' ||
    type === 'literal' ||
    type === 'enum'
    ? withChecks(schema, compileType(schema, generate))
    : schema._zod.def.checks?.length
      ? byZod(schema)
      : compileType(schema, generate)
}

/**
 * `schema` compiled once; call the result for each value. `generate: false` keeps to closures, as where code
 * cannot be generated (the tests check both ways).
 */
export function compileSchema<S extends z.ZodType>(schema: S, options: { readonly generate?: boolean } = {}): CompiledCheck<z.output<S>> {
  const fast = compile(schema as unknown as Internal, options.generate ?? canGenerate())
  return (input) => {
    const value = fast(input)
    return value === FAIL ? { ok: false } : { ok: true, value: value as z.output<S> }
  }
}

const compiledOnce = new WeakMap<z.ZodType, CompiledCheck<unknown>>()

/**
 * `schema.safeParse` through its compiled check, compiled at the first call (after the worker has configured
 * zod) and kept: the valid path is fast, a refused value gets zod's own issues.
 */
export function checkWithCompiled<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  let check = compiledOnce.get(schema)
  if (check === undefined) {
    check = compileSchema(schema)
    compiledOnce.set(schema, check)
  }
  const fast = check(input)
  return fast.ok ? { success: true, data: fast.value as z.output<S> } : schema.safeParse(input)
}
