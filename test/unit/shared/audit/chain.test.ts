import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalEncode } from '@shared/audit/canonical'
import { anonymiseAuditEntry, chainEntry, GENESIS_HASH, verifyChain, type ChainBody, type ChainedEntry, type ChainHead } from '@shared/audit/chain'
import { isPersonalField } from '@shared/audit/personal'
import { ANONYMISED_VALUE } from '@shared/model'

const bodyArb: fc.Arbitrary<ChainBody> = fc.record({
  at: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  clerk: fc.string({ minLength: 1, maxLength: 8 }),
  entity: fc.constantFrom('client', 'plan', 'invoice'),
  recordId: fc.string({ maxLength: 6 }),
  action: fc.constantFrom('create', 'update', 'delete'),
  changes: fc.array(
    fc.record({
      field: fc.constantFrom('firstName', 'bsn', 'notes', 'status', 'monthlyFeeCents', 'representatives'),
      before: fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null)),
      after: fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null)),
    }),
    { maxLength: 3 },
  ),
  outcome: fc.constantFrom('ok', 'fout'),
  event: fc.constantFrom('clientCreated', 'clientUpdated'),
  params: fc.dictionary(fc.constantFrom('a', 'b', 'name', 'clientName'), fc.oneof(fc.string({ maxLength: 4 }), fc.integer())),
})

/** Chains bodies with a salt per entry. */
function chain(bodies: readonly ChainBody[]): ChainedEntry[] {
  let head: ChainHead = { count: 0, hash: GENESIS_HASH }
  return bodies.map((body, index) => {
    const entry = chainEntry(body, head, `salt-${index}`)
    head = { count: entry.seq, hash: entry.hash }
    return entry
  })
}

const headOf = (entries: readonly ChainedEntry[]): ChainHead => {
  const last = entries.at(-1)
  return last === undefined ? { count: 0, hash: GENESIS_HASH } : { count: last.seq, hash: last.hash }
}

const chainArb = fc.array(bodyArb, { minLength: 1, maxLength: 8 }).map(chain)

/** One field of one entry changed to a different value (never a personal value to null: that is anonymisation). */
function mutate(entry: ChainedEntry, which: number, text: string): ChainedEntry {
  switch (which % 8) {
    case 0:
      return { ...entry, clerk: `${entry.clerk}${text}x` }
    case 1:
      return { ...entry, at: new Date(Date.parse(entry.at) + 1000).toISOString() }
    case 2:
      return { ...entry, recordId: `${entry.recordId}${text}x` }
    case 3:
      return { ...entry, params: { ...entry.params, extra: text } }
    case 4:
      return { ...entry, outcome: entry.outcome === 'ok' ? 'fout' : 'ok' }
    case 5:
      return { ...entry, seq: entry.seq + 1 }
    case 6:
      return { ...entry, changes: [...entry.changes, { field: 'status', before: null, after: text }] }
    default:
      return entry.changes.length === 0
        ? { ...entry, hash: entry.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }
        : { ...entry, changes: entry.changes.map((c, i) => (i === 0 ? { ...c, after: `${String(c.after)}${text}x` } : c)) }
  }
}

describe('canonicalEncode', () => {
  it('does not depend on key order and leaves out undefined members', () => {
    expect(canonicalEncode({ b: 1, a: 'x', c: undefined })).toBe(canonicalEncode({ a: 'x', b: 1 }))
    expect(canonicalEncode({ b: 1, a: [1.5, -0, null] })).toBe('{"a":[1.5,0,null],"b":1}')
  })
  it('refuses values that have no defined encoding', () => {
    expect(() => canonicalEncode(Number.NaN)).toThrow()
    expect(() => canonicalEncode(Infinity)).toThrow()
    expect(() => canonicalEncode(1n)).toThrow()
  })
})

describe('isPersonalField', () => {
  it('names client names, BSN, birth date, contact data, representatives and notes only', () => {
    for (const field of ['firstName', 'lastName', 'bsn', 'birthDate', 'begeleider.email', 'representatives[0].name', 'notes'])
      expect(isPersonalField('client', field)).toBe(true)
    expect(isPersonalField('client', 'status')).toBe(false)
    expect(isPersonalField('plan', 'notes')).toBe(false)
  })
})

describe('verifyChain', () => {
  it('accepts an untouched chain, fully and incrementally', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), (entries, cut) => {
        const full = verifyChain(entries, undefined, headOf(entries))
        expect(full).toEqual({ ok: true, head: headOf(entries) })
        const k = cut % (entries.length + 1)
        const first = verifyChain(entries.slice(0, k))
        expect(first.ok).toBe(true)
        expect(verifyChain(entries.slice(k), first.head)).toEqual({ ok: true, head: headOf(entries) })
      }),
    )
  })

  it('detects any single change as changed at that entry', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), (entries, at, which, text) => {
        const i = at % entries.length
        const tampered = entries.map((e, j) => (j === i ? mutate(e, which, text) : e))
        const result = verifyChain(tampered, undefined, headOf(entries))
        expect(result.ok).toBe(false)
        if (!result.ok && which % 8 !== 5) expect(result).toMatchObject({ kind: 'changed', seq: i + 1 })
      }),
    )
  })

  it('detects a removed entry, and a removed newest entry against the head kept elsewhere', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), (entries, at) => {
        const i = at % entries.length
        const removed = entries.filter((_, j) => j !== i)
        const result = verifyChain(removed, undefined, headOf(entries))
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result).toMatchObject({ kind: i === entries.length - 1 ? 'truncated' : 'removed', seq: i + 1 })
      }),
    )
  })

  it('detects truncation against the head kept elsewhere', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), (entries, cut) => {
        const k = cut % entries.length
        expect(verifyChain(entries.slice(0, k), undefined, headOf(entries))).toMatchObject({ ok: false, kind: 'truncated', seq: k + 1 })
      }),
    )
  })

  // An entry appended after the newest one is what a genuine write looks like; only insertions before it are tampering.
  it('detects an inserted entry, even one chained properly onto its predecessor', () => {
    fc.assert(
      fc.property(chainArb, bodyArb, fc.nat(), (entries, body, at) => {
        const i = at % entries.length
        const before = headOf(entries.slice(0, i))
        const forged = chainEntry(body, before, 'forged')
        const inserted = [...entries.slice(0, i), forged, ...entries.slice(i)]
        const result = verifyChain(inserted, undefined, headOf(entries))
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result).toMatchObject({ kind: 'inserted', seq: i + 1 })
      }),
    )
  })

  it('stays valid after anonymisation, which removes every personal value', () => {
    fc.assert(
      fc.property(chainArb, fc.array(fc.boolean()), (entries, picks) => {
        const anonymised = entries.map((e, j) => (picks[j] === true ? anonymiseAuditEntry(e) : e))
        expect(verifyChain(anonymised, undefined, headOf(entries))).toEqual({ ok: true, head: headOf(entries) })
        for (const [j, e] of anonymised.entries()) {
          if (picks[j] !== true) continue
          for (const c of e.changes) {
            if (isPersonalField(e.entity, c.field)) for (const value of [c.before, c.after]) expect([null, ANONYMISED_VALUE]).toContain(value)
          }
          if (e.params.clientName !== undefined) expect(e.params.clientName).toBe(ANONYMISED_VALUE)
        }
      }),
    )
  })

  it('detects a chain rewritten from a changed entry on, against the head kept elsewhere', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), (entries, at) => {
        const i = at % entries.length
        const bodies = entries.map((e, j) => (j === i ? { ...e, clerk: `${e.clerk}x` } : e))
        const rewritten = chain(bodies)
        expect(verifyChain(rewritten).ok).toBe(true)
        expect(verifyChain(rewritten, undefined, headOf(entries))).toMatchObject({ ok: false, kind: 'changed', seq: entries.length })
      }),
    )
  })

  it('re-chaining an entry replaces its old chain fields, sealed digests included', () => {
    const [first] = chain([
      {
        at: '2026-01-01T00:00:00.000Z',
        clerk: 'A',
        entity: 'client',
        recordId: 'c1',
        action: 'update',
        changes: [{ field: 'bsn', before: '', after: '123456782' }],
        outcome: 'ok',
        event: 'clientUpdated',
        params: {},
      },
    ])
    if (first === undefined) throw new Error('no entry')
    const rechained = chainEntry({ ...first, entity: 'plan' }, { count: 0, hash: GENESIS_HASH }, 's')
    expect(rechained.sealed).toBeUndefined()
    expect(verifyChain([rechained]).ok).toBe(true)
  })

  it('detects a personal parameter replaced by another name, and accepts it removed', () => {
    const [entry] = chain([
      {
        at: '2026-01-01T00:00:00.000Z',
        clerk: 'A',
        entity: 'client',
        recordId: 'c1',
        action: 'update',
        changes: [],
        outcome: 'ok',
        event: 'clientUpdated',
        params: { clientNumber: '000001', clientName: 'Jan Jansen' },
      },
    ])
    if (entry === undefined) throw new Error('no entry')
    expect(verifyChain([{ ...entry, params: { ...entry.params, clientName: 'Piet Puk' } }])).toMatchObject({ ok: false, kind: 'changed', seq: 1 })
    expect(verifyChain([{ ...entry, params: { ...entry.params, clientNumber: '000002' } }])).toMatchObject({ ok: false, kind: 'changed', seq: 1 })
    expect(verifyChain([anonymiseAuditEntry(entry)]).ok).toBe(true)
  })

  it('keeps a recorded sentence of an old entry verifiable until anonymisation takes the name out', () => {
    const [entry] = chain([
      {
        at: '2026-01-01T00:00:00.000Z',
        clerk: 'A',
        entity: 'client',
        recordId: 'c1',
        action: 'create',
        changes: [],
        outcome: 'ok',
        event: 'historic',
        params: {},
        historicSummary: 'Cliënt 000001 Jan Jansen aangemeld',
      },
    ])
    if (entry === undefined) throw new Error('no entry')
    expect(verifyChain([{ ...entry, historicSummary: 'Cliënt 000001 Jan Jansen afgemeld' }])).toMatchObject({ ok: false, kind: 'changed' })
    const anonymised = anonymiseAuditEntry(entry, 'Jan Jansen')
    expect(anonymised.historicSummary).toBe(`Cliënt 000001 ${ANONYMISED_VALUE} aangemeld`)
    expect(verifyChain([anonymised]).ok).toBe(true)
  })

  it('detects a personal value replaced by another one', () => {
    const [entry] = chain([
      {
        at: '2026-01-01T00:00:00.000Z',
        clerk: 'A',
        entity: 'client',
        recordId: 'c1',
        action: 'update',
        changes: [{ field: 'bsn', before: '111222333', after: '123456782' }],
        outcome: 'ok',
        event: 'clientUpdated',
        params: {},
      },
    ])
    if (entry === undefined) throw new Error('no entry')
    expect(entry.sealed?.digests['0.after']).toMatch(/^[0-9a-f]{64}$/)
    const forged = { ...entry, changes: [{ field: 'bsn', before: '111222333', after: '999999999' }] }
    expect(verifyChain([forged])).toMatchObject({ ok: false, kind: 'changed', seq: 1 })
  })
})
